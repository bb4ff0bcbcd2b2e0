import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql'
import { NO_CACHE } from '../common/cache-hints'
import { ConnectionType } from '../common/connection'
import { SubmissionKind, SubmissionState } from './election-submission.entity'

registerEnumType(SubmissionKind, {
  name: 'ElectionSubmissionKind',
  description: 'A rating of a municipality or a vote for a nominated one.',
})
registerEnumType(SubmissionState, {
  name: 'ElectionSubmissionState',
  description: 'Only CONFIRMED submissions count.',
  valuesConfig: {
    PENDING: { description: 'Waiting for the e-mail link to be clicked (24 hours).' },
    CONFIRMED: { description: 'Confirmed by e-mail: it counts.' },
    SUPERSEDED: {
      description: 'A rating replaced by a later confirmed one from the same address.',
    },
    VOIDED: { description: 'Voided by an organiser, with a reason.' },
    WITHDRAWN: { description: 'Withdrawn by the voter.' },
  },
})

export enum ElectionRoundKind {
  RATING = 'RATING',
  PUBLIC_VOTE = 'PUBLIC_VOTE',
  JURY = 'JURY',
}
registerEnumType(ElectionRoundKind, { name: 'ElectionRoundKind' })

@Directive(NO_CACHE)
@ObjectType({
  description:
    'An ALTCHA proof-of-work challenge (no puzzle to see or hear): solve it in the browser (the ALTCHA widget, or altcha-lib solveChallenge) and send the base64 payload as `proof`. Valid for 10 minutes, once.',
})
export class ElectionChallenge {
  @Field(() => String)
  algorithm!: string

  @Field(() => String)
  challenge!: string

  @Field(() => Int)
  maxNumber!: number

  @Field(() => String)
  salt!: string

  @Field(() => String)
  signature!: string
}

@Directive(NO_CACHE)
@ObjectType({
  description: 'A submission received: it counts only after the link in the e-mail is confirmed.',
})
export class SubmissionReceipt {
  @Field(() => SubmissionKind)
  kind!: SubmissionKind

  @Field(() => SubmissionState)
  state!: SubmissionState

  @Field(() => Int)
  year!: number

  @Field(() => String)
  municipalityCode!: string

  @Field(() => Date, { description: 'The link in the e-mail is valid until then.' })
  confirmBefore!: Date
}

@Directive(NO_CACHE)
@ObjectType({ description: 'What a confirmation or withdrawal link did.' })
export class SubmissionOutcome {
  @Field(() => SubmissionKind)
  kind!: SubmissionKind

  @Field(() => SubmissionState)
  state!: SubmissionState

  @Field(() => Int)
  year!: number

  @Field(() => String)
  municipalityCode!: string

  @Field(() => String, { description: 'The municipality’s name, for the confirmation page.' })
  municipalityName!: string
}

@ObjectType({ description: 'A round of an edition (from the CMS).' })
export class ElectionFormRound {
  @Field(() => ElectionRoundKind)
  round!: ElectionRoundKind

  @Field(() => Date)
  opensAt!: Date

  @Field(() => Date)
  closesAt!: Date

  @Field(() => Boolean, { description: 'Open at the time of the request.' })
  open!: boolean
}

@ObjectType({
  description:
    'A rating question: answer 1 (very poor) to 5 (very good), or null for "don’t know".',
})
export class ElectionFormQuestion {
  @Field(() => ID, { description: 'Stable id: send it as `questionId`.' })
  id!: string

  @Field(() => String)
  lifeDomainSlug!: string

  @Field(() => String)
  question!: string

  @Field(() => String, { description: 'direct, partial or indirect.' })
  influence!: string

  @Field(() => Float, { description: 'Weight × influence factor: how much it counts.' })
  effectiveWeight!: number
}

@Directive(NO_CACHE)
@ObjectType({
  description: 'One edition of Meest Toegankelijke Gemeente, as the election sees it.',
})
export class ElectionForm {
  @Field(() => Int)
  year!: number

  @Field(() => String, { nullable: true })
  theme!: string | null

  @Field(() => [ElectionFormRound])
  rounds!: ElectionFormRound[]

  @Field(() => [ElectionFormQuestion])
  ratingQuestions!: ElectionFormQuestion[]

  @Field(() => String, { description: 'Privacy statement (Dutch) to show with the forms.' })
  privacyStatement!: string

  @Field(() => Int, {
    description: 'Confirmed ratings a municipality needs before its scores are public.',
  })
  minimumRatings!: number
}

