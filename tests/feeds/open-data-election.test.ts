import { randomBytes, randomUUID } from 'node:crypto'
import { parse } from 'csv-parse/sync'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, startTestPlatform, type TestPlatform } from '../support/platform.js'

/**
 * The election's results as open data (`verkiezing-uitslagen`), through the real gateway, the
 * real monitor and the real CMS (the built admin serves the REST API the monitor reads editions
 * from): a closed round's figures exactly as the graph shows them to anyone, an open round's
 * absent, and present once that round has closed. Confirmed ratings and votes are written into
 * the monitor's table directly, as in tests/election/organiser.test.ts: the public flow that
 * produces them is tested in tests/election/election.test.ts.
 */
const YEAR = 2096
const HOUR = 3_600_000
const hex64 = () => randomBytes(32).toString('hex')
type Cell = string | number | boolean | null

let platform: TestPlatform
let monitorDb: pg.Client
let organiser: string
let editionId: number
let questionIds: string[]

const origin = () => new URL(platform.urls.graphql).origin
const adminOrigin = () => new URL(platform.urls.admin!).origin
const at = (offset: number) => new Date(Date.now() + offset).toISOString()

async function cms(method: string, path: string, body?: unknown) {
  const response = await fetch(`${adminOrigin()}/api${path}`, {
    method,
    headers: {
      authorization: `JWT ${organiser}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

/** `count` confirmed submissions of one kind for one municipality. */
async function confirmed(kind: 'RATING' | 'VOTE', code: string, count: number, value?: number) {
  const answers =
    kind === 'RATING'
      ? JSON.stringify(Object.fromEntries(questionIds.map((id) => [id, value])))
      : null
  const when = new Date(Date.now() - (kind === 'RATING' ? 30 : 1) * HOUR)
  for (let i = 0; i < count; i++) {
    await monitorDb.query(
      `INSERT INTO "election_submission" ("id", "kind", "edition_year", "municipality_code",
         "state", "email_hash", "email", "answers", "ip_hash", "user_agent_hash",
         "confirm_token_hash", "confirm_expires_at", "withdraw_token_hash", "withdraw_expires_at",
         "submitted_at", "confirmed_at")
       VALUES ($1, $2, $3, $4, 'CONFIRMED', $5, NULL, $6, $7, $8, $9, $10, $11, $10, $10, $10)`,
      [randomUUID(), kind, YEAR, code, hex64(), answers, hex64(), hex64(), hex64(), when, hex64()],
    )
  }
}

/** The file as CSV: its header and the rows under it, as objects by column. */
async function downloadCsv() {
  const csvResponse = await fetch(`${origin()}/open-data/verkiezing-uitslagen.csv`)
  expect(csvResponse.status).toBe(200)
  expect(csvResponse.headers.get('content-type')).toBe('text/csv; charset=utf-8')
  const text = await csvResponse.text()
  const [header, ...csv] = parse(text.replace(/^\uFEFF/, '')) as string[][]
  const rows = csv.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]!])))
  return { header: header!, csv, rows }
}

/** The file as JSON. */
async function downloadJson() {
  const jsonResponse = await fetch(`${origin()}/open-data/verkiezing-uitslagen.json`)
  expect(jsonResponse.status).toBe(200)
  const json = (await jsonResponse.json()) as {
    licence: { id: string }
    synthetic: boolean
    columns: string[]
    rows: Array<Record<string, Cell>>
  }
  expect(json.licence.id).toBe('CC0-1.0')
  expect(json.synthetic).toBe(false)
  return json
}

/** The file as CSV (rows under its header) and as JSON; both must hold the same cells. */
async function download() {
  const { header, csv, rows } = await downloadCsv()
  const json = await downloadJson()
  expect(header).toEqual(json.columns)
  expect(csv.length).toBe(json.rows.length)
  for (const [index, row] of json.rows.entries()) {
    expect(csv[index]).toEqual(json.columns.map((column) => csvCell(row[column] ?? null)))
  }
  return rows
}

const csvCell = (cell: Cell) => (cell === null ? '' : String(cell))

interface RatingResult {
  rank: number | null
  municipalityCode: string
  ratingCount: number
  overallScore: number | null
  municipality: { name: string } | null
  lifeDomains: Array<{ lifeDomainSlug: string; score: number | null; answerCount: number }>
}
interface VoteResult {
  rank: number
  municipalityCode: string
  stage: string
  voteCount: number
}

/** What the graph shows an anonymous caller, or the refusal's code and reason. */
async function anonymous<T>(query: string): Promise<T | string> {
  const answer = await graphql(platform.urls.graphql, query, { variables: { year: YEAR } })
  const error = answer.errors?.[0] as { extensions?: { code?: string; reason?: string } }
  if (error) return `${error.extensions?.code} ${error.extensions?.reason}`
  return (answer.data as { results: T }).results
}

const RATING_QUERY = `query ($year: Int!) { results: electionRatingResults(year: $year) {
  rank municipalityCode ratingCount overallScore municipality { name }
  lifeDomains { lifeDomainSlug score answerCount } } }`
const VOTE_QUERY = `query ($year: Int!) { results: electionVoteResults(year: $year) {
  rank municipalityCode stage voteCount } }`

beforeAll(async () => {
  platform = await startTestPlatform({ admin: true, env: { RATE_LIMIT_POINTS: '100000' } })
  monitorDb = new pg.Client({ connectionString: platform.databaseUrls.monitor })
  await monitorDb.connect()
  const login = await fetch(`${adminOrigin()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'organisator@example.org', password: platform.demoPassword }),
  })
  organiser = ((await login.json()) as { token: string }).token

  // The rating round closed yesterday; the public vote opened an hour ago and is still open.
  const created = await cms('POST', '/election-editions', {
    year: YEAR,
    theme: 'Open data',
    _status: 'published',
    rounds: [
      { round: 'rating', opensAt: at(-72 * HOUR), closesAt: at(-24 * HOUR) },
      { round: 'public-vote', opensAt: at(-2 * HOUR), closesAt: at(168 * HOUR) },
    ],
    ratingQuestions: [
      {
        lifeDomain: 'thuis',
        question: 'Kunt u een woning vinden?',
        influence: 'partial',
        weight: 2,
      },
      {
        lifeDomain: 'vervoer',
        question: 'Zijn de haltes toegankelijk?',
        influence: 'direct',
        weight: 1,
      },
    ],
  })
  expect(created.status).toBe(201)
  const doc = created.json.doc as { id: number; ratingQuestions: Array<{ id: string }> }
  editionId = doc.id
  questionIds = doc.ratingQuestions.map((question) => question.id)

  await confirmed('RATING', 'GM0363', 12, 5) // Amsterdam: best
  await confirmed('RATING', 'GM1509', 11, 4) // Oude IJsselstreek
  await confirmed('RATING', 'GM0599', 3, 5) // Rotterdam: too few ratings for a public score
  // The top two go to the public vote (their nominations are created), then votes come in.
  const advanced = await cms('POST', `/election-editions/${editionId}/advance`, {
    step: 'public-vote',
    top: 2,
  })
  expect(advanced.status).toBe(200)
  await confirmed('VOTE', 'GM1509', 4)
  await confirmed('VOTE', 'GM0363', 2)
}, 600_000)

