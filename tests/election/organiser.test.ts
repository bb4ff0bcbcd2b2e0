import { randomBytes, randomUUID } from 'node:crypto'
import type { Browser } from 'playwright-core'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser.js'
import { graphql, startTestPlatform, type TestPlatform } from '../support/platform.js'

/**
 * The organisers' side of the election in the real CMS (the built admin serves Payload's REST
 * API) and the real monitor: live results, voiding with a reason, and the move of the best-rated
 * municipalities to the public vote with one action, which the graph then shows. The confirmed
 * ratings are written into the monitor's table directly: the public flow that produces them (proof
 * of work, e-mail, confirmation) is tested in election.test.ts, and a closed round takes no new
 * ratings.
 */
const YEAR = 2097
const HOUR = 3_600_000
const hex64 = () => randomBytes(32).toString('hex')

let platform: TestPlatform
let monitorDb: pg.Client
let admin: string
let editionId: number
let questionIds: string[]
const tokens: Record<'organiser' | 'editor', string> = { organiser: '', editor: '' }

async function login(email: string): Promise<string> {
  const response = await fetch(`${adminOrigin()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: platform.demoPassword }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

const adminOrigin = () => new URL(platform.urls.admin!).origin

async function cms(
  method: string,
  path: string,
  token: string | undefined,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${adminOrigin()}/api${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

/** `count` confirmed ratings of one municipality, every question answered with `value`. */
async function confirmedRatings(code: string, count: number, value: number): Promise<string[]> {
  const ids: string[] = []
  const answers = Object.fromEntries(questionIds.map((id) => [id, value]))
  const at = new Date(Date.now() - 30 * HOUR)
  for (let i = 0; i < count; i++) {
    const id = randomUUID()
    ids.push(id)
    await monitorDb.query(
      `INSERT INTO "election_submission" ("id", "kind", "edition_year", "municipality_code",
         "state", "email_hash", "email", "answers", "ip_hash", "user_agent_hash",
         "confirm_token_hash", "confirm_expires_at", "withdraw_token_hash", "withdraw_expires_at",
         "submitted_at", "confirmed_at")
       VALUES ($1, 'RATING', $2, $3, 'CONFIRMED', $4, NULL, $5, $6, $7, $8, $9, $10, $9, $9, $9)`,
      [id, YEAR, code, hex64(), JSON.stringify(answers), hex64(), hex64(), hex64(), at, hex64()],
    )
  }
  return ids
}

beforeAll(async () => {
  platform = await startTestPlatform({ admin: true, env: { RATE_LIMIT_POINTS: '100000' } })
  monitorDb = new pg.Client({ connectionString: platform.databaseUrls.monitor })
  await monitorDb.connect()
  tokens.organiser = await login('organisator@example.org')
  tokens.editor = await login('redacteur@example.org')
  admin = await login('admin@example.org')

  // An edition whose rating round closed yesterday; its public vote is next week.
  const at = (offset: number) => new Date(Date.now() + offset).toISOString()
  const created = await cms('POST', '/election-editions', tokens.organiser, {
    year: YEAR,
    theme: 'Organisatortest',
    _status: 'published',
    rounds: [
      { round: 'rating', opensAt: at(-72 * HOUR), closesAt: at(-24 * HOUR) },
      { round: 'public-vote', opensAt: at(168 * HOUR), closesAt: at(192 * HOUR) },
    ],
    ratingQuestions: [
      {
        lifeDomain: 'thuis',
        question: 'Kunt u een geschikte woning vinden?',
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

  // Three municipalities with enough ratings to rank, one with too few.
  await confirmedRatings('GM0363', 12, 5) // Amsterdam: best
  await confirmedRatings('GM1509', 11, 4) // Oude IJsselstreek
  await confirmedRatings('GM0153', 10, 2) // Enschede
  await confirmedRatings('GM0599', 3, 5) // Rotterdam: too few ratings to rank
}, 600_000)

afterAll(async () => {
  await monitorDb?.end()
  await platform?.stop()
})

describe("the election's results for organisers, in the CMS", () => {
  it('refuses anonymous callers (401) and editors (403)', async () => {
    const anonymous = await cms('GET', `/election-editions/${editionId}/results`, undefined)
    expect(anonymous.status).toBe(401)
    for (const path of ['results', 'advance', 'void']) {
      const method = path === 'results' ? 'GET' : 'POST'
      const editor = await cms(
        method,
        `/election-editions/${editionId}/${path}`,
        tokens.editor,
        method === 'POST' ? {} : undefined,
      )
      expect(editor.status, path).toBe(403)
      expect(editor.json).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] })
    }
  })

  it('shows live counts and the ranked results to an organiser', async () => {
    const { status, json } = await cms(
      'GET',
      `/election-editions/${editionId}/results`,
      tokens.organiser,
    )
    expect(status).toBe(200)
    expect(json.electionCounts).toMatchObject({ ratings: { confirmed: 36, pending: 0, voided: 0 } })
    const ranked = json.electionRatingResults as Array<{
      rank: number | null
      municipalityCode: string
    }>
    expect(ranked.filter((r) => r.rank !== null).map((r) => r.municipalityCode)).toEqual([
      'GM0363',
      'GM1509',
      'GM0153',
    ])
    expect(ranked.find((r) => r.municipalityCode === 'GM0599')?.rank).toBeNull()
  })

  it('refuses bad input with a code, and the jury step while the vote is still to come', async () => {
    const bad = await cms('POST', `/election-editions/${editionId}/advance`, tokens.organiser, {
      step: 'finale',
      top: 0,
    })
    expect(bad.status).toBe(400)
    expect(bad.json).toMatchObject({ errors: [{ extensions: { code: 'INVALID_INPUT' } }] })
    const early = await cms('POST', `/election-editions/${editionId}/advance`, tokens.organiser, {
      step: 'jury',
    })
    expect(early.status).toBe(409)
    expect(early.json).toMatchObject({ errors: [{ extensions: { code: 'ROUND_NOT_CLOSED' } }] })
    const missing = await cms('POST', '/election-editions/999999/advance', tokens.organiser, {
      step: 'public-vote',
    })
    expect(missing.status).toBe(404)
  })

  it('moves the top two to the public vote in one action, and the graph shows them', async () => {
    const { status, json } = await cms(
      'POST',
      `/election-editions/${editionId}/advance`,
      tokens.organiser,
      {
        step: 'public-vote',
        top: 2,
      },
    )
    expect(status).toBe(200)
    expect(json).toMatchObject({
      year: YEAR,
      stage: 'nominated',
      nominations: [
        { municipalityCode: 'GM0363', rank: 1, count: 12, created: true },
        { municipalityCode: 'GM1509', rank: 2, count: 11, created: true },
      ],
    })

    const answer = await graphql(
      platform.urls.graphql,
      `
        query ($year: Int!) {
          nominations(edition: $year) {
            edges {
              node {
                municipality {
                  code
                }
                stage
                rank
              }
            }
          }
        }
      `,
      { variables: { year: YEAR } },
    )
    expect(answer.errors).toBeUndefined()
    const nodes = (answer.data?.nominations as { edges: Array<{ node: unknown }> }).edges.map(
      (e) => e.node,
    )
    expect(nodes).toEqual(
      expect.arrayContaining([
        { municipality: { code: 'GM0363' }, stage: 'NOMINATED', rank: 1 },
        { municipality: { code: 'GM1509' }, stage: 'NOMINATED', rank: 2 },
      ]),
    )
    expect(nodes).toHaveLength(2)
  })

  it('voids a rating with a reason (kept), and running the move again follows the new results', async () => {
    // Oude IJsselstreek loses two ratings, falls below the minimum and out of the ranking.
    const rows = await monitorDb.query<{ id: string }>(
      `SELECT "id" FROM "election_submission" WHERE "edition_year" = $1 AND "municipality_code" = 'GM1509' LIMIT 2`,
      [YEAR],
    )
    for (const { id } of rows.rows) {
      const voided = await cms('POST', `/election-editions/${editionId}/void`, admin, {
        kind: 'rating',
        id,
        reason: 'Herhaalde inzending vanaf één netwerk',
      })
      expect(voided.status).toBe(200)
      expect(voided.json).toMatchObject({
        voidRating: { id, state: 'VOIDED', voidReason: 'Herhaalde inzending vanaf één netwerk' },
      })
    }
    const kept = await monitorDb.query(
      `SELECT count(*)::int AS "n" FROM "election_submission" WHERE "state" = 'VOIDED' AND "void_reason" IS NOT NULL`,
    )
    expect(kept.rows[0]).toEqual({ n: 2 })
    const reasonless = await cms('POST', `/election-editions/${editionId}/void`, tokens.organiser, {
      kind: 'rating',
      id: rows.rows[0]!.id,
    })
    expect(reasonless.status).toBe(400)

    const again = await cms('POST', `/election-editions/${editionId}/advance`, tokens.organiser, {
      step: 'public-vote',
      top: 2,
    })
    expect(again.status).toBe(200)
    expect(again.json.nominations).toMatchObject([
      { municipalityCode: 'GM0363', rank: 1, created: false },
      { municipalityCode: 'GM0153', rank: 2, created: true },
    ])
  })
})

describe("the organisers' panel in the admin (real browser)", () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  async function editionPage(email: string) {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await page.goto(`${platform.urls.admin!.replace(/\/$/, '')}/login`)
    await page.getByLabel('E-mail').fill(email)
    await page.getByLabel('Wachtwoord').fill(platform.demoPassword)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    await page.goto(
      `${platform.urls.admin!.replace(/\/$/, '')}/collections/election-editions/${editionId}`,
    )
    return page
  }

  it('shows an organiser the counts and rankings, and moves the top 10 with one button', async () => {
    const page = await editionPage('organisator@example.org')
    const panel = page.getByRole('region', { name: 'Uitslag en beheer' })
    await panel.getByRole('table', { name: 'Inzendingen per status' }).waitFor()
    const ranking = panel.getByRole('table', { name: 'Ranglijst beoordeling' })
    await ranking.waitFor()
    expect(await ranking.getByRole('row').count()).toBe(3) // header, Amsterdam, Enschede
    await panel.getByRole('button', { name: 'Top 10 naar de publieksstemming' }).click()
    const status = panel.getByRole('status')
    await status.filter({ hasText: 'Doorgezet' }).waitFor()
    expect(await status.textContent()).toBe('Doorgezet: 1. GM0363, 2. GM0153')
    await page.context().close()
  })

  it('does not show the panel to an editor', async () => {
    const page = await editionPage('redacteur@example.org')
    await page.getByRole('heading', { level: 1 }).first().waitFor()
    expect(await page.getByRole('region', { name: 'Uitslag en beheer' }).count()).toBe(0)
    await page.context().close()
  })
})
