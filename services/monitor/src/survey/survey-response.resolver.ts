import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import type { RequestContext } from '../context'
import { Municipality } from '../municipality/municipality.entity'
import { SurveyAnswer } from './survey-answer.type'
import { SurveyResponse } from './survey-response.entity'

// Reachable only through Municipality.surveyResponse(s), which check access.
@Resolver(() => SurveyResponse)
export class SurveyResponseResolver {
  @FieldResolver(() => Municipality)
  async municipality(@Root() response: SurveyResponse, @Ctx() ctx: RequestContext) {
    return ctx.services.municipalities.findByCode(ctx, response.municipalityCode)
  }

  @FieldResolver(() => [SurveyAnswer], {
    description: 'Answered questions in questionnaire order; unanswered ones are left out.',
  })
  answers(@Root() response: SurveyResponse, @Ctx() ctx: RequestContext) {
    return ctx.services.survey.answersOf(ctx, response)
  }
}
