import type { PayloadRequest } from 'payload'
import type { ElectionRound } from '../collections/ElectionEditions/rounds'
import type { NominationStage } from '../collections/Nominations/stages'
import type { Localized } from '../fields/localized'
import { callMonitor } from './monitorClient'

/**
 * The two moves of the election that follow from confirmed results: the best-rated municipalities
 * go to the public vote, the most-voted nominations go to the jury.
 */
export const ADVANCE_STEPS = ['public-vote', 'jury'] as const
export type AdvanceStep = (typeof ADVANCE_STEPS)[number]

interface StepRule {
  /** The round whose confirmed results decide; it must have closed. */
  decidedBy: ElectionRound
  /** The stage the chosen nominations get. */
  stage: NominationStage
  defaultTop: number
}

const STEPS: Readonly<Record<AdvanceStep, StepRule>> = {
  'public-vote': { decidedBy: 'rating', stage: 'nominated', defaultTop: 10 },
  jury: { decidedBy: 'public-vote', stage: 'finalist', defaultTop: 3 },
}

export const MAX_TOP = 50

export enum AdvanceErrorCode {
  InvalidInput = 'INVALID_INPUT',
  NotFound = 'NOT_FOUND',
  Forbidden = 'FORBIDDEN',
  RoundNotClosed = 'ROUND_NOT_CLOSED',
  NoResults = 'NO_RESULTS',
}

const STATUS: Record<AdvanceErrorCode, number> = {
  [AdvanceErrorCode.InvalidInput]: 400,
  [AdvanceErrorCode.NotFound]: 404,
  [AdvanceErrorCode.Forbidden]: 403,
  [AdvanceErrorCode.RoundNotClosed]: 409,
  [AdvanceErrorCode.NoResults]: 409,
}

export class AdvanceError extends Error {
  readonly status: number
  constructor(
    readonly code: AdvanceErrorCode,
    readonly text: Localized,
  ) {
    super(text.en)
    this.status = STATUS[code]
  }
}

export interface AdvancedNomination {
  municipalityCode: string
  rank: number
  stage: NominationStage
  /** Confirmed ratings (public vote) or confirmed votes (jury) behind the place. */
  count: number
  /** The weighted overall score (public vote only). */
  score: number | null
  created: boolean
}

export interface AdvanceResult {
  year: number
  step: AdvanceStep
  stage: NominationStage
  requested: number
  nominations: AdvancedNomination[]
}

interface Ranked {
  municipalityCode: string
  rank: number
  count: number
  score: number | null
}

const RATING_RESULTS = /* GraphQL */ `
  query ElectionRatingResultsForAdvance($year: Int!) {
    electionRatingResults(year: $year) {
      rank
      municipalityCode
      ratingCount
      overallScore
    }
  }
`

const VOTE_RESULTS = /* GraphQL */ `
  query ElectionVoteResultsForAdvance($year: Int!) {
    electionVoteResults(year: $year) {
      rank
      municipalityCode
      stage
      voteCount
    }
  }
`

/** The confirmed results that decide a step, best first, as the monitor ranks them. */
async function rankedResults(
  req: PayloadRequest,
  step: AdvanceStep,
  year: number,
): Promise<Ranked[]> {
  if (step === 'public-vote') {
    const data = await callMonitor<{
      electionRatingResults: Array<{
        rank: number | null
        municipalityCode: string
        ratingCount: number
        overallScore: number | null
      }>
    }>(req, RATING_RESULTS, { year })
    return data.electionRatingResults
      .filter((result) => result.rank !== null && result.overallScore !== null)
      .map((result) => ({
        municipalityCode: result.municipalityCode,
        rank: result.rank!,
        count: result.ratingCount,
        score: result.overallScore,
      }))
      .sort((a, b) => a.rank - b.rank)
  }
  const data = await callMonitor<{
    electionVoteResults: Array<{
      rank: number
      municipalityCode: string
      stage: string
      voteCount: number
    }>
  }>(req, VOTE_RESULTS, { year })
  return data.electionVoteResults
    .filter((result) => result.voteCount > 0)
    .map((result) => ({
      municipalityCode: result.municipalityCode,
      rank: result.rank,
      count: result.voteCount,
      score: null,
    }))
    .sort((a, b) => a.rank - b.rank)
}

