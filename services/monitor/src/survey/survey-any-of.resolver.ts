import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import type { RequestContext } from '../context'
import { SurveyAnyOfArgs } from './survey.args'
import { SurveyAnyOfShare, SurveyGroupAggregate, SurveyTrendPoint } from './survey-aggregate.types'

const ANY_OF = {
  description:
    'Respondents who chose at least one of the options (multiple-choice questions only), suppressed by the same small-cell rule; see docs/survey.md.',
}

/** "Any of these options" counts on an aggregate's rows; computed in memory, no query. */
@Resolver(() => SurveyGroupAggregate)
export class SurveyGroupAnyOfResolver {
  @FieldResolver(() => SurveyAnyOfShare, ANY_OF)
  anyOf(
    @Root() group: SurveyGroupAggregate,
    @Ctx() ctx: RequestContext,
    @Args(() => SurveyAnyOfArgs) { options }: SurveyAnyOfArgs,
  ) {
    return ctx.services.surveyAggregates.anyOf(group, options)
  }
}

@Resolver(() => SurveyTrendPoint)
export class SurveyTrendAnyOfResolver {
  @FieldResolver(() => SurveyAnyOfShare, ANY_OF)
  anyOf(
    @Root() point: SurveyTrendPoint,
    @Ctx() ctx: RequestContext,
    @Args(() => SurveyAnyOfArgs) { options }: SurveyAnyOfArgs,
  ) {
    return ctx.services.surveyAggregates.anyOf(point, options)
  }
}
