import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
  Unique,
} from 'typeorm'
import { Municipality } from '../municipality/municipality.entity'

/** A rating of a municipality, or a vote for a nominated one. */
export enum SubmissionKind {
  RATING = 'RATING',
  VOTE = 'VOTE',
}

/**
 * PENDING until the e-mail link is clicked; CONFIRMED counts; SUPERSEDED is an earlier confirmed
 * rating a later one from the same address replaced; VOIDED by an organiser (with a reason);
 * WITHDRAWN by the voter. Nothing is ever deleted.
 */
export enum SubmissionState {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  SUPERSEDED = 'SUPERSEDED',
  VOIDED = 'VOIDED',
  WITHDRAWN = 'WITHDRAWN',
}

export const MAX_REMARK_LENGTH = 2_000
export const MAX_VOID_REASON_LENGTH = 500

/** One answer per rating question (its CMS row id): 1–5, or null for "don't know". */
export type RatingAnswers = Record<string, number | null>

/**
 * One public submission. The plain e-mail address lives only until the address is confirmed or
 * the link expires (then it is erased); the keyed hash stays for uniqueness. Tokens are stored
 * as SHA-256 hashes only. Unique partial indexes (migration) allow one confirmed vote per
 * address per edition and one confirmed rating per address per municipality per edition.
 */
@Entity({ name: 'election_submission' })
@Unique('UQ_election_submission_confirm_token', ['confirmTokenHash'])
@Unique('UQ_election_submission_withdraw_token', ['withdrawTokenHash'])
@Check('CHK_election_submission_kind', `"kind" IN ('RATING', 'VOTE')`)
@Check(
  'CHK_election_submission_state',
  `"state" IN ('PENDING', 'CONFIRMED', 'SUPERSEDED', 'VOIDED', 'WITHDRAWN')`,
)
@Check('CHK_election_submission_answers', `("kind" = 'RATING') = ("answers" IS NOT NULL)`)
@Check('CHK_election_submission_remark', `"kind" = 'RATING' OR "remark" IS NULL`)
@Check('CHK_election_submission_remark_length', `char_length("remark") <= ${MAX_REMARK_LENGTH}`)
@Check(
  'CHK_election_submission_confirmed_at',
  `"state" NOT IN ('CONFIRMED', 'SUPERSEDED') OR "confirmed_at" IS NOT NULL`,
)
@Check(
  'CHK_election_submission_voided',
  `"state" <> 'VOIDED' OR ("voided_at" IS NOT NULL AND "void_reason" IS NOT NULL)`,
)
@Check('CHK_election_submission_email_erased', `"confirmed_at" IS NULL OR "email" IS NULL`)
@Index('UQ_election_submission_confirmed_vote', { synchronize: false })
@Index('UQ_election_submission_confirmed_rating', { synchronize: false })
@Index('IDX_election_submission_tally', { synchronize: false })
@Index('IDX_election_submission_email_hash_submitted', { synchronize: false })
@Index('IDX_election_submission_plain_email', { synchronize: false })
@Index('IDX_election_submission_ip', { synchronize: false })
@Index('IDX_election_submission_municipality', { synchronize: false })
export class ElectionSubmission {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_election_submission' })
  id!: string

  @Column({ type: 'varchar', length: 8 })
  kind!: SubmissionKind

  @Column({ name: 'edition_year', type: 'integer' })
  editionYear!: number

  @Column({ name: 'municipality_code', type: 'varchar', length: 6 })
  municipalityCode!: string

  @ManyToOne(() => Municipality)
  @JoinColumn({
    name: 'municipality_code',
    foreignKeyConstraintName: 'FK_election_submission_municipality',
  })
  municipality?: Relation<Municipality>

  @Column({ type: 'varchar', length: 12 })
  state!: SubmissionState

  @Column({ name: 'email_hash', type: 'char', length: 64 })
  emailHash!: string

  @Column({ type: 'text', nullable: true })
  email!: string | null

  @Column({ type: 'jsonb', nullable: true })
  answers!: RatingAnswers | null

  @Column({ type: 'text', nullable: true })
  remark!: string | null

  @Column({ name: 'ip_hash', type: 'char', length: 64 })
  ipHash!: string

  @Column({ name: 'user_agent_hash', type: 'char', length: 64 })
  userAgentHash!: string

  @Column({ name: 'confirm_token_hash', type: 'char', length: 64 })
  confirmTokenHash!: string

  @Column({ name: 'confirm_expires_at', type: 'timestamptz' })
  confirmExpiresAt!: Date

  @Column({ name: 'withdraw_token_hash', type: 'char', length: 64 })
  withdrawTokenHash!: string

  @Column({ name: 'withdraw_expires_at', type: 'timestamptz' })
  withdrawExpiresAt!: Date

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt!: Date | null

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt!: Date | null

  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt!: Date | null

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason!: string | null

  @Column({ name: 'voided_by', type: 'varchar', length: 64, nullable: true })
  voidedBy!: string | null

  @Column({ name: 'email_erased_at', type: 'timestamptz', nullable: true })
  emailErasedAt!: Date | null
}

/** A proof-of-work solution already used: each challenge counts once (replay protection). */
@Entity({ name: 'election_proof' })
@Index('IDX_election_proof_expires', { synchronize: false })
export class ElectionProof {
  @PrimaryColumn({
    name: 'signature_hash',
    type: 'char',
    length: 64,
    primaryKeyConstraintName: 'PK_election_proof',
  })
  signatureHash!: string

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date
}
