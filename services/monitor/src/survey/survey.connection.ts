import { ObjectType } from 'type-graphql'
import { ConnectionType } from '../common/connection'
import { SurveyEdition } from './survey-edition.entity'
import { SurveyQuestion } from './survey-question.entity'
import { SurveyResponse } from './survey-response.entity'

@ObjectType({ description: 'Survey editions, oldest first.' })
export class SurveyEditionConnection extends ConnectionType(SurveyEdition) {}

@ObjectType({ description: 'Survey questions in questionnaire order.' })
export class SurveyQuestionConnection extends ConnectionType(SurveyQuestion) {}

@ObjectType({ description: 'Survey responses of one municipality, oldest edition first.' })
export class SurveyResponseConnection extends ConnectionType(SurveyResponse) {}
