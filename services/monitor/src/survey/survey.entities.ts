import { SurveyAnswerOption } from './survey-answer.entity'
import { SurveyEditionQuestion } from './survey-edition-question.entity'
import { SurveyEdition } from './survey-edition.entity'
import { SurveyOption } from './survey-option.entity'
import { SurveyQuestion } from './survey-question.entity'
import { SurveyResponse } from './survey-response.entity'

/** Every TypeORM entity of the peiling, for the DataSource's entity list. */
export const surveyEntities = [
  SurveyEdition,
  SurveyQuestion,
  SurveyOption,
  SurveyEditionQuestion,
  SurveyResponse,
  SurveyAnswerOption,
] as const
