import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql'
import { Role } from '../auth/roles'
import type { RequestContext } from '../context'
import { Municipality } from '../municipality/municipality.entity'
import { LifeDomain } from '../taxonomy/life-domain.entity'
import { SubmissionKind } from './election-submission.entity'
import { MunicipalityElectionResolver } from './municipality-election.resolver'
import {
  CastVoteInput,
  ConfirmEmailInput,
  ElectionAnomalyArgs,
  ElectionSubmissionsArgs,
  ElectionYearArgs,
  SubmitRatingInput,
  VoidSubmissionInput,
  WithdrawSubmissionInput,
} from './election.inputs'
import {
  ElectionAnomalyReport,
  ElectionChallenge,
  ElectionCounts,
  ElectionForm,
  ElectionLifeDomainScore,
  ElectionRatingResult,
  ElectionSubmissionConnection,
  ElectionSubmissionRecord,
  ElectionVoteResult,
  SubmissionOutcome,
  SubmissionReceipt,
} from './election.types'

@Resolver()
export class ElectionResolver {
  // A mutation, not a query: each call issues a new challenge, and identical queries in flight
  // may be answered once for several callers (the gateway shares them), which would hand two
  // voters one challenge.
  @Mutation(() => ElectionChallenge, {
    description: 'Issues a proof-of-work challenge for submitRating or castVote (no CAPTCHA).',
  })
  createElectionChallenge(@Ctx() ctx: RequestContext) {
    return ctx.services.election.challenge()
  }

  @Query(() => ElectionForm, {
    nullable: true,
    description: 'A published edition: rounds, rating questions, privacy statement.',
  })
  electionForm(@Ctx() ctx: RequestContext, @Args() { year }: ElectionYearArgs) {
    return ctx.services.election.form(year)
  }

  @Mutation(() => SubmissionReceipt, {
    description: 'Rates a municipality (rating round only); counts once the e-mail is confirmed.',
  })
  submitRating(@Ctx() ctx: RequestContext, @Arg('input') input: SubmitRatingInput) {
    return ctx.services.election.submitRating(ctx, input)
  }

  @Mutation(() => SubmissionReceipt, {
    description: 'Votes for a nominated municipality (public vote only); counts once confirmed.',
  })
  castVote(@Ctx() ctx: RequestContext, @Arg('input') input: CastVoteInput) {
    return ctx.services.election.castVote(ctx, input)
  }

  @Mutation(() => SubmissionOutcome, {
    description: 'Confirms the rating or vote the e-mail’s link belongs to.',
  })
  confirmEmail(@Ctx() ctx: RequestContext, @Arg('input') input: ConfirmEmailInput) {
    return ctx.services.election.confirmEmail(input.token)
  }

  @Mutation(() => SubmissionOutcome, {
    description:
      'Withdraws a rating or vote with the e-mail’s withdrawal link (until the round closes).',
  })
  withdrawSubmission(@Ctx() ctx: RequestContext, @Arg('input') input: WithdrawSubmissionInput) {
    return ctx.services.election.withdraw(input.token)
  }

  @Query(() => [ElectionRatingResult], {
    description: `Weighted rating scores, ranked. Public once the rating round has closed, scores from the minimum number of ratings; organisers and admins: live.`,
  })
  electionRatingResults(@Ctx() ctx: RequestContext, @Args() { year }: ElectionYearArgs) {
    return ctx.services.election.ratingResults(ctx, year)
  }

  @Query(() => [ElectionVoteResult], {
    description:
      'Confirmed votes per nomination, ranked. Public once the vote has closed; organisers and admins: live.',
  })
  electionVoteResults(@Ctx() ctx: RequestContext, @Args() { year }: ElectionYearArgs) {
    return ctx.services.election.voteResults(ctx, year)
  }

  @Authorized(Role.Admin, Role.Organiser)
  @Query(() => ElectionCounts, { description: 'Live counts per state (organisers).' })
  electionCounts(@Ctx() ctx: RequestContext, @Args() { year }: ElectionYearArgs) {
    return ctx.services.election.counts(year)
  }

  @Authorized(Role.Admin, Role.Organiser)
  @Query(() => ElectionSubmissionConnection, {
    description: 'Submissions, newest first, with remarks (organisers); never e-mail addresses.',
  })
  electionSubmissions(@Ctx() ctx: RequestContext, @Args() args: ElectionSubmissionsArgs) {
    return ctx.services.election.submissions(args)
  }

  @Authorized(Role.Admin, Role.Organiser)
  @Query(() => ElectionAnomalyReport, {
    description: 'Many submissions from one network, bursts, very fast confirmations (organisers).',
  })
  electionAnomalies(@Ctx() ctx: RequestContext, @Args() args: ElectionAnomalyArgs) {
    return ctx.services.election.anomalies(args)
  }

  @Authorized(Role.Admin, Role.Organiser)
  @Mutation(() => ElectionSubmissionRecord, { description: 'Voids a rating with a reason (kept).' })
  voidRating(@Ctx() ctx: RequestContext, @Arg('input') input: VoidSubmissionInput) {
    return ctx.services.election.voidSubmission(ctx, SubmissionKind.RATING, input.id, input.reason)
  }

  @Authorized(Role.Admin, Role.Organiser)
  @Mutation(() => ElectionSubmissionRecord, { description: 'Voids a vote with a reason (kept).' })
  voidVote(@Ctx() ctx: RequestContext, @Arg('input') input: VoidSubmissionInput) {
    return ctx.services.election.voidSubmission(ctx, SubmissionKind.VOTE, input.id, input.reason)
  }
}

@Resolver(() => ElectionRatingResult)
export class ElectionRatingResultResolver {
  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() result: ElectionRatingResult, @Ctx() ctx: RequestContext) {
    return ctx.loaders.municipalityByCode.load(result.municipalityCode)
  }
}

@Resolver(() => ElectionVoteResult)
export class ElectionVoteResultResolver {
  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Root() result: ElectionVoteResult, @Ctx() ctx: RequestContext) {
    return ctx.loaders.municipalityByCode.load(result.municipalityCode)
  }
}

@Resolver(() => ElectionLifeDomainScore)
export class ElectionLifeDomainScoreResolver {
  @FieldResolver(() => LifeDomain, { nullable: true })
  lifeDomain(@Root() score: ElectionLifeDomainScore, @Ctx() ctx: RequestContext) {
    return ctx.loaders.lifeDomainBySlug.load(score.lifeDomainSlug)
  }
}

export const electionResolvers = [
  ElectionResolver,
  MunicipalityElectionResolver,
  ElectionRatingResultResolver,
  ElectionVoteResultResolver,
  ElectionLifeDomainScoreResolver,
] as const
