import { Max, Matches, Min } from 'class-validator'
import { ArgsType, Field, Int } from 'type-graphql'
import { ForwardPaginationArgs } from '../common/connection'
import { LIFE_DOMAIN_SLUG_FORMAT } from '../taxonomy/taxonomy.args'
import { LIFE_DOMAIN_SLUG_PATTERN } from '../taxonomy/life-domain.entity'

@ArgsType()
export class MeasurementsArgs extends ForwardPaginationArgs {}

@ArgsType()
export class AssessmentResponsesArgs extends ForwardPaginationArgs {}

@ArgsType()
export class TopicArgs {
  @Field(() => String, { description: 'Life-domain slug, e.g. "werk-en-inkomen".' })
  @Matches(LIFE_DOMAIN_SLUG_PATTERN, { message: `topic must be ${LIFE_DOMAIN_SLUG_FORMAT}` })
  topic!: string
}

export const MAX_WEAKEST_TOPICS = 20

@ArgsType()
export class WeakestTopicsArgs {
  @Field(() => Int, { defaultValue: 3, description: `How many, 1 to ${MAX_WEAKEST_TOPICS}.` })
  @Min(1, { message: `limit must be between 1 and ${MAX_WEAKEST_TOPICS}` })
  @Max(MAX_WEAKEST_TOPICS, { message: `limit must be between 1 and ${MAX_WEAKEST_TOPICS}` })
  limit!: number
}
