import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql'
import { INHERITED_CACHE, PUBLIC_CACHE } from '../common/cache-hints'
import { SizeClass, SizeClassGraphQL } from '../municipality/size-class'
import { MeasurementStatus, Perspective } from './perspective'

@Directive(PUBLIC_CACHE)
@ObjectType({ description: 'Mean score of one topic from one perspective within a measurement.' })
export class AssessmentResult {
  @Field(() => String, { description: 'Life-domain slug; `lifeDomain` has the names.' })
  topic!: string

  @Field(() => Perspective)
  perspective!: Perspective

  @Field(() => Float, {
    nullable: true,
    description: 'Mean score (1–10, 2 decimals); null without responses.',
  })
  mean!: number | null

  @Field(() => Int, { description: 'Number of responses (n).' })
  responseCount!: number
}

@Directive(PUBLIC_CACHE)
@ObjectType({ description: 'Mean score of a topic from one perspective.' })
export class PerspectiveScore {
  @Field(() => Perspective)
  perspective!: Perspective

  @Field(() => Float, { description: 'Mean score (1–10, 2 decimals).' })
  mean!: number

  @Field(() => Int, { description: 'Number of responses (n).' })
  responseCount!: number
}

@Directive(PUBLIC_CACHE)
@ObjectType({
  description:
    'Public score of one topic in a published measurement: the mean of the perspective means, so each perspective weighs the same however many responses it has.',
})
export class TopicScore {
  @Field(() => String, { description: 'Life-domain slug; `lifeDomain` has the names.' })
  topic!: string

  @Field(() => Float, { description: 'Mean of the perspective means (1–10, 2 decimals).' })
  mean!: number

  @Field(() => Int, { description: 'Responses over all perspectives (n).' })
  responseCount!: number

  @Field(() => [PerspectiveScore])
  perspectives!: PerspectiveScore[]
}

@Directive(PUBLIC_CACHE)
@ObjectType({ description: 'The topic scores of a municipality’s latest published measurement.' })
export class PublishedScores {
  @Field(() => ID)
  measurementId!: string

  @Field(() => String)
  title!: string

  @Field(() => Date)
  publishedAt!: Date

  @Field(() => Boolean, { description: 'True for generated demo data.' })
  synthetic!: boolean

  @Field(() => [TopicScore], { description: 'In life-domain order.' })
  topics!: TopicScore[]
}

@Directive(INHERITED_CACHE)
@ObjectType({
  description:
    'A mean over a group of municipalities; suppressed (null) when fewer than 5 of them have a published score.',
})
export class BenchmarkValue {
  @Field(() => Float, { nullable: true, description: 'Mean of the municipalities’ topic means.' })
  mean!: number | null

  @Field(() => Int, { description: 'Municipalities in the group with a published score.' })
  municipalityCount!: number

  @Field(() => Boolean, { description: 'True when too few municipalities to show a mean.' })
  suppressed!: boolean
}

@Directive(PUBLIC_CACHE)
@ObjectType({ description: 'How a municipality’s published topic score compares.' })
export class Benchmark {
  @Field(() => String)
  topic!: string

  @Field(() => Float, { nullable: true, description: 'This municipality’s published topic mean.' })
  own!: number | null

  @Field(() => BenchmarkValue, { description: 'All municipalities with a published score.' })
  national!: BenchmarkValue

  @Field(() => SizeClassGraphQL)
  sizeClass!: SizeClass

  @Field(() => BenchmarkValue, { description: 'Municipalities of the same size class.' })
  sizeClassMean!: BenchmarkValue

  @Field(() => BenchmarkValue, { description: 'Neighbouring municipalities (sharing a border).' })
  neighbours!: BenchmarkValue
}

@Directive(PUBLIC_CACHE)
@ObjectType({ description: 'One measurement’s score for a topic, for a trend over time.' })
export class TrendPoint {
  @Field(() => ID)
  measurementId!: string

  @Field(() => String)
  title!: string

  @Field(() => MeasurementStatus)
  status!: MeasurementStatus

  @Field(() => Date)
  startedAt!: Date

  @Field(() => Date, { nullable: true })
  publishedAt!: Date | null

  @Field(() => Float, {
    nullable: true,
    description: 'Mean of the perspective means; null without responses.',
  })
  mean!: number | null

  @Field(() => Int)
  responseCount!: number
}
