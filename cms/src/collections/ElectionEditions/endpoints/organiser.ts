import {
  addDataAndFileToRequest,
  type Endpoint,
  type PayloadHandler,
  type PayloadRequest,
} from 'payload'
import { hasRole } from '../../Users/roles'
import {
  ADVANCE_STEPS,
  AdvanceError,
  AdvanceErrorCode,
  type AdvanceStep,
  advanceEdition,
  MAX_TOP,
  topFor,
} from '../../../election/advance'
import { callMonitor, MonitorCallError } from '../../../election/monitorClient'
import { localize, type Localized } from '../../../fields/localized'

const problem = (status: number, code: string, message: string) =>
  Response.json({ errors: [{ message, extensions: { code } }] }, { status })

const refuse = (req: PayloadRequest, code: AdvanceErrorCode, text: Localized) =>
  problem(new AdvanceError(code, text).status, code, localize(req, text))

/** Organisers and admins only: everyone else gets 403 (401 without a session). */
function organiserOnly(handler: PayloadHandler): PayloadHandler {
  return async (req) => {
    if (!req.user) {
      return problem(
        401,
        'UNAUTHENTICATED',
        localize(req, { nl: 'Log eerst in.', en: 'Log in first.' }),
      )
    }
    if (!hasRole(req.user, 'admin', 'organiser')) {
      return refuse(req, AdvanceErrorCode.Forbidden, {
        nl: 'Alleen organisatoren en beheerders beheren de uitslag.',
        en: 'Only organisers and admins manage the results.',
      })
    }
    try {
      return await handler(req)
    } catch (error) {
      if (error instanceof AdvanceError)
        return problem(error.status, error.code, localize(req, error.text))
      if (error instanceof MonitorCallError) return problem(error.status, error.code, error.message)
      throw error
    }
  }
}

async function editionYear(req: PayloadRequest): Promise<number | undefined> {
  const id = req.routeParams?.id
  if (typeof id !== 'string' && typeof id !== 'number') return undefined
  if (!/^\d+$/.test(String(id))) return undefined
  const edition = await req.payload
    .findByID({
      collection: 'election-editions',
      id,
      depth: 0,
      draft: true,
      overrideAccess: false,
      user: req.user,
      req,
    })
    .catch(() => null)
  return edition?.year
}

const NOT_FOUND: Localized = {
  nl: 'Deze verkiezingseditie bestaat niet.',
  en: 'This election edition does not exist.',
}

const RESULTS = /* GraphQL */ `
  query ElectionResultsForOrganisers($year: Int!) {
    electionCounts(year: $year) {
      ratings {
        pending
        confirmed
        superseded
        voided
        withdrawn
      }
      votes {
        pending
        confirmed
        superseded
        voided
        withdrawn
      }
    }
    electionRatingResults(year: $year) {
      rank
      municipalityCode
      ratingCount
      overallScore
    }
    electionVoteResults(year: $year) {
      rank
      municipalityCode
      stage
      voteCount
    }
    electionAnomalies(year: $year) {
      networks {
        networkHash
        submissions
        confirmed
        distinctAddresses
      }
      bursts {
        __typename
      }
      fastConfirmations
    }
  }
`

/**
 * `GET /api/election-editions/:id/results`: live counts per state, the ranked rating and vote
 * results and the anomaly report, as the monitor gives them to this organiser.
 */
const results: PayloadHandler = async (req) => {
  const year = await editionYear(req)
  if (year === undefined) return refuse(req, AdvanceErrorCode.NotFound, NOT_FOUND)
  return Response.json({
    year,
    ...(await callMonitor<Record<string, unknown>>(req, RESULTS, { year })),
  })
}

/**
 * `POST /api/election-editions/:id/advance` with `{ "step": "public-vote" | "jury", "top"?: n }`:
 * see {@link advanceEdition}.
 */
const advance: PayloadHandler = async (req) => {
  await addDataAndFileToRequest(req)
  const body = (req.data ?? {}) as { step?: unknown; top?: unknown }
  const step = ADVANCE_STEPS.find((candidate) => candidate === body.step) as AdvanceStep | undefined
  const top = step && topFor(step, body.top)
  if (!step || top === undefined) {
    return refuse(req, AdvanceErrorCode.InvalidInput, {
      nl: `Geef "step" ("public-vote" of "jury") en eventueel "top" (1 tot en met ${MAX_TOP}).`,
      en: `Send "step" ("public-vote" or "jury") and optionally "top" (1 to ${MAX_TOP}).`,
    })
  }
  const id = req.routeParams?.id
  if ((typeof id !== 'string' && typeof id !== 'number') || !/^\d+$/.test(String(id))) {
    return refuse(req, AdvanceErrorCode.NotFound, NOT_FOUND)
  }
  return Response.json(await advanceEdition(req, id, step, top))
}

const VOID = {
  rating: /* GraphQL */ `
    mutation VoidRatingFromCms($input: VoidSubmissionInput!) {
      voidRating(input: $input) {
        id
        kind
        state
        voidedAt
        voidReason
      }
    }
  `,
  vote: /* GraphQL */ `
    mutation VoidVoteFromCms($input: VoidSubmissionInput!) {
      voidVote(input: $input) {
        id
        kind
        state
        voidedAt
        voidReason
      }
    }
  `,
} as const

/**
 * `POST /api/election-editions/:id/void` with `{ "kind": "rating" | "vote", "id", "reason" }`:
 * the monitor voids the submission and keeps it with the reason.
 */
const voidSubmission: PayloadHandler = async (req) => {
  await addDataAndFileToRequest(req)
  const body = (req.data ?? {}) as { kind?: unknown; id?: unknown; reason?: unknown }
  if (
    (body.kind !== 'rating' && body.kind !== 'vote') ||
    typeof body.id !== 'string' ||
    typeof body.reason !== 'string'
  ) {
    return refuse(req, AdvanceErrorCode.InvalidInput, {
      nl: 'Geef "kind" ("rating" of "vote"), "id" en een "reason".',
      en: 'Send "kind" ("rating" or "vote"), "id" and a "reason".',
    })
  }
  if ((await editionYear(req)) === undefined)
    return refuse(req, AdvanceErrorCode.NotFound, NOT_FOUND)
  const data = await callMonitor<Record<string, unknown>>(req, VOID[body.kind], {
    input: { id: body.id, reason: body.reason },
  })
  return Response.json(data)
}

/** What organisers do with an edition's results; the admin's results panel uses these. */
export const organiserEndpoints: Endpoint[] = [
  { path: '/:id/results', method: 'get', handler: organiserOnly(results) },
  { path: '/:id/advance', method: 'post', handler: organiserOnly(advance) },
  { path: '/:id/void', method: 'post', handler: organiserOnly(voidSubmission) },
]