@ObjectType({ description: 'A weighted score of one life domain (0–100).' })
export class ElectionLifeDomainScore {
  @Field(() => String)
  lifeDomainSlug!: string

  @Field(() => Float, {
    nullable: true,
    description: 'Null below the minimum number of ratings, or without answers.',
  })
  score!: number | null

  @Field(() => Int, { description: 'Answers other than "don’t know".' })
  answerCount!: number
}

@Directive(NO_CACHE)
@ObjectType({ description: 'A municipality’s weighted rating score in one edition.' })
export class ElectionRatingResult {
  @Field(() => Int, {
    nullable: true,
    description: 'Place among municipalities with enough ratings.',
  })
  rank!: number | null

  @Field(() => String)
  municipalityCode!: string

  @Field(() => Int, { description: 'Confirmed ratings.' })
  ratingCount!: number

  @Field(() => Float, {
    nullable: true,
    description: '0–100; null below the minimum number of ratings.',
  })
  overallScore!: number | null

  @Field(() => [ElectionLifeDomainScore])
  lifeDomains!: ElectionLifeDomainScore[]
}

@Directive(NO_CACHE)
@ObjectType({ description: 'A nomination’s confirmed votes in one edition.' })
export class ElectionVoteResult {
  @Field(() => Int)
  rank!: number

  @Field(() => String)
  municipalityCode!: string

  @Field(() => String, { description: 'The nomination’s stage in the CMS.' })
  stage!: string

  @Field(() => Int)
  voteCount!: number
}

@Directive(NO_CACHE)
@ObjectType({ description: 'Submissions per state (organisers).' })
export class ElectionStateCounts {
  @Field(() => Int) pending!: number
  @Field(() => Int) confirmed!: number
  @Field(() => Int) superseded!: number
  @Field(() => Int) voided!: number
  @Field(() => Int) withdrawn!: number
}

@Directive(NO_CACHE)
@ObjectType({ description: 'Live counts of one edition (organisers).' })
export class ElectionCounts {
  @Field(() => Int) year!: number
  @Field(() => ElectionStateCounts) ratings!: ElectionStateCounts
  @Field(() => ElectionStateCounts) votes!: ElectionStateCounts
}

@Directive(NO_CACHE)
@ObjectType({ description: 'One submission as an organiser sees it: never the e-mail address.' })
export class ElectionSubmissionRecord {
  @Field(() => ID) id!: string
  @Field(() => SubmissionKind) kind!: SubmissionKind
  @Field(() => Int) year!: number
  @Field(() => String) municipalityCode!: string
  @Field(() => SubmissionState) state!: SubmissionState
  @Field(() => Date) submittedAt!: Date
  @Field(() => Date, { nullable: true }) confirmedAt!: Date | null
  @Field(() => Date, { nullable: true }) voidedAt!: Date | null
  @Field(() => String, { nullable: true }) voidReason!: string | null
  @Field(() => String, { nullable: true, description: 'The voter’s remark (organisers only).' })
  remark!: string | null
  @Field(() => String, {
    description: 'First 12 characters of the keyed IP hash: equal means same network.',
  })
  networkHash!: string
}

@Directive(NO_CACHE)
@ObjectType()
export class ElectionSubmissionConnection extends ConnectionType(ElectionSubmissionRecord) {}

@ObjectType({ description: 'Many submissions from one network (IP hash).' })
export class ElectionNetworkAnomaly {
  @Field(() => String) networkHash!: string
  @Field(() => Int) submissions!: number
  @Field(() => Int) confirmed!: number
  @Field(() => Int) distinctAddresses!: number
  @Field(() => Date) firstAt!: Date
  @Field(() => Date) lastAt!: Date
}

@ObjectType({ description: 'A minute with many submissions.' })
export class ElectionBurst {
  @Field(() => Date) minute!: Date
  @Field(() => Int) submissions!: number
}

@Directive(NO_CACHE)
@ObjectType({
  description: 'Signals to support a voiding decision (organisers); never proof on their own.',
})
export class ElectionAnomalyReport {
  @Field(() => Int) year!: number
  @Field(() => [ElectionNetworkAnomaly]) networks!: ElectionNetworkAnomaly[]
  @Field(() => [ElectionBurst]) bursts!: ElectionBurst[]
  @Field(() => [ID], {
    description: 'Submissions confirmed within the fast-confirmation threshold.',
  })
  fastConfirmations!: string[]
}
