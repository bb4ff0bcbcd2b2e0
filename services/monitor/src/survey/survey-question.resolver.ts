import { Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql'
import type { RequestContext } from '../context'
import { SurveyQuestionArgs, SurveyQuestionsArgs } from './survey.args'
import { SurveyQuestionConnection } from './survey.connection'
import { SurveyOption } from './survey-option.entity'
import { SurveyQuestion } from './survey-question.entity'

@Resolver(() => SurveyQuestion)
export class SurveyQuestionResolver {
  @Query(() => SurveyQuestionConnection)
  surveyQuestions(
    @Ctx() ctx: RequestContext,
    @Args(() => SurveyQuestionsArgs) args: SurveyQuestionsArgs,
  ) {
    return ctx.services.survey.listQuestions(ctx, args)
  }

  @Query(() => SurveyQuestion, {
    nullable: true,
    description: 'Null when no question has this code.',
  })
  surveyQuestion(
    @Ctx() ctx: RequestContext,
    @Args(() => SurveyQuestionArgs) { code }: SurveyQuestionArgs,
  ) {
    return ctx.services.survey.findQuestion(ctx, code)
  }

  @FieldResolver(() => [SurveyOption], { description: 'Answer options in questionnaire order.' })
  options(@Root() question: SurveyQuestion, @Ctx() ctx: RequestContext) {
    return ctx.services.survey.optionsOf(ctx, question)
  }

  @FieldResolver(() => [Int], { description: 'Years of the editions that asked this question.' })
  editions(@Root() question: SurveyQuestion, @Ctx() ctx: RequestContext) {
    return ctx.services.survey.editionsOf(ctx, question)
  }
}
