import { Args, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql'
import { Role } from '../auth/roles'
import type { RequestContext } from '../context'
import { Municipality } from '../municipality/municipality.entity'
import { SurveyEditionYearArgs, SurveyResponsesArgs } from './survey.args'
import { SurveyResponseConnection } from './survey.connection'
import { SurveyResponse } from './survey-response.entity'

/** The peiling fields of Municipality. */
@Resolver(() => Municipality)
export class SurveyMunicipalityResolver {
  @FieldResolver(() => [Int], {
    description:
      'Years of the peiling editions this municipality responded to. Public: only that it took ' +
      'part, not what it answered.',
  })
  surveyParticipation(@Root() municipality: Municipality, @Ctx() ctx: RequestContext) {
    return ctx.services.survey.participationOf(ctx, municipality)
  }

  @Authorized(Role.Admin, Role.MunicipalOfficial)
  @FieldResolver(() => SurveyResponse, {
    nullable: true,
    description:
      "Confidential: this municipality's own officials and admins only. Null when it did not " +
      'respond to the edition.',
  })
  surveyResponse(
    @Root() municipality: Municipality,
    @Ctx() ctx: RequestContext,
    @Args(() => SurveyEditionYearArgs) { edition }: SurveyEditionYearArgs,
  ) {
    return ctx.services.survey.responseOf(ctx, municipality, edition)
  }

  @Authorized(Role.Admin, Role.MunicipalOfficial)
  // Nullable so a refused private field leaves the public fields of the same query intact.
  @FieldResolver(() => SurveyResponseConnection, {
    nullable: true,
    description:
      "Confidential: this municipality's own officials and admins only; null with an error for anyone else.",
  })
  surveyResponses(
    @Root() municipality: Municipality,
    @Ctx() ctx: RequestContext,
    @Args(() => SurveyResponsesArgs) args: SurveyResponsesArgs,
  ) {
    return ctx.services.survey.responsesOf(ctx, municipality, args)
  }
}
