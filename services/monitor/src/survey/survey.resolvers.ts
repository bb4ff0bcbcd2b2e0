import { SurveyAggregateResolver } from './survey-aggregate.resolver'
import { SurveyAnswerResolver } from './survey-answer.resolver'
import { SurveyGroupAnyOfResolver, SurveyTrendAnyOfResolver } from './survey-any-of.resolver'
import { SurveyEditionResolver } from './survey-edition.resolver'
import { SurveyImportResolver } from './survey-import.resolver'
import { SurveyMunicipalityResolver } from './survey-municipality.resolver'
import { SurveyQuestionResolver } from './survey-question.resolver'
import { SurveyResponseResolver } from './survey-response.resolver'

/** Every resolver of the peiling, for the schema's resolver list. */
export const surveyResolvers = [
  SurveyEditionResolver,
  SurveyQuestionResolver,
  SurveyAggregateResolver,
  SurveyGroupAnyOfResolver,
  SurveyTrendAnyOfResolver,
  SurveyMunicipalityResolver,
  SurveyResponseResolver,
  SurveyAnswerResolver,
  SurveyImportResolver,
] as const
