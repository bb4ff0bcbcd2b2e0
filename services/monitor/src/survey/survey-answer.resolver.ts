import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import type { RequestContext } from '../context'
import { SurveyAnswer } from './survey-answer.type'
import { SurveyOption } from './survey-option.entity'
import { SurveyQuestion } from './survey-question.entity'

@Resolver(() => SurveyAnswer)
export class SurveyAnswerResolver {
  @FieldResolver(() => SurveyQuestion)
  question(@Root() answer: SurveyAnswer, @Ctx() ctx: RequestContext) {
    return ctx.services.survey.findQuestion(ctx, answer.questionCode)
  }

  @FieldResolver(() => [SurveyOption], { description: 'The chosen options, in option order.' })
  options(@Root() answer: SurveyAnswer, @Ctx() ctx: RequestContext) {
    return ctx.services.survey.optionsOfAnswer(ctx, answer)
  }
}
