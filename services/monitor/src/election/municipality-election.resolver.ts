import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import type { RequestContext } from '../context'
import { Municipality } from '../municipality/municipality.entity'
import { ElectionYearArgs } from './election.inputs'
import { ElectionRatingResult } from './election.types'

/** The election's fields of Municipality: the residents' view next to the self-assessment. */
@Resolver(() => Municipality)
export class MunicipalityElectionResolver {
  @FieldResolver(() => ElectionRatingResult, {
    nullable: true,
    description:
      'The residents’ rating in the election (per life domain, 0–100), to set beside the self-assessment’s publishedScores: public once the rating round has closed and from 10 ratings (organisers and admins: live); null without ratings or before then.',
  })
  residentRating(
    @Root() municipality: Municipality,
    @Ctx() ctx: RequestContext,
    @Args() { year }: ElectionYearArgs,
  ) {
    return ctx.services.election.residentRatingOf(ctx, municipality.code, year)
  }
}
