import { randomUUID } from 'node:crypto'
import type { RateLimiter } from '@idm/edge'
import type { DataSource, EntityManager } from 'typeorm'
import type { Actor } from '../auth/actor'
import { Role } from '../auth/roles'
import { decodeCursor, toConnection, type Connection } from '../common/connection'
import type { Mailer } from '../mail/mailer'
import { Municipality } from '../municipality/municipality.entity'
import type {
  ElectionCms,
  ElectionEdition,
  ElectionRound,
  ElectionRoundName,
} from './election-cms.client'
import { ElectionError, ElectionErrorReason } from './election.errors'
import type { ElectionLoaders } from './election.loaders'
import { isEmailAddress, keyedHash, newToken, normaliseEmail, tokenHash } from './election-hashing'
import { type IssuedChallenge, ProofOfWork } from './election-proof'
import {
  INFLUENCE_FACTOR,
  MIN_PUBLIC_RATINGS,
  type QuestionTally,
  weightedScores,
} from './election-scores'
import {
  ElectionProof,
  ElectionSubmission,
  type RatingAnswers,
  SubmissionKind,
  SubmissionState,
} from './election-submission.entity'
import { confirmationMail, PRIVACY_STATEMENT_NL } from './election.texts'
import type {
  CastVoteInput,
  ElectionAnomalyArgs,
  ElectionSubmissionsArgs,
  SubmitRatingInput,
} from './election.inputs'
import {
  type ElectionAnomalyReport,
  type ElectionCounts,
  type ElectionForm,
  type ElectionRatingResult,
  ElectionRoundKind,
  type ElectionStateCounts,
  type ElectionSubmissionRecord,
  type ElectionVoteResult,
  type SubmissionOutcome,
  type SubmissionReceipt,
} from './election.types'

/** How long a confirmation link (and the plain e-mail address behind it) lives. */
export const CONFIRMATION_TTL_MS = 24 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
const NETWORK_HASH_LENGTH = 12

export interface ElectionLimits {
  perNetworkPerHour: number
  perAddressPerHour: number
  mailsPerAddressPerDay: number
}

/** What the election needs besides its database; index.ts and the tests build it. */
export interface ElectionDependencies {
  cms: ElectionCms
  mailer: Mailer
  /** ELECTION_HASH_KEY: keys the e-mail, IP and user-agent hashes and the challenges. */
  hashKey: string
  /** Where the e-mail's links point (PUBLIC_SITE_URL or the gateway's public URL). */
  linkBaseUrl: string
  proofMaxNumber: number
  limits: ElectionLimits
  /** Per network (IP hash) and per address (e-mail hash), per hour. */
  rateLimiters: { network: RateLimiter; address: RateLimiter }
  /** The time the rules see: injected so tests control round windows and expiry. */
  clock: () => Date
}

/** Who sent the request, as far as the election records it (hashed before storing). */
export interface ElectionCaller {
  actor: Actor
  client: { ip: string; userAgent: string }
}

const ROUND_KIND: Readonly<Record<ElectionRoundName, ElectionRoundKind>> = {
  rating: ElectionRoundKind.RATING,
  'public-vote': ElectionRoundKind.PUBLIC_VOTE,
  jury: ElectionRoundKind.JURY,
}

const LINK_PATHS = { confirm: '/verkiezing/bevestigen', withdraw: '/verkiezing/intrekken' }

interface SubmissionRow {
  id: string
  kind: SubmissionKind
  edition_year: number
  municipality_code: string
  state: SubmissionState
  email_hash: string
  email: string | null
  confirm_expires_at: Date
  withdraw_expires_at: Date
  name: string
}

/**
 * The election's rules: ratings and votes come in PENDING and count once their e-mail is
 * confirmed; one confirmed vote per address per edition and one confirmed rating per address per
 * municipality per edition (a later one replaces the earlier), enforced by locks per address and,
 * beneath them, by unique partial indexes. Rounds, questions and nominations come from the CMS.
 */
