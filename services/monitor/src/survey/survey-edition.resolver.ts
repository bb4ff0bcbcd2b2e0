import { Args, Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql'
import type { RequestContext } from '../context'
import { SurveyEditionArgs, SurveyEditionsArgs } from './survey.args'
import { SurveyEditionConnection } from './survey.connection'
import { SurveyEdition } from './survey-edition.entity'
import { SurveyQuestion } from './survey-question.entity'

@Resolver(() => SurveyEdition)
export class SurveyEditionResolver {
  @Query(() => SurveyEditionConnection)
  surveyEditions(
    @Ctx() ctx: RequestContext,
    @Args(() => SurveyEditionsArgs) args: SurveyEditionsArgs,
  ) {
    return ctx.services.survey.listEditions(ctx, args)
  }

  @Query(() => SurveyEdition, {
    nullable: true,
    description: 'Null when there is no such edition.',
  })
  surveyEdition(
    @Ctx() ctx: RequestContext,
    @Args(() => SurveyEditionArgs) { year }: SurveyEditionArgs,
  ) {
    return ctx.services.survey.findEdition(ctx, year)
  }

  @FieldResolver(() => Int, { description: 'Municipalities that responded.' })
  respondentCount(@Root() edition: SurveyEdition, @Ctx() ctx: RequestContext) {
    return ctx.services.survey.respondentCount(ctx, edition)
  }

  @FieldResolver(() => Float, { description: 'respondentCount / municipalityCount, 0 to 1.' })
  async responseRate(@Root() edition: SurveyEdition, @Ctx() ctx: RequestContext) {
    return (await ctx.services.survey.respondentCount(ctx, edition)) / edition.municipalityCount
  }

  @FieldResolver(() => [SurveyQuestion], {
    description: 'The questions this edition asked, in questionnaire order.',
  })
  questions(@Root() edition: SurveyEdition, @Ctx() ctx: RequestContext) {
    return ctx.services.survey.questionsOf(ctx, edition)
  }
}
