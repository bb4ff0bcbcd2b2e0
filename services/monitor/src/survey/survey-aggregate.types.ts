import { Directive, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql'
import { INHERITED_CACHE, PUBLIC_CACHE } from '../common/cache-hints'
import type { AnyOfTable } from './any-of'
import { SurveyOption } from './survey-option.entity'
import { SurveyQuestion } from './survey-question.entity'

export enum SurveyBreakdown {
  NONE = 'NONE',
  PROVINCE = 'PROVINCE',
  SIZE_CLASS = 'SIZE_CLASS',
}

registerEnumType(SurveyBreakdown, {
  name: 'SurveyBreakdown',
  valuesConfig: {
    NONE: { description: 'Only the national figures.' },
    PROVINCE: { description: 'One group per province.' },
    SIZE_CLASS: { description: 'One group per size class (inhabitants).' },
  },
})

const SUPPRESSED =
  'True when the value is withheld: fewer than 5 respondents, or needed to keep such a cell ' +
  'from being derived by subtraction (see docs/survey.md).'

@Directive(INHERITED_CACHE)
@ObjectType({ description: 'A count of respondents and its share of the group, or withheld.' })
export class SurveyShare {
  @Field(() => Int, { nullable: true, description: 'Null when suppressed.' })
  count!: number | null

  @Field(() => Float, {
    nullable: true,
    description: 'count / respondents of the group, between 0 and 1; null when suppressed.',
  })
  share!: number | null

  @Field(() => Boolean, { description: SUPPRESSED })
  suppressed!: boolean
}

@Directive(INHERITED_CACHE)
@ObjectType({ description: 'How many respondents chose one option.' })
export class SurveyOptionCount extends SurveyShare {
  @Field(() => SurveyOption)
  option!: SurveyOption
}

@Directive(INHERITED_CACHE)
@ObjectType({
  description:
    'How many respondents chose at least one of the given options (e.g. capacity or money).',
})
export class SurveyAnyOfShare extends SurveyShare {
  @Field(() => [SurveyOption], { description: 'The options asked about, in option order.' })
  options!: SurveyOption[]
}

// Never referenced from the schema itself, so TypeGraphQL emits only the subclasses.
@ObjectType()
abstract class SurveyCounts {
  @Field(() => Int, {
    nullable: true,
    description: 'Municipalities in the group that answered the question; null when suppressed.',
  })
  respondents!: number | null

  @Field(() => Boolean, { description: SUPPRESSED })
  suppressed!: boolean

  @Field(() => [SurveyOptionCount], { description: 'In option order.' })
  options!: SurveyOptionCount[]

  /** Not a field: what `anyOf` computes from (survey-aggregate.service.ts). */
  anyOfTable!: AnyOfTable
  /** Not a field: this row's index in `anyOfTable` (0: overall). */
  anyOfRow!: number
}

@Directive(INHERITED_CACHE)
@ObjectType({ description: 'The answers of one group of municipalities, or of all of them.' })
export class SurveyGroupAggregate extends SurveyCounts {
  @Field(() => String, {
    description: 'ALL for the national figures, the province name, or a SizeClass value.',
  })
  key!: string

  @Field(() => String, { description: 'Dutch display name of the group.' })
  label!: string
}

@Directive(PUBLIC_CACHE)
@ObjectType({ description: 'Public, suppressed counts of one question in one edition.' })
export class SurveyAggregate {
  @Field(() => Int)
  edition!: number

  @Field(() => Boolean, { description: 'True when the edition holds synthetic demo data.' })
  synthetic!: boolean

  @Field(() => SurveyQuestion)
  question!: SurveyQuestion

  @Field(() => SurveyBreakdown)
  breakdown!: SurveyBreakdown

  @Field(() => SurveyGroupAggregate)
  overall!: SurveyGroupAggregate

  @Field(() => [SurveyGroupAggregate], {
    description: 'Every group of the breakdown, including empty (suppressed) ones; none for NONE.',
  })
  groups!: SurveyGroupAggregate[]
}

@Directive(INHERITED_CACHE)
@ObjectType({ description: 'National figures of one question in one edition.' })
export class SurveyTrendPoint extends SurveyCounts {
  @Field(() => Int)
  edition!: number

  @Field(() => Boolean)
  synthetic!: boolean
}

@Directive(PUBLIC_CACHE)
@ObjectType({ description: 'One question across every edition that asked it.' })
export class SurveyTrend {
  @Field(() => SurveyQuestion)
  question!: SurveyQuestion

  @Field(() => [SurveyTrendPoint], { description: 'Oldest edition first.' })
  points!: SurveyTrendPoint[]
}

// Typed views of the two questions the programme reports on most.

@Directive(PUBLIC_CACHE)
@ObjectType({
  description: 'Implementation stages (question IMPLEMENTATION_STAGE), national figures.',
})
export class ImplementationStages {
  @Field(() => Int)
  edition!: number

  @Field(() => Boolean)
  synthetic!: boolean

  @Field(() => Int, { nullable: true })
  respondents!: number | null

  @Field(() => SurveyShare, { description: 'Fully engaged in implementation.' })
  fullyEngaged!: SurveyShare

  @Field(() => SurveyShare, { description: 'Willing, but running into obstacles.' })
  willingWithObstacles!: SurveyShare

  @Field(() => SurveyShare)
  notStarted!: SurveyShare
}

@Directive(PUBLIC_CACHE)
@ObjectType({
  description: 'Status of the Lokale Inclusie Agenda (question LIA_STATUS), national figures.',
})
export class LocalInclusionAgendaStatus {
  @Field(() => Int)
  edition!: number

  @Field(() => Boolean)
  synthetic!: boolean

  @Field(() => Int, { nullable: true })
  respondents!: number | null

  @Field(() => SurveyShare)
  notStarted!: SurveyShare

  @Field(() => SurveyShare)
  exploring!: SurveyShare

  @Field(() => SurveyShare)
  inDevelopment!: SurveyShare

  @Field(() => SurveyShare, { description: 'Adopted, not yet in execution.' })
  adopted!: SurveyShare

  @Field(() => SurveyShare)
  inExecution!: SurveyShare
}