export class ElectionService {
  private readonly proof: ProofOfWork

  constructor(
    private readonly dataSource: DataSource,
    private readonly deps: ElectionDependencies,
  ) {
    this.proof = new ProofOfWork(deps.hashKey, deps.proofMaxNumber, deps.clock)
  }

  challenge(): Promise<IssuedChallenge> {
    return this.proof.challenge()
  }

  async form(year: number): Promise<ElectionForm | null> {
    const edition = await this.deps.cms.edition(year)
    if (!edition) return null
    const now = this.deps.clock()
    return {
      year: edition.year,
      theme: edition.theme,
      rounds: edition.rounds.map((round) => ({
        round: ROUND_KIND[round.round],
        opensAt: round.opensAt,
        closesAt: round.closesAt,
        open: isOpen(round, now),
      })),
      ratingQuestions: edition.ratingQuestions.map((question) => ({
        id: question.id,
        lifeDomainSlug: question.lifeDomain,
        question: question.question,
        influence: question.influence,
        effectiveWeight: question.weight * INFLUENCE_FACTOR[question.influence],
      })),
      privacyStatement: PRIVACY_STATEMENT_NL,
      minimumRatings: MIN_PUBLIC_RATINGS,
    }
  }

  async submitRating(caller: ElectionCaller, input: SubmitRatingInput): Promise<SubmissionReceipt> {
    const edition = await this.openEdition(input.year, 'rating')
    const answers = ratingAnswers(edition, input.answers)
    const remark = input.remark?.trim() ? input.remark.trim() : null
    return this.submit(caller, SubmissionKind.RATING, input, edition, { answers, remark })
  }

  async castVote(caller: ElectionCaller, input: CastVoteInput): Promise<SubmissionReceipt> {
    const edition = await this.openEdition(input.year, 'public-vote')
    const nominations = await this.deps.cms.nominations(input.year)
    if (!nominations.some((nomination) => nomination.municipalityCode === input.municipalityCode)) {
      throw new ElectionError(
        ElectionErrorReason.NotNominated,
        `${input.municipalityCode} is not nominated for the public vote of ${input.year}`,
      )
    }
    return this.submit(caller, SubmissionKind.VOTE, input, edition, { answers: null, remark: null })
  }

