import { Directive, ObjectType } from 'type-graphql'
import { NO_CACHE, PUBLIC_CACHE } from '../common/cache-hints'
import { ConnectionType } from '../common/connection'
import { SurveyEdition } from './survey-edition.entity'
import { SurveyQuestion } from './survey-question.entity'
import { SurveyResponse } from './survey-response.entity'

@Directive(PUBLIC_CACHE)
@ObjectType({ description: 'Survey editions, oldest first.' })
export class SurveyEditionConnection extends ConnectionType(SurveyEdition) {}

@Directive(PUBLIC_CACHE)
@ObjectType({ description: 'Survey questions in questionnaire order.' })
export class SurveyQuestionConnection extends ConnectionType(SurveyQuestion) {}

@Directive(NO_CACHE)
@ObjectType({ description: 'Survey responses of one municipality, oldest edition first.' })
export class SurveyResponseConnection extends ConnectionType(SurveyResponse) {}
