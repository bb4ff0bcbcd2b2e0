import { Args, type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import type { RequestContext } from '../context'
import type { AnyOfRowSource } from './any-of'
import { SurveyAnyOfArgs } from './survey.args'
import { SurveyAnyOfShare, SurveyGroupAggregate, SurveyTrendPoint } from './survey-aggregate.types'

/** `anyOf` on one kind of aggregate row; computed in memory from the row, no query. */
function anyOfResolver<T extends AnyOfRowSource>(rowType: ClassType<T>) {
  @Resolver(() => rowType)
  class AnyOfResolver {
    @FieldResolver(() => SurveyAnyOfShare, {
      description:
        'Respondents who chose at least one of the options (multiple-choice questions only), suppressed by the same small-cell rule; see docs/survey.md.',
    })
    anyOf(
      @Root() row: T,
      @Ctx() ctx: RequestContext,
      @Args(() => SurveyAnyOfArgs) { options }: SurveyAnyOfArgs,
    ) {
      return ctx.services.surveyAggregates.anyOf(row, options)
    }
  }
  return AnyOfResolver
}

/** "Any of these options" counts on every row of an aggregate and on every trend point. */
export const SurveyGroupAnyOfResolver = anyOfResolver(SurveyGroupAggregate)
export const SurveyTrendAnyOfResolver = anyOfResolver(SurveyTrendPoint)