  /** Confirms the submission a link belongs to. A second click gets TOKEN_USED and changes nothing. */
  async confirmEmail(token: string): Promise<SubmissionOutcome> {
    const now = this.deps.clock()
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockByToken(manager, 'confirm_token_hash', token)
      if (row.state !== SubmissionState.PENDING) {
        throw new ElectionError(ElectionErrorReason.TokenUsed, 'This link has already been used')
      }
      if (now >= row.confirm_expires_at) {
        throw new ElectionError(
          ElectionErrorReason.TokenExpired,
          'This link has expired (links are valid for 24 hours); please submit again',
        )
      }
      await lockAddress(manager, row)
      if (row.kind === SubmissionKind.VOTE) {
        const [voted] = await manager.query<unknown[]>(
          `SELECT 1 FROM "election_submission"
           WHERE "kind" = 'VOTE' AND "state" = 'CONFIRMED' AND "edition_year" = $1 AND "email_hash" = $2`,
          [row.edition_year, row.email_hash],
        )
        if (voted) {
          throw new ElectionError(
            ElectionErrorReason.AlreadyVoted,
            `This address has already voted in ${row.edition_year}`,
          )
        }
      } else {
        await manager.query(
          `UPDATE "election_submission" SET "state" = 'SUPERSEDED'
           WHERE "kind" = 'RATING' AND "state" = 'CONFIRMED'
             AND "edition_year" = $1 AND "municipality_code" = $2 AND "email_hash" = $3`,
          [row.edition_year, row.municipality_code, row.email_hash],
        )
      }
      await manager.query(
        `UPDATE "election_submission"
         SET "state" = 'CONFIRMED', "confirmed_at" = $2, "email" = NULL,
             "email_erased_at" = COALESCE("email_erased_at", $2)
         WHERE "id" = $1`,
        [row.id, now],
      )
      return outcome(row, SubmissionState.CONFIRMED)
    })
  }

  /** Withdraws the submission a withdrawal link belongs to (kept, no longer counted). */
  async withdraw(token: string): Promise<SubmissionOutcome> {
    const now = this.deps.clock()
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockByToken(manager, 'withdraw_token_hash', token)
      if (row.state === SubmissionState.WITHDRAWN || row.state === SubmissionState.VOIDED) {
        throw new ElectionError(ElectionErrorReason.TokenUsed, 'This submission no longer counts')
      }
      if (now >= row.withdraw_expires_at) {
        throw new ElectionError(
          ElectionErrorReason.TokenExpired,
          'The round has closed; a withdrawal is no longer possible',
        )
      }
      await manager.query(
        `UPDATE "election_submission"
         SET "state" = 'WITHDRAWN', "withdrawn_at" = $2, "email" = NULL,
             "email_erased_at" = COALESCE("email_erased_at", $2)
         WHERE "id" = $1`,
        [row.id, now],
      )
      return outcome(row, SubmissionState.WITHDRAWN)
    })
  }

  /** An organiser voids a rating or vote with a reason; the row and the reason are kept. */
  async voidSubmission(
    caller: ElectionCaller,
    kind: SubmissionKind,
    id: string,
    reason: string,
  ): Promise<ElectionSubmissionRecord> {
    const now = this.deps.clock()
    return this.dataSource.transaction(async (manager) => {
      const [row] = await manager.query<Array<{ state: SubmissionState }>>(
        `SELECT "state" FROM "election_submission" WHERE "id" = $1 AND "kind" = $2 FOR UPDATE`,
        [id, kind],
      )
      if (!row) {
        throw new ElectionError(
          ElectionErrorReason.SubmissionNotFound,
          `No ${kind.toLowerCase()} ${id}`,
        )
      }
      if (row.state === SubmissionState.VOIDED) {
        throw new ElectionError(ElectionErrorReason.AlreadyVoided, 'It has already been voided')
      }
      await manager.query(
        `UPDATE "election_submission"
         SET "state" = 'VOIDED', "voided_at" = $2, "void_reason" = $3, "voided_by" = $4,
             "email" = NULL, "email_erased_at" = COALESCE("email_erased_at", $2)
         WHERE "id" = $1`,
        [id, now, reason.trim(), caller.actor.kind === 'user' ? caller.actor.id : null],
      )
      const voided = await manager.findOneByOrFail(ElectionSubmission, { id })
      return toRecord(voided)
    })
  }

  /**
   * Each rated municipality's weighted scores, ranked (organisers: live; everyone else: once the
   * rating round has closed, and scores only from MIN_PUBLIC_RATINGS confirmed ratings).
   * Only municipalities with at least that many ratings get a rank.
   */
  async ratingResults(caller: ElectionCaller, year: number): Promise<ElectionRatingResult[]> {
    const edition = await this.requireEdition(year)
    const organiser = isOrganiser(caller.actor)
    this.requirePublic(organiser, edition, 'rating')
    const counts = await this.dataSource.query<Array<{ code: string; count: number }>>(
      `SELECT "municipality_code" AS "code", count(*)::int AS "count" FROM "election_submission"
       WHERE "edition_year" = $1 AND "kind" = 'RATING' AND "state" = 'CONFIRMED'
       GROUP BY 1`,
      [year],
    )
    const tallies = await this.dataSource.query<Array<QuestionTally & { code: string }>>(
      `SELECT s."municipality_code" AS "code", a."key" AS "questionId",
              sum(a."value"::int)::int AS "sum", count(*)::int AS "count"
       FROM "election_submission" s CROSS JOIN LATERAL jsonb_each_text(s."answers") a
       WHERE s."edition_year" = $1 AND s."kind" = 'RATING' AND s."state" = 'CONFIRMED'
         AND a."value" IS NOT NULL
       GROUP BY 1, 2`,
      [year],
    )
    const byCode = new Map<string, QuestionTally[]>()
    for (const tally of tallies) {
      const list = byCode.get(tally.code) ?? []
      list.push(tally)
      byCode.set(tally.code, list)
    }
    const results = counts.map(({ code, count }): ElectionRatingResult => {
      const scores = weightedScores(edition.ratingQuestions, byCode.get(code) ?? [])
      const shown = organiser || count >= MIN_PUBLIC_RATINGS
      return {
        rank: null,
        municipalityCode: code,
        ratingCount: count,
        overallScore: shown ? scores.overall : null,
        lifeDomains: scores.lifeDomains.map((domain) => ({
          lifeDomainSlug: domain.lifeDomain,
          score: shown ? domain.score : null,
          answerCount: domain.answerCount,
        })),
      }
    })
    const rankable = (result: ElectionRatingResult) =>
      result.ratingCount >= MIN_PUBLIC_RATINGS && result.overallScore !== null
    results.sort(
      (a, b) =>
        Number(rankable(b)) - Number(rankable(a)) ||
        (b.overallScore ?? -1) - (a.overallScore ?? -1) ||
        b.ratingCount - a.ratingCount ||
        a.municipalityCode.localeCompare(b.municipalityCode),
    )
    let rank = 0
    for (const result of results) if (rankable(result)) result.rank = ++rank
    return results
  }

  /** One municipality's rating result through the request's loader (null: none, or not public yet). */
  async residentRatingOf(
    ctx: { loaders: ElectionLoaders },
    municipalityCode: string,
    year: number,
  ): Promise<ElectionRatingResult | null> {
    const results = await ctx.loaders.ratingResultsByYear.load(year)
    return results?.get(municipalityCode) ?? null
  }

  /** Each nomination's confirmed votes, ranked (organisers: live; others: after the vote closes). */
  async voteResults(caller: ElectionCaller, year: number): Promise<ElectionVoteResult[]> {
    const edition = await this.requireEdition(year)
    this.requirePublic(isOrganiser(caller.actor), edition, 'public-vote')
    const [nominations, counts] = await Promise.all([
      this.deps.cms.nominations(year),
      this.dataSource.query<Array<{ code: string; count: number }>>(
        `SELECT "municipality_code" AS "code", count(*)::int AS "count" FROM "election_submission"
         WHERE "edition_year" = $1 AND "kind" = 'VOTE' AND "state" = 'CONFIRMED'
         GROUP BY 1`,
        [year],
      ),
    ])
    const votes = new Map(counts.map(({ code, count }) => [code, count]))
    return nominations
      .map((nomination) => ({
        rank: 0,
        municipalityCode: nomination.municipalityCode,
        stage: nomination.stage,
        voteCount: votes.get(nomination.municipalityCode) ?? 0,
      }))
      .sort(
        (a, b) => b.voteCount - a.voteCount || a.municipalityCode.localeCompare(b.municipalityCode),
      )
      .map((result, index) => ({ ...result, rank: index + 1 }))
  }

  async counts(year: number): Promise<ElectionCounts> {
    const rows = await this.dataSource.query<
      Array<{ kind: SubmissionKind; state: SubmissionState; count: number }>
    >(
      `SELECT "kind", "state", count(*)::int AS "count" FROM "election_submission"
       WHERE "edition_year" = $1 GROUP BY 1, 2`,
      [year],
    )
    const tally = (kind: SubmissionKind): ElectionStateCounts => {
      const of = (state: SubmissionState) =>
        rows.find((row) => row.kind === kind && row.state === state)?.count ?? 0
      return {
        pending: of(SubmissionState.PENDING),
        confirmed: of(SubmissionState.CONFIRMED),
        superseded: of(SubmissionState.SUPERSEDED),
        voided: of(SubmissionState.VOIDED),
        withdrawn: of(SubmissionState.WITHDRAWN),
      }
    }
    return { year, ratings: tally(SubmissionKind.RATING), votes: tally(SubmissionKind.VOTE) }
  }

  /** Organisers' list, newest first, to find what to void; never an e-mail address. */
  async submissions(args: ElectionSubmissionsArgs): Promise<Connection<ElectionSubmissionRecord>> {
    const where: string[] = [`"edition_year" = $1`, `"kind" = $2`]
    const params: unknown[] = [args.year, args.kind]
    if (args.state) {
      params.push(args.state)
      where.push(`"state" = $${params.length}`)
    }
    if (args.municipalityCode) {
      params.push(args.municipalityCode)
      where.push(`"municipality_code" = $${params.length}`)
    }
    const [{ total }] = (await this.dataSource.query(
      `SELECT count(*)::int AS "total" FROM "election_submission" WHERE ${where.join(' AND ')}`,
      params,
    )) as [{ total: number }]
    if (args.after) {
      const key = decodeCursor(args.after)
      const [at, id] = key?.split('|') ?? []
      if (!at || !id || Number.isNaN(Date.parse(at))) {
        throw new ElectionError(
          ElectionErrorReason.InvalidCursor,
          'after is not a cursor of this list',
        )
      }
      params.push(new Date(at), id)
      where.push(`("submitted_at", "id") < ($${params.length - 1}, $${params.length})`)
    }
    params.push(args.first + 1)
    const found = await this.dataSource.query<ElectionSubmissionRowFull[]>(
      `SELECT * FROM "election_submission" WHERE ${where.join(' AND ')}
       ORDER BY "submitted_at" DESC, "id" DESC LIMIT $${params.length}`,
      params,
    )
    return toConnection(found.map(fromRow), {
      first: args.first,
      totalCount: total,
      hasPreviousPage: Boolean(args.after),
      keyOf: (record) => `${record.submittedAt.toISOString()}|${record.id}`,
    })
  }

  async anomalies(args: ElectionAnomalyArgs): Promise<ElectionAnomalyReport> {
    const [networks, bursts, fast] = await Promise.all([
      this.dataSource.query<
        Array<{
          ip: string
          submissions: number
          confirmed: number
          addresses: number
          first: Date
          last: Date
        }>
      >(
        `SELECT "ip_hash" AS "ip", count(*)::int AS "submissions",
                count(*) FILTER (WHERE "state" = 'CONFIRMED')::int AS "confirmed",
                count(DISTINCT "email_hash")::int AS "addresses",
                min("submitted_at") AS "first", max("submitted_at") AS "last"
         FROM "election_submission" WHERE "edition_year" = $1
         GROUP BY 1 HAVING count(*) >= $2 ORDER BY 2 DESC LIMIT 50`,
        [args.year, args.minPerNetwork],
      ),
      this.dataSource.query<Array<{ minute: Date; submissions: number }>>(
        `SELECT date_trunc('minute', "submitted_at") AS "minute", count(*)::int AS "submissions"
         FROM "election_submission" WHERE "edition_year" = $1
         GROUP BY 1 HAVING count(*) >= $2 ORDER BY 2 DESC, 1 LIMIT 50`,
        [args.year, args.minPerMinute],
      ),
      this.dataSource.query<Array<{ id: string }>>(
        `SELECT "id" FROM "election_submission"
         WHERE "edition_year" = $1 AND "confirmed_at" IS NOT NULL
           AND "confirmed_at" - "submitted_at" < make_interval(secs => $2)
         ORDER BY "submitted_at" DESC LIMIT 200`,
        [args.year, args.fastConfirmationSeconds],
      ),
    ])
    return {
      year: args.year,
      networks: networks.map((row) => ({
        networkHash: row.ip.slice(0, NETWORK_HASH_LENGTH),
        submissions: row.submissions,
        confirmed: row.confirmed,
        distinctAddresses: row.addresses,
        firstAt: row.first,
        lastAt: row.last,
      })),
      bursts: bursts.map((row) => ({ minute: row.minute, submissions: row.submissions })),
      fastConfirmations: fast.map((row) => row.id),
    }
  }

  /**
   * Erases the plain address of every submission whose link has expired unconfirmed (confirmed,
   * voided and withdrawn ones lost theirs already), and forgets expired proofs. Runs every few
   * minutes (index.ts); returns how many addresses it erased.
   */
  async eraseExpiredAddresses(): Promise<number> {
    const now = this.deps.clock()
    const erased = await this.dataSource.query<Array<{ id: string }>>(
      `UPDATE "election_submission" SET "email" = NULL, "email_erased_at" = $1
       WHERE "email" IS NOT NULL AND "confirm_expires_at" <= $1 RETURNING "id"`,
      [now],
    )
    await this.dataSource.query(`DELETE FROM "election_proof" WHERE "expires_at" <= $1`, [now])
    return erased.length
  }

  private async submit(
    caller: ElectionCaller,
    kind: SubmissionKind,
    input: CastVoteInput,
    edition: ElectionEdition,
    content: { answers: RatingAnswers | null; remark: string | null },
  ): Promise<SubmissionReceipt> {
    if (!isEmailAddress(input.email)) {
      throw new ElectionError(ElectionErrorReason.InvalidEmail, 'email must be an e-mail address')
    }
    const municipality = await this.dataSource
      .getRepository(Municipality)
      .findOneBy({ code: input.municipalityCode })
    if (!municipality) {
      throw new ElectionError(
        ElectionErrorReason.MunicipalityNotFound,
        `No municipality has the code ${input.municipalityCode}`,
      )
    }
    const proof = await this.proof.verify(input.proof)
    const { hashKey } = this.deps
    const emailHash = keyedHash(hashKey, 'email', normaliseEmail(input.email))
    const ipHash = keyedHash(hashKey, 'ip', caller.client.ip)
    const userAgentHash = keyedHash(hashKey, 'user-agent', caller.client.userAgent)
    await this.consume(
      this.deps.rateLimiters.network,
      ipHash,
      ElectionErrorReason.TooManyFromNetwork,
    )
    await this.consume(
      this.deps.rateLimiters.address,
      emailHash,
      ElectionErrorReason.TooManyFromAddress,
    )

    const now = this.deps.clock()
    const round = edition.rounds.find(
      (candidate) =>
        candidate.round === (kind === SubmissionKind.RATING ? 'rating' : 'public-vote'),
    )!
    const confirm = newToken()
    const withdraw = newToken()
    const confirmBefore = new Date(now.getTime() + CONFIRMATION_TTL_MS)

    return this.dataSource.transaction(async (manager) => {
      const used = await manager
        .createQueryBuilder()
        .insert()
        .into(ElectionProof)
        .values({ signatureHash: proof.signatureHash, expiresAt: proof.expiresAt })
        .orIgnore()
        .returning(['signatureHash'])
        .execute()
      if (used.raw.length === 0) {
        throw new ElectionError(
          ElectionErrorReason.ProofReused,
          'This proof has been used already; ask createElectionChallenge for a new one',
        )
      }
      await lockAddress(manager, {
        kind,
        edition_year: input.year,
        municipality_code: input.municipalityCode,
        email_hash: emailHash,
      })
      if (kind === SubmissionKind.VOTE) {
        const [voted] = await manager.query<unknown[]>(
          `SELECT 1 FROM "election_submission"
           WHERE "kind" = 'VOTE' AND "state" = 'CONFIRMED' AND "edition_year" = $1 AND "email_hash" = $2`,
          [input.year, emailHash],
        )
        if (voted) {
          throw new ElectionError(
            ElectionErrorReason.AlreadyVoted,
            `This address has already voted in ${input.year}`,
          )
        }
      }
      const [{ mails }] = (await manager.query(
        `SELECT count(*)::int AS "mails" FROM "election_submission"
         WHERE "email_hash" = $1 AND "submitted_at" > $2`,
        [emailHash, new Date(now.getTime() - DAY_MS)],
      )) as [{ mails: number }]
      if (mails >= this.deps.limits.mailsPerAddressPerDay) {
        throw new ElectionError(
          ElectionErrorReason.DailyMailLimit,
          `This address has received ${mails} confirmation e-mails today; try again tomorrow`,
        )
      }
      await manager.insert(ElectionSubmission, {
        id: randomUUID(),
        kind,
        editionYear: input.year,
        municipalityCode: input.municipalityCode,
        state: SubmissionState.PENDING,
        emailHash,
        email: input.email.trim(),
        answers: content.answers,
        remark: content.remark,
        ipHash,
        userAgentHash,
        confirmTokenHash: confirm.hash,
        confirmExpiresAt: confirmBefore,
        withdrawTokenHash: withdraw.hash,
        withdrawExpiresAt: round.closesAt,
        submittedAt: now,
        confirmedAt: null,
        withdrawnAt: null,
        voidedAt: null,
        voidReason: null,
        voidedBy: null,
        emailErasedAt: null,
      })
      // Inside the transaction: when the mail cannot be sent, nothing was submitted.
      const mail = confirmationMail({
        kind,
        year: input.year,
        municipalityName: municipality.name,
        confirmUrl: this.link(LINK_PATHS.confirm, confirm.token),
        withdrawUrl: this.link(LINK_PATHS.withdraw, withdraw.token),
      })
      try {
        await this.deps.mailer.send({ to: input.email.trim(), ...mail })
      } catch {
        throw new ElectionError(
          ElectionErrorReason.MailUnavailable,
          'The confirmation e-mail could not be sent; nothing was submitted, please try again later',
        )
      }
      return {
        kind,
        state: SubmissionState.PENDING,
        year: input.year,
        municipalityCode: input.municipalityCode,
        confirmBefore,
      }
    })
  }

  private link(path: string, token: string): string {
    return `${this.deps.linkBaseUrl}${path}?token=${encodeURIComponent(token)}`
  }

  private async consume(limiter: RateLimiter, key: string, reason: ElectionErrorReason) {
    const decision = await limiter.consume(key)
    if (!decision.allowed) {
      throw new ElectionError(
        reason,
        `Too many submissions; try again in ${Math.ceil(decision.retryAfterSeconds / 60)} minutes`,
      )
    }
  }

  private async lockByToken(
    manager: EntityManager,
    column: 'confirm_token_hash' | 'withdraw_token_hash',
    token: string,
  ): Promise<SubmissionRow> {
    const [row] = await manager.query<SubmissionRow[]>(
      `SELECT s."id", s."kind", s."edition_year", s."municipality_code", s."state", s."email_hash",
              s."email", s."confirm_expires_at", s."withdraw_expires_at", m."name"
       FROM "election_submission" s JOIN "municipality" m ON m."code" = s."municipality_code"
       WHERE s."${column}" = $1 FOR UPDATE OF s`,
      [tokenHash(token)],
    )
    if (!row) {
      throw new ElectionError(ElectionErrorReason.UnknownToken, 'This link is not known')
    }
    return row
  }

  private async requireEdition(year: number): Promise<ElectionEdition> {
    const edition = await this.deps.cms.edition(year)
    if (!edition) {
      throw new ElectionError(ElectionErrorReason.EditionNotFound, `No published edition ${year}`)
    }
    return edition
  }

  private async openEdition(year: number, name: ElectionRoundName): Promise<ElectionEdition> {
    const edition = await this.requireEdition(year)
    const round = edition.rounds.find((candidate) => candidate.round === name)
    if (!round || !isOpen(round, this.deps.clock())) {
      throw new ElectionError(
        name === 'rating'
          ? ElectionErrorReason.RatingRoundClosed
          : ElectionErrorReason.VoteRoundClosed,
        name === 'rating'
          ? `The rating round of ${year} is not open`
          : `The public vote of ${year} is not open`,
      )
    }
    return edition
  }

  private requirePublic(organiser: boolean, edition: ElectionEdition, name: ElectionRoundName) {
    if (organiser) return
    const round = edition.rounds.find((candidate) => candidate.round === name)
    if (!round || this.deps.clock() < round.closesAt) {
      throw new ElectionError(
        ElectionErrorReason.ResultsNotPublic,
        'The results are public once the round has closed',
      )
    }
  }
}