interface EditionRound {
  round?: string | null
  closesAt?: string | null
}

/**
 * Moves the top `top` of the closed round to the next one in one transaction: each chosen
 * municipality's nomination (created when the rating had none) gets the step's stage and its place
 * as rank, published, so the public vote and the monitor see it. Read and written as the caller
 * (organisers and admins; Payload's access rules hold); the results come from the monitor with the
 * caller's own token. Running it again gives the same nominations: the results of a closed round
 * do not change (a voided rating or vote does change them, which is the point of running again).
 * Nominations outside the top are left as they are: organisers may nominate by hand too.
 */
export async function advanceEdition(
  req: PayloadRequest,
  editionId: number | string,
  step: AdvanceStep,
  top: number,
  now: Date = new Date(),
): Promise<AdvanceResult> {
  const rule = STEPS[step]
  const edition = await req.payload
    .findByID({
      collection: 'election-editions',
      id: editionId,
      depth: 0,
      draft: true,
      overrideAccess: false,
      user: req.user,
      req,
    })
    .catch(() => null)
  if (!edition) {
    throw new AdvanceError(AdvanceErrorCode.NotFound, {
      nl: 'Deze verkiezingseditie bestaat niet.',
      en: 'This election edition does not exist.',
    })
  }
  const round = ((edition.rounds ?? []) as EditionRound[]).find(
    (candidate) => candidate.round === rule.decidedBy,
  )
  if (!round?.closesAt || new Date(round.closesAt) > now) {
    throw new AdvanceError(AdvanceErrorCode.RoundNotClosed, {
      nl: 'De uitslag telt pas als de ronde gesloten is.',
      en: 'The results count only once the round has closed.',
    })
  }

  const chosen = (await rankedResults(req, step, edition.year)).slice(0, top)
  if (chosen.length === 0) {
    throw new AdvanceError(AdvanceErrorCode.NoResults, {
      nl: 'Er zijn nog geen bevestigde resultaten om door te zetten.',
      en: 'There are no confirmed results to move on yet.',
    })
  }

  const { payload } = req
  const transactionID = await payload.db.beginTransaction()
  const inTransaction = { ...req, transactionID: transactionID ?? undefined } as PayloadRequest
  try {
    const nominations: AdvancedNomination[] = []
    for (const [index, result] of chosen.entries()) {
      const rank = index + 1
      const data = { stage: rule.stage, rank, _status: 'published' as const }
      const existing = await payload.find({
        collection: 'nominations',
        where: {
          and: [
            { edition: { equals: edition.id } },
            { municipality: { equals: result.municipalityCode } },
          ],
        },
        depth: 0,
        limit: 1,
        draft: true,
        overrideAccess: false,
        user: req.user,
        req: inTransaction,
      })
      const nomination = existing.docs[0]
      if (nomination) {
        await payload.update({
          collection: 'nominations',
          id: nomination.id,
          data,
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req: inTransaction,
        })
      } else {
        await payload.create({
          collection: 'nominations',
          data: { ...data, edition: edition.id, municipality: result.municipalityCode },
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req: inTransaction,
        })
      }
      nominations.push({
        municipalityCode: result.municipalityCode,
        rank,
        stage: rule.stage,
        count: result.count,
        score: result.score,
        created: !nomination,
      })
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
    return { year: edition.year, step, stage: rule.stage, requested: top, nominations }
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

/** The number of places a step moves on: the step's default, or 1 to {@link MAX_TOP}. */
export function topFor(step: AdvanceStep, requested: unknown): number | undefined {
  if (requested === undefined || requested === null) return STEPS[step].defaultTop
  return typeof requested === 'number' &&
    Number.isInteger(requested) &&
    requested >= 1 &&
    requested <= MAX_TOP
    ? requested
    : undefined
}
