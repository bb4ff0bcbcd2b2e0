import { ObjectType } from 'type-graphql'
import type { AnswerRow } from './survey.loaders'

/** One answered question of a response; fields resolved by SurveyAnswerResolver. */
@ObjectType({ description: 'The options a municipality chose for one question.' })
export class SurveyAnswer implements AnswerRow {
  questionCode!: string
  optionCodes!: string[]
}