type ElectionSubmissionRowFull = {
  id: string
  kind: SubmissionKind
  edition_year: number
  municipality_code: string
  state: SubmissionState
  submitted_at: Date
  confirmed_at: Date | null
  voided_at: Date | null
  void_reason: string | null
  remark: string | null
  ip_hash: string
}

function fromRow(row: ElectionSubmissionRowFull): ElectionSubmissionRecord {
  return {
    id: row.id,
    kind: row.kind,
    year: row.edition_year,
    municipalityCode: row.municipality_code,
    state: row.state,
    submittedAt: row.submitted_at,
    confirmedAt: row.confirmed_at,
    voidedAt: row.voided_at,
    voidReason: row.void_reason,
    remark: row.remark,
    networkHash: row.ip_hash.slice(0, NETWORK_HASH_LENGTH),
  }
}

function toRecord(entity: ElectionSubmission): ElectionSubmissionRecord {
  return {
    id: entity.id,
    kind: entity.kind,
    year: entity.editionYear,
    municipalityCode: entity.municipalityCode,
    state: entity.state,
    submittedAt: entity.submittedAt,
    confirmedAt: entity.confirmedAt,
    voidedAt: entity.voidedAt,
    voidReason: entity.voidReason,
    remark: entity.remark,
    networkHash: entity.ipHash.slice(0, NETWORK_HASH_LENGTH),
  }
}

