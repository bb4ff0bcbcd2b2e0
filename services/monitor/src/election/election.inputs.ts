import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsInt,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator'
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql'
import { ForwardPaginationArgs } from '../common/connection'
import {
  MUNICIPALITY_CODE_FORMAT,
  MUNICIPALITY_CODE_PATTERN,
} from '../municipality/municipality.entity'
import { MAX_EMAIL_LENGTH } from './election-hashing'
import { MAX_ANSWER, MIN_ANSWER } from './election-scores'
import {
  MAX_REMARK_LENGTH,
  MAX_VOID_REASON_LENGTH,
  SubmissionKind,
  SubmissionState,
} from './election-submission.entity'

const MAX_PROOF_LENGTH = 4_000
const MAX_QUESTIONS = 100
const yearMessage = 'year must be a year from 2000 to 2100'

@InputType()
export class RatingAnswerInput {
  @Field(() => ID, { description: 'ElectionRatingQuestion.id.' })
  @MinLength(1)
  @MaxLength(64)
  questionId!: string

  @Field(() => Int, {
    nullable: true,
    description: '1 (very poor) to 5 (very good); null: don’t know.',
  })
  @IsOptional()
  @IsInt()
  @Min(MIN_ANSWER, {
    message: `score must be ${MIN_ANSWER} to ${MAX_ANSWER}, or null for don’t know`,
  })
  @Max(MAX_ANSWER, {
    message: `score must be ${MIN_ANSWER} to ${MAX_ANSWER}, or null for don’t know`,
  })
  score?: number | null
}

// Not reachable from the schema roots itself: only the two inputs inheriting its fields are emitted.
@InputType()
abstract class PublicSubmissionInput {
  @Field(() => Int, { description: 'The edition’s year.' })
  @Min(2000, { message: yearMessage })
  @Max(2100, { message: yearMessage })
  year!: number

  @Field(() => String, { description: `CBS code: ${MUNICIPALITY_CODE_FORMAT}.` })
  @Matches(MUNICIPALITY_CODE_PATTERN, {
    message: `municipalityCode must be ${MUNICIPALITY_CODE_FORMAT}`,
  })
  municipalityCode!: string

  @Field(() => String, { description: 'Used for the confirmation e-mail only (privacyStatement).' })
  @MinLength(3)
  @MaxLength(MAX_EMAIL_LENGTH)
  email!: string

  @Field(() => String, {
    description: 'The solved createElectionChallenge (ALTCHA payload, base64).',
  })
  @MinLength(1)
  @MaxLength(MAX_PROOF_LENGTH)
  proof!: string
}

@InputType()
export class SubmitRatingInput extends PublicSubmissionInput {
  @Field(() => [RatingAnswerInput], {
    description: 'One answer per rating question of the edition.',
  })
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_QUESTIONS)
  @ValidateNested({ each: true })
  answers!: RatingAnswerInput[]

  @Field(() => String, { nullable: true, description: 'Seen by the organisers only.' })
  @IsOptional()
  @MaxLength(MAX_REMARK_LENGTH)
  remark?: string | null
}

@InputType()
export class CastVoteInput extends PublicSubmissionInput {}

@InputType()
export class ConfirmEmailInput {
  @Field(() => String, { description: 'The token from the e-mail’s link.' })
  @MinLength(1)
  @MaxLength(200)
  token!: string
}

@InputType()
export class WithdrawSubmissionInput {
  @Field(() => String, { description: 'The token from the e-mail’s withdrawal link.' })
  @MinLength(1)
  @MaxLength(200)
  token!: string
}

@InputType()
export class VoidSubmissionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a submission id' })
  id!: string

  @Field(() => String, { description: 'Why: kept with the submission.' })
  @MinLength(3, { message: 'reason must say why (at least 3 characters)' })
  @MaxLength(MAX_VOID_REASON_LENGTH)
  reason!: string
}

@ArgsType()
export class ElectionYearArgs {
  @Field(() => Int)
  @Min(2000, { message: yearMessage })
  @Max(2100, { message: yearMessage })
  year!: number
}

@ArgsType()
export class ElectionSubmissionsArgs extends ForwardPaginationArgs {
  @Field(() => Int)
  @Min(2000, { message: yearMessage })
  @Max(2100, { message: yearMessage })
  year!: number

  @Field(() => SubmissionKind)
  kind!: SubmissionKind

  @Field(() => SubmissionState, { nullable: true })
  @IsOptional()
  state?: SubmissionState | null

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MUNICIPALITY_CODE_PATTERN, {
    message: `municipalityCode must be ${MUNICIPALITY_CODE_FORMAT}`,
  })
  municipalityCode?: string | null
}

@ArgsType()
export class ElectionAnomalyArgs extends ElectionYearArgs {
  @Field(() => Int, { defaultValue: 5, description: 'Submissions from one network to report it.' })
  @Min(2)
  @Max(10_000)
  minPerNetwork!: number

  @Field(() => Int, {
    defaultValue: 20,
    description: 'Submissions in one minute to report a burst.',
  })
  @Min(2)
  @Max(100_000)
  minPerMinute!: number

  @Field(() => Int, {
    defaultValue: 10,
    description: 'Seconds from submission to confirmation below which it is fast.',
  })
  @Min(1)
  @Max(3_600)
  fastConfirmationSeconds!: number
}
