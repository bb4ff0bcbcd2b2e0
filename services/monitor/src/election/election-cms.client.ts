import { ElectionError, ElectionErrorReason } from './election.errors'

export type ElectionRoundName = 'rating' | 'public-vote' | 'jury'
export type InfluenceLevel = 'direct' | 'partial' | 'indirect'

export interface ElectionRound {
  round: ElectionRoundName
  opensAt: Date
  closesAt: Date
}

export interface RatingQuestion {
  /** The Payload array-row id: stable while the question exists. */
  id: string
  lifeDomain: string
  question: string
  influence: InfluenceLevel
  weight: number
}

export interface ElectionEdition {
  id: string
  year: number
  theme: string | null
  rounds: ElectionRound[]
  ratingQuestions: RatingQuestion[]
}

export interface ElectionNomination {
  municipalityCode: string
  stage: string
  rank: number | null
}

/** What the election reads from the CMS: published editions and nominations only. */
export interface ElectionCms {
  edition(year: number): Promise<ElectionEdition | null>
  nominations(year: number): Promise<ElectionNomination[]>
}

export interface ElectionCmsClientOptions {
  /** The CMS's base URL (CMS_URL), e.g. http://127.0.0.1:3000. */
  baseUrl: string
  /** How long an answer is reused (ms); concurrent misses share one request. */
  ttlMs?: number
  timeoutMs?: number
  now?: () => number
}

interface PayloadList<T> {
  docs: T[]
}

interface PayloadEdition {
  id: string | number
  year: number
  theme?: string | null
  rounds?: Array<{ round: string; opensAt: string; closesAt: string }> | null
  ratingQuestions?: Array<{
    id: string
    lifeDomain: string
    question: string
    influence: string
    weight?: number | null
  }> | null
}

interface PayloadNomination {
  municipality: string
  stage: string
  rank?: number | null
}

const INFLUENCE_LEVELS: readonly string[] = ['direct', 'partial', 'indirect']
const ROUND_NAMES: readonly string[] = ['rating', 'public-vote', 'jury']
// Nominations per edition: the 342 municipalities at most.
const NOMINATION_PAGE = 500

/**
 * Reads editions and nominations anonymously from Payload's REST API, so the CMS's own access
 * rules decide (published only). Answers are cached briefly ({@link ElectionCmsClientOptions.ttlMs},
 * 30 s): an organiser's change reaches the election within that time. Failures are not cached and
 * become ELECTION_UNAVAILABLE; the CMS's URL and answer never reach the caller.
 */
export function createElectionCmsClient(options: ElectionCmsClientOptions): ElectionCms {
  const ttlMs = options.ttlMs ?? 30_000
  const timeoutMs = options.timeoutMs ?? 3_000
  const now = options.now ?? Date.now
  const cache = new Map<string, { at: number; value: Promise<unknown> }>()

  function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = cache.get(key)
    if (hit && now() - hit.at < ttlMs) return hit.value as Promise<T>
    const value = load()
    cache.set(key, { at: now(), value })
    value.catch(() => {
      if (cache.get(key)?.value === value) cache.delete(key)
    })
    return value
  }

  async function get<T>(path: string): Promise<T> {
    let response: Response
    try {
      response = await fetch(`${options.baseUrl}${path}`, {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch {
      throw unavailable()
    }
    if (!response.ok) throw unavailable()
    try {
      return (await response.json()) as T
    } catch {
      throw unavailable()
    }
  }

  const editionDoc = (year: number) =>
    cached(`edition:${year}`, async () => {
      const list = await get<PayloadList<PayloadEdition>>(
        `/api/election-editions?where[year][equals]=${year}&depth=0&limit=1`,
      )
      return list.docs[0] ?? null
    })

  return {
    async edition(year) {
      const doc = await editionDoc(year)
      return doc ? toEdition(doc) : null
    },
    async nominations(year) {
      const doc = await editionDoc(year)
      if (!doc) return []
      return cached(`nominations:${year}`, async () => {
        const list = await get<PayloadList<PayloadNomination>>(
          `/api/nominations?where[edition][equals]=${encodeURIComponent(String(doc.id))}&depth=0&limit=${NOMINATION_PAGE}`,
        )
        return list.docs.map((nomination) => ({
          municipalityCode: nomination.municipality,
          stage: nomination.stage,
          rank: nomination.rank ?? null,
        }))
      })
    },
  }
}

function unavailable(): ElectionError {
  return new ElectionError(
    ElectionErrorReason.CmsUnavailable,
    'The election data cannot be read right now; try again shortly',
  )
}

function toEdition(doc: PayloadEdition): ElectionEdition {
  return {
    id: String(doc.id),
    year: doc.year,
    theme: doc.theme ?? null,
    rounds: (doc.rounds ?? [])
      .filter((row) => ROUND_NAMES.includes(row.round))
      .map((row) => ({
        round: row.round as ElectionRoundName,
        opensAt: new Date(row.opensAt),
        closesAt: new Date(row.closesAt),
      })),
    ratingQuestions: (doc.ratingQuestions ?? [])
      .filter((row) => INFLUENCE_LEVELS.includes(row.influence))
      .map((row) => ({
        id: row.id,
        lifeDomain: row.lifeDomain,
        question: row.question,
        influence: row.influence as InfluenceLevel,
        weight: row.weight ?? 1,
      })),
  }
}

/** Stands in when no CMS is configured (tests of other domains): every read is unavailable. */
export const unavailableElectionCms: ElectionCms = {
  edition: () => Promise.reject(unavailable()),
  nominations: () => Promise.reject(unavailable()),
}