afterAll(async () => {
  await monitorDb?.end()
  await platform?.stop()
})

describe('the election results as open data', () => {
  it('lists verkiezing-uitslagen as available, CC0, not synthetic', async () => {
    const response = await fetch(`${origin()}/open-data/`)
    const index = (await response.json()) as {
      datasets: Array<{ name: string; available: boolean; synthetic: boolean; urls?: unknown }>
    }
    expect(index.datasets.find((dataset) => dataset.name === 'verkiezing-uitslagen')).toMatchObject(
      {
        available: true,
        synthetic: false,
        urls: {
          csv: '/open-data/verkiezing-uitslagen.csv',
          json: '/open-data/verkiezing-uitslagen.json',
        },
      },
    )
  })

  it("holds the closed rating round as the graph gives it, and none of the open vote's figures", async () => {
    const rows = (await download()).filter((row) => row.editie === String(YEAR))
    const rating = await anonymous<RatingResult[]>(RATING_QUERY)
    if (typeof rating === 'string') throw new Error(rating)
    const expected = rating.flatMap((result) => {
      const where = [csvCell(result.rank), result.municipalityCode, result.municipality!.name]
      return [
        [...where, 'ALL', csvCell(result.overallScore), String(result.ratingCount), ''],
        ...result.lifeDomains.map((domain) => [
          ...where,
          domain.lifeDomainSlug,
          csvCell(domain.score),
          String(result.ratingCount),
          String(domain.answerCount),
        ]),
      ]
    })
    expect(rows.every((row) => row.ronde === 'beoordeling')).toBe(true)
    expect(
      rows.map((row) => [
        row.plaats,
        row.gemeente_code,
        row.gemeente,
        row.levensdomein_code,
        row.score,
        row.beoordelingen,
        row.antwoorden,
      ]),
    ).toEqual(expected)
    // What that means: two ranked municipalities; Rotterdam's three ratings give no public score.
    const totals = rows.filter((row) => row.levensdomein_code === 'ALL')
    expect(totals.map((row) => [row.plaats, row.gemeente_code, row.beoordelingen])).toEqual([
      ['1', 'GM0363', '12'],
      ['2', 'GM1509', '11'],
      ['', 'GM0599', '3'],
    ])
    expect(totals.map((row) => row.score)).toEqual([
      expect.stringMatching(/\d/),
      expect.stringMatching(/\d/),
      '',
    ])
    expect(
      rows.filter((row) => row.gemeente_code === 'GM0599').every((row) => row.score === ''),
    ).toBe(true)
    for (const row of rows) {
      expect(row.synthetisch).toBe('false')
      expect(Date.parse(row.ronde_gesloten_op!)).toBeLessThan(Date.now())
      expect([row.stemmen, row.fase]).toEqual(['', ''])
    }
    // The vote is open: the graph refuses its figures, and the file has none.
    expect(await anonymous(VOTE_QUERY)).toBe('FORBIDDEN RESULTS_NOT_PUBLIC')
  })

  it('adds the public vote once it has closed, as the graph gives it', async () => {
    const closed = await cms('PATCH', `/election-editions/${editionId}`, {
      _status: 'published',
      rounds: [
        { round: 'rating', opensAt: at(-72 * HOUR), closesAt: at(-24 * HOUR) },
        { round: 'public-vote', opensAt: at(-2 * HOUR), closesAt: at(-60_000) },
      ],
    })
    expect(closed.status).toBe(200)
    // The monitor keeps the CMS's editions 30 s: until it sees the close, it still refuses. It
    // only ever moves from refusing to answering, so both files come first: a refusal after them
    // means they were made before the close was seen, and neither may hold a vote. (While it
    // moves, the two files are two requests at two moments: the same cells are asserted below,
    // once the graph answers.)
    const isVote = (row: Record<string, unknown>) =>
      String(row.editie) === String(YEAR) && row.ronde === 'publieksstemming'
    let votes: VoteResult[] | string
    for (let tries = 0; ; tries++) {
      const csvBefore = (await downloadCsv()).rows
      const jsonBefore = (await downloadJson()).rows
      votes = await anonymous<VoteResult[]>(VOTE_QUERY)
      if (typeof votes !== 'string' || tries >= 45) break
      expect(csvBefore.filter(isVote)).toEqual([])
      expect(jsonBefore.filter(isVote)).toEqual([])
      await new Promise((resolve) => setTimeout(resolve, 1_000))
    }
    if (typeof votes === 'string') throw new Error(votes)
    const rows = (await download()).filter(
      (row) => row.editie === String(YEAR) && row.ronde === 'publieksstemming',
    )
    expect(rows.map((row) => [row.plaats, row.gemeente_code, row.stemmen, row.fase])).toEqual(
      votes.map((vote) => [
        String(vote.rank),
        vote.municipalityCode,
        String(vote.voteCount),
        vote.stage,
      ]),
    )
    expect(rows.map((row) => [row.plaats, row.gemeente_code, row.stemmen])).toEqual([
      ['1', 'GM1509', '4'],
      ['2', 'GM0363', '2'],
    ])
    for (const row of rows) {
      expect([row.levensdomein_code, row.score, row.beoordelingen, row.antwoorden]).toEqual([
        '',
        '',
        '',
        '',
      ])
    }
  }, 90_000)

  it('holds the demo editions as the graph gives them (closed long ago; no ratings were cast here)', async () => {
    const rows = await download()
    for (const year of [2021, 2024]) {
      const answer = await graphql(platform.urls.graphql, VOTE_QUERY, { variables: { year } })
      expect(answer.errors).toBeUndefined()
      const votes = (answer.data as { results: VoteResult[] }).results
      expect(votes.length).toBeGreaterThan(0)
      expect(
        rows
          .filter((row) => row.editie === String(year))
          .map((row) => [row.ronde, row.gemeente_code, row.stemmen, row.fase]),
      ).toEqual(
        votes.map((vote) => [
          'publieksstemming',
          vote.municipalityCode,
          String(vote.voteCount),
          vote.stage,
        ]),
      )
    }
  })
})
