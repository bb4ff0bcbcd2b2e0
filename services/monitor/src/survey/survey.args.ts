import { ArrayMaxSize, ArrayMinSize, ArrayUnique, Matches, Max, Min } from 'class-validator'
import { ArgsType, Field, Int } from 'type-graphql'
import { ForwardPaginationArgs } from '../common/connection'
import { MAX_ANY_OF_OPTIONS } from './any-of'
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

const ANY_OF_MESSAGE = `options must list 2 to ${MAX_ANY_OF_OPTIONS} different option codes of the question`

@ArgsType()
export class SurveyAnyOfArgs {
  @Field(() => [String], {
    description: `2 to ${MAX_ANY_OF_OPTIONS} option codes of the question, e.g. ["LACK_OF_CAPACITY", "LACK_OF_MONEY"].`,
  })
  @ArrayMinSize(2, { message: ANY_OF_MESSAGE })
  @ArrayMaxSize(MAX_ANY_OF_OPTIONS, { message: ANY_OF_MESSAGE })
  @ArrayUnique({ message: ANY_OF_MESSAGE })
  @Matches(SURVEY_CODE_PATTERN, {
    each: true,
    message: 'options must be option codes such as LACK_OF_MONEY',
  })
  options!: string[]
}