function outcome(row: SubmissionRow, state: SubmissionState): SubmissionOutcome {
  return {
    kind: row.kind,
    state,
    year: row.edition_year,
    municipalityCode: row.municipality_code,
    municipalityName: row.name,
  }
}

function isOpen(round: ElectionRound, now: Date): boolean {
  return round.opensAt <= now && now < round.closesAt
}

function isOrganiser(actor: Actor): boolean {
  return actor.kind === 'user' && (actor.role === Role.Admin || actor.role === Role.Organiser)
}

/**
 * Serialises everything one address does to one vote (per edition) or one rating (per
 * municipality per edition) until the transaction ends: parallel confirmations of different
 * links of one address are counted one after the other, never both.
 */
async function lockAddress(
  manager: EntityManager,
  row: Pick<SubmissionRow, 'kind' | 'edition_year' | 'municipality_code' | 'email_hash'>,
): Promise<void> {
  const key =
    row.kind === SubmissionKind.VOTE
      ? `vote:${row.edition_year}:${row.email_hash}`
      : `rating:${row.edition_year}:${row.municipality_code}:${row.email_hash}`
  await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [key])
}

/** The answers keyed by question id: exactly one per question of the edition. */
function ratingAnswers(
  edition: ElectionEdition,
  answers: SubmitRatingInput['answers'],
): RatingAnswers {
  const known = new Set(edition.ratingQuestions.map((question) => question.id))
  const result: RatingAnswers = {}
  for (const answer of answers) {
    if (!known.has(answer.questionId) || answer.questionId in result) {
      throw new ElectionError(
        ElectionErrorReason.UnknownQuestion,
        `${answer.questionId} is not a question of ${edition.year}, or is answered twice`,
      )
    }
    result[answer.questionId] = answer.score ?? null
  }
  const missing = edition.ratingQuestions.filter((question) => !(question.id in result))
  if (missing.length > 0) {
    throw new ElectionError(
      ElectionErrorReason.MissingAnswer,
      `Answer every question (null for don't know); missing: ${missing.map((q) => q.id).join(', ')}`,
    )
  }
  return result
}
