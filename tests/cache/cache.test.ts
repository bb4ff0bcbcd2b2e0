import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPlatform, type TestPlatform } from '../support/platform.js'

/**
 * The gateway's response cache through the real gateway, subgraphs and CMS: anonymous public
 * answers are cached (MISS, then HIT), and every change an editor or a municipality publishes
 * shows within a second — the cap on every entry's life (RESPONSE_CACHE_MAX_AGE_SECONDS=1, the
 * default). Nothing private, erroneous or asked with credentials is stored.
 */
const INVALIDATION_WINDOW_MS = 1_000
// Polling and one gateway round trip on a shared machine, on top of the window.
const SLACK_MS = 400

interface Answer {
  status: number
  cache: string | null
  cacheControl: string | null
  json: {
    data?: Record<string, unknown> | null
    errors?: Array<{ message: string; extensions?: { code?: string } }>
  }
}

const PRODUCT = 'query Product($slug: String!) { knowledgeProduct(slug: $slug) { title } }'
const SCORES =
  '{ municipality(code: "GM0363") { name publishedScores { measurementId title publishedAt } } }'

describe('response cache through the real gateway', () => {
  let platform: TestPlatform
  const cms = () => new URL(platform.urls.admin!).origin
  const measured: Record<string, number> = {}

  beforeAll(async () => {
    platform = await startTestPlatform({
      admin: true,
      // Polling every few milliseconds from one address: above the production limits.
      env: { LOGIN_RATE_LIMIT_POINTS: '200', RATE_LIMIT_POINTS: '100000' },
    })
  })
  afterAll(async () => {
    console.info('cache invalidation, ms after the change:', measured)
    await platform?.stop()
  })

  async function ask(
    body: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const response = await fetch(platform.urls.graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
    return {
      status: response.status,
      cache: response.headers.get('x-cache'),
      cacheControl: response.headers.get('cache-control'),
      json: (await response.json()) as Answer['json'],
    }
  }

  async function login(email: string): Promise<string> {
    const response = await fetch(`${cms()}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: platform.demoPassword }),
    })
    expect(response.status, `login ${email}`).toBe(200)
    return ((await response.json()) as { token: string }).token
  }

  async function rest(token: string, method: string, path: string, body?: unknown) {
    const response = await fetch(`${cms()}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await response.json()) as { doc?: { id: number } }
    expect(response.status, `${method} ${path}: ${JSON.stringify(json)}`).toBe(
      method === 'POST' ? 201 : 200,
    )
    return json
  }

  /** MISS, then HIT: the answer is now in the cache. */
  async function cached(body: Record<string, unknown>): Promise<Answer> {
    const first = await ask(body)
    const second = await ask(body)
    expect(second.cache, JSON.stringify(second.json)).toBe('HIT')
    expect(second.json).toEqual(first.json)
    return second
  }

  /** Polls anonymously until `shows` holds; returns the milliseconds since `since`. */
  async function shownAfter(
    body: Record<string, unknown>,
    shows: (answer: Answer) => boolean,
    since: number,
  ): Promise<number> {
    for (;;) {
      const answer = await ask(body)
      const elapsed = Date.now() - since
      if (shows(answer)) return elapsed
      if (elapsed > INVALIDATION_WINDOW_MS + 5_000) throw new Error('the change never showed')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  }

  it('shows a published, changed and unpublished knowledge product within a second', async () => {
    const editor = await login('redacteur@example.org')
    const slug = `cache-test-${Date.now()}`
    const created = await rest(editor, 'POST', '/api/knowledge-products?draft=true', {
      title: 'Concept over caching',
      slug,
      type: 'handreiking',
      _status: 'draft',
    })
    const id = created.doc!.id
    const body = { query: PRODUCT, variables: { slug } }
    const title = (answer: Answer) =>
      (answer.json.data?.knowledgeProduct as { title?: string } | null)?.title

    // An unpublished product is null for anonymous readers, and that answer is cached.
    expect((await cached(body)).json.data).toEqual({ knowledgeProduct: null })

    await rest(editor, 'PATCH', `/api/knowledge-products/${id}`, {
      title: 'Handreiking caching',
      _status: 'published',
    })
    measured.publish = await shownAfter(body, (a) => title(a) === 'Handreiking caching', Date.now())

    await cached(body)
    await rest(editor, 'PATCH', `/api/knowledge-products/${id}`, {
      title: 'Handreiking caching, herzien',
    })
    measured.change = await shownAfter(
      body,
      (a) => title(a) === 'Handreiking caching, herzien',
      Date.now(),
    )

    await cached(body)
    await rest(editor, 'PATCH', `/api/knowledge-products/${id}`, { _status: 'draft' })
    measured.unpublish = await shownAfter(
      body,
      (a) => a.json.data?.knowledgeProduct === null,
      Date.now(),
    )

    for (const elapsed of [measured.publish, measured.change, measured.unpublish]) {
      expect(elapsed).toBeLessThan(INVALIDATION_WINDOW_MS + SLACK_MS)
    }
  })

  it("shows a municipality's newly published measurement within a second", async () => {
    const official = await login('gemeente.amsterdam@example.org')
    const body = { query: SCORES }
    const before = (await cached(body)).json.data?.municipality as {
      publishedScores: { measurementId: string } | null
    }

    const mutate = async (query: string, variables: Record<string, unknown>) => {
      const answer = await ask({ query, variables }, { authorization: `JWT ${official}` })
      expect(answer.json.errors, query).toBeUndefined()
      expect(answer.cache).toBe('MISS')
      return answer.json.data as Record<string, { id?: string }>
    }
    const started = await mutate(
      `mutation Start($title: String!) { startMeasurement(input: { municipalityCode: "GM0363", title: $title, perspectives: [RESIDENTS], topics: ["vervoer"] }) { id } }`,
      { title: `Cachetest ${Date.now()}` },
    )
    const measurementId = started.startMeasurement!.id!
    await mutate(
      `mutation Respond($id: ID!) { submitAssessmentResponse(input: { measurementId: $id, perspective: RESIDENTS, topic: "vervoer", score: 7 }) { id } }`,
      { id: measurementId },
    )
    await mutate(
      'mutation Close($id: ID!) { closeMeasurement(input: { measurementId: $id }) { status } }',
      { id: measurementId },
    )
    // The old scores are still cached right before the publication.
    expect((await ask(body)).json.data?.municipality).toEqual(before)
    await mutate(
      'mutation Publish($id: ID!) { publishMeasurement(input: { measurementId: $id }) { status } }',
      { id: measurementId },
    )
    measured.measurement = await shownAfter(
      body,
      (a) =>
        (a.json.data?.municipality as { publishedScores?: { measurementId: string } })
          ?.publishedScores?.measurementId === measurementId,
      Date.now(),
    )
    expect(measured.measurement).toBeLessThan(INVALIDATION_WINDOW_MS + SLACK_MS)
  })

  it("never serves a logged-in caller from the cache, nor stores the caller's answer", async () => {
    const editor = await login('redacteur@example.org')
    const slug = `cache-draft-${Date.now()}`
    await rest(editor, 'POST', '/api/knowledge-products?draft=true', {
      title: 'Alleen voor redacteuren',
      slug,
      type: 'handreiking',
      _status: 'draft',
    })
    const body = { query: PRODUCT, variables: { slug } }
    const anonymous = await cached(body)
    expect(anonymous.json.data).toEqual({ knowledgeProduct: null })

    // The editor sees the draft: not the cached anonymous null, and never stored for others.
    for (let i = 0; i < 2; i++) {
      const asEditor = await ask(body, { authorization: `JWT ${editor}` })
      expect(asEditor.cache).toBe('MISS')
      expect(asEditor.cacheControl).toBe('private, no-store')
      expect(asEditor.json.data).toEqual({ knowledgeProduct: { title: 'Alleen voor redacteuren' } })
      const asCookie = await ask(body, { cookie: `payload-token=${editor}` })
      expect(asCookie.cache).toBe('MISS')
      expect(asCookie.json.data).toEqual({ knowledgeProduct: { title: 'Alleen voor redacteuren' } })
    }
    await new Promise((resolve) => setTimeout(resolve, INVALIDATION_WINDOW_MS + 50))
    const later = await ask(body)
    expect(later.cache).toBe('MISS')
    expect(later.json.data).toEqual({ knowledgeProduct: null })
  })

  it('never lets two different variables share an entry', async () => {
    const first = await cached({ query: PRODUCT, variables: { slug: 'does-not-exist-a' } })
    const codes = `query Town($code: String!) { municipality(code: $code) { code name } }`
    await cached({ query: codes, variables: { code: 'GM0363' } })
    const other = await ask({ query: codes, variables: { code: 'GM0014' } })
    expect(other.cache).toBe('MISS')
    expect(other.json.data).toEqual({ municipality: { code: 'GM0014', name: 'Groningen' } })
    expect(first.json.data).toEqual({ knowledgeProduct: null })
  })

  it('does not cache an answer with errors', async () => {
    const body = {
      query: '{ municipality(code: "GM0363") { name measurements(first: 1) { totalCount } } }',
    }
    for (let i = 0; i < 2; i++) {
      const answer = await ask(body)
      expect(answer.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
      expect(answer.cache).toBe('MISS')
      expect(answer.cacheControl).toBe('no-store')
    }
  })

  it('never stores an answer that asks for private data, even when it is null', async () => {
    const editions = await ask({
      query: '{ electionEditions(first: 1) { edges { node { year } } } }',
    })
    const year = (
      editions.json.data?.electionEditions as { edges: Array<{ node: { year: number } }> }
    ).edges[0]!.node.year
    const body = {
      query: `query Contacts($year: Int!) { nominations(edition: $year, first: 5) { edges { node { municipalityName campaignContact { email } organiserNotes } } } }`,
      variables: { year },
    }
    for (let i = 0; i < 2; i++) {
      const answer = await ask(body)
      expect(answer.json.errors).toBeUndefined()
      expect(answer.cache).toBe('MISS')
      expect(answer.cacheControl).toBe('no-store')
    }
    // The same nominations without the personal fields are public and cached.
    await cached({
      query: `query Names($year: Int!) { nominations(edition: $year, first: 5) { edges { node { municipalityName } } } }`,
      variables: { year },
    })
  })

  it('serves an automatic persisted query by its hash once the document is registered', async () => {
    const query = '{ lifeDomains(first: 3) { edges { node { slug } } } }'
    const extensions = {
      persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') },
    }
    const unknown = await ask({ extensions })
    expect(unknown.json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    const registered = await ask({ query, extensions })
    expect(registered.json.errors).toBeUndefined()
    const byHash = await ask({ extensions })
    expect(byHash.json).toEqual(registered.json)
    expect(byHash.cache).toBe('HIT')
  })
})
