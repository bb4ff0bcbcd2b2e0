import { Matches, Max, Min } from 'class-validator'
import { ArgsType, Field, Int } from 'type-graphql'
import { ForwardPaginationArgs } from '../common/connection'
import { SurveyBreakdown } from './survey-aggregate.types'
import { SURVEY_CODE_PATTERN } from './survey-question.entity'

const YEAR_MESSAGE = 'edition must be a year between 2000 and 2999'
const CODE_MESSAGE = 'question must be a question code such as LIA_STATUS'

@ArgsType()
export class SurveyEditionArgs {
  @Field(() => Int, { description: 'Year of the edition, e.g. 2023.' })
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2999, { message: YEAR_MESSAGE })
  year!: number
}

@ArgsType()
export class SurveyQuestionArgs {
  @Field(() => String, { description: 'Question code, e.g. LIA_STATUS.' })
  @Matches(SURVEY_CODE_PATTERN, { message: 'code must be a question code such as LIA_STATUS' })
  code!: string
}

@ArgsType()
export class SurveyEditionsArgs extends ForwardPaginationArgs {}

@ArgsType()
export class SurveyQuestionsArgs extends ForwardPaginationArgs {
  @Field(() => Int, { nullable: true, description: 'Only the questions this edition asked.' })
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2999, { message: YEAR_MESSAGE })
  edition?: number | null
}

@ArgsType()
export class SurveyAggregateArgs {
  @Field(() => Int)
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2999, { message: YEAR_MESSAGE })
  edition!: number

  @Field(() => String, { description: 'Question code, e.g. OBSTACLES.' })
  @Matches(SURVEY_CODE_PATTERN, { message: CODE_MESSAGE })
  question!: string

  @Field(() => SurveyBreakdown, { defaultValue: SurveyBreakdown.NONE })
  breakdown!: SurveyBreakdown
}

@ArgsType()
export class SurveyTrendArgs {
  @Field(() => String, { description: 'Question code, e.g. LIA_STATUS.' })
  @Matches(SURVEY_CODE_PATTERN, { message: CODE_MESSAGE })
  question!: string
}

@ArgsType()
export class SurveyEditionYearArgs {
  @Field(() => Int)
  @Min(2000, { message: YEAR_MESSAGE })
  @Max(2999, { message: YEAR_MESSAGE })
  edition!: number
}

@ArgsType()
export class SurveyResponsesArgs extends ForwardPaginationArgs {}
