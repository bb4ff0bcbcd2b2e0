import { Directive, ObjectType } from 'type-graphql'
import { NO_CACHE } from '../common/cache-hints'
import type { AnswerRow } from './survey.loaders'

/** One answered question of a response; fields resolved by SurveyAnswerResolver. */
@Directive(NO_CACHE)
@ObjectType({ description: 'The options a municipality chose for one question.' })
export class SurveyAnswer implements AnswerRow {
  questionCode!: string
  optionCodes!: string[]
}
