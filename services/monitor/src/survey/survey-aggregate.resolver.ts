import { Args, Ctx, Query, Resolver } from 'type-graphql'
import type { RequestContext } from '../context'
import { SurveyAggregateArgs, SurveyEditionYearArgs, SurveyTrendArgs } from './survey.args'
import {
  ImplementationStages,
  LocalInclusionAgendaStatus,
  SurveyAggregate,
  SurveyTrend,
} from './survey-aggregate.types'

/** Public figures; every count is suppressed below 5 respondents (docs/survey.md). */
@Resolver()
export class SurveyAggregateResolver {
  @Query(() => SurveyAggregate, {
    nullable: true,
    description: 'Null when the edition did not ask the question.',
  })
  surveyAggregate(
    @Ctx() ctx: RequestContext,
    @Args(() => SurveyAggregateArgs) { edition, question, breakdown }: SurveyAggregateArgs,
  ) {
    return ctx.services.surveyAggregates.aggregate(ctx, edition, question, breakdown)
  }

  @Query(() => SurveyTrend, { nullable: true, description: 'Null when no question has this code.' })
  surveyTrend(
    @Ctx() ctx: RequestContext,
    @Args(() => SurveyTrendArgs) { question }: SurveyTrendArgs,
  ) {
    return ctx.services.surveyAggregates.trend(ctx, question)
  }

  @Query(() => ImplementationStages, {
    nullable: true,
    description: 'Null when the edition did not ask IMPLEMENTATION_STAGE.',
  })
  implementationStages(
    @Ctx() ctx: RequestContext,
    @Args(() => SurveyEditionYearArgs) { edition }: SurveyEditionYearArgs,
  ) {
    return ctx.services.surveyAggregates.implementationStages(ctx, edition)
  }

  @Query(() => LocalInclusionAgendaStatus, {
    nullable: true,
    description: 'Null when the edition did not ask LIA_STATUS.',
  })
  localInclusionAgendaStatus(
    @Ctx() ctx: RequestContext,
    @Args(() => SurveyEditionYearArgs) { edition }: SurveyEditionYearArgs,
  ) {
    return ctx.services.surveyAggregates.localInclusionAgendaStatus(ctx, edition)
  }
}
