import { silentLogger } from '@idm/edge'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config'
import { buildMonitorSchema } from '../src/schema'
import { createApolloServer } from '../src/apollo'
import { DEFAULT_LIMITS, startTestMonitor, type TestMonitor } from './support/monitor'
import { TEST_PAYLOAD_SECRET } from './support/tokens'

// A request that reaches the monitor without the gateway meets the same limits.
let monitor: TestMonitor
let endpoint: string

beforeAll(async () => {
  monitor = await startTestMonitor({ http: true })
  endpoint = monitor.url!
})

afterAll(async () => {
  await monitor?.destroy()
})

interface Answer {
  status: number
  data?: unknown
  errors?: { message: string; extensions?: Record<string, unknown> }[]
  elapsedMs: number
}

async function post(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const started = performance.now()
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await response.json()) as Omit<Answer, 'status' | 'elapsedMs'>
  return { status: response.status, ...body, elapsedMs: performance.now() - started }
}

const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code

/** `neighbours { neighbours { … code } }`, `levels` deep. */
function nestedNeighbours(levels: number): string {
  let selection = 'code'
  for (let level = 0; level < levels; level++) selection = `neighbours { ${selection} }`
  return `{ municipality(code: "GM0363") { ${selection} } }`
}

describe('operation limits on the monitor itself', () => {
  it('refuses neighbours nested 8 levels deep before running it, quickly and without SQL', async () => {
    monitor.statements.length = 0

    const answer = await post(nestedNeighbours(8))

    expect(answer.status).toBe(400)
    expect(['QUERY_TOO_COMPLEX', 'QUERY_TOO_DEEP']).toContain(codeOf(answer))
    expect(answer.data).toBeUndefined()
    expect(answer.elapsedMs).toBeLessThan(2_000)
    expect(monitor.statements).toEqual([])
  })

  it('refuses 40 aliases with TOO_MANY_ALIASES', async () => {
    const aliases = Array.from(
      { length: 40 },
      (_, index) => `m${index}: municipality(code: "GM0363") { name }`,
    )

    const answer = await post(`{ ${aliases.join(' ')} }`)

    expect(answer.status).toBe(400)
    expect(codeOf(answer)).toBe('TOO_MANY_ALIASES')
  })

  it('refuses a document of 3000 tokens with TOO_MANY_TOKENS', async () => {
    const answer = await post(`{ ${'__typename '.repeat(3000)}}`)

    expect(answer.status).toBe(400)
    expect(codeOf(answer)).toBe('TOO_MANY_TOKENS')
  })

  it('refuses _entities with 5000 representations with QUERY_TOO_COMPLEX, without SQL', async () => {
    const representations = Array.from({ length: 5000 }, () => ({
      __typename: 'Municipality',
      code: 'GM0363',
    }))
    monitor.statements.length = 0

    const answer = await post(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) {
          ... on Municipality { code name neighbours { code name } }
        }
      }`,
      { representations },
    )

    expect(answer.status).toBe(400)
    expect(codeOf(answer)).toBe('QUERY_TOO_COMPLEX')
    expect(answer.errors?.[0]?.extensions).toMatchObject({ maxCost: DEFAULT_LIMITS.maxCost })
    expect(monitor.statements).toEqual([])
  })

  it('still answers the overview of all 342 municipalities with their neighbours', async () => {
    const answer = await post(
      `{ municipalities(first: 342) { edges { node { code neighbours { code } } } } }`,
    )

    expect(answer.errors).toBeUndefined()
    expect(answer.status).toBe(200)
    const data = answer.data as { municipalities: { edges: unknown[] } }
    expect(data.municipalities.edges).toHaveLength(342)
  })

  it('still answers an entity lookup the gateway makes for a page of municipalities', async () => {
    const answer = await post(
      `query ($representations: [_Any!]!) {
        _entities(representations: $representations) { ... on Municipality { code name } }
      }`,
      { representations: [{ __typename: 'Municipality', code: 'GM0363' }] },
    )

    expect(answer.errors).toBeUndefined()
    expect(answer.data).toEqual({ _entities: [{ code: 'GM0363', name: 'Amsterdam' }] })
  })
})

describe('introspection and schema hints', () => {
  const INTROSPECTION = `{ __schema { types { name } } }`

  it('refuses introspection with INTROSPECTION_DISABLED by default', async () => {
    const answer = await post(INTROSPECTION)

    expect(answer.status).toBe(400)
    expect(codeOf(answer)).toBe('INTROSPECTION_DISABLED')
  })

  it('gives no "Did you mean" hint for a misspelt field', async () => {
    const answer = await post(`{ municipalty(code: "GM0363") { name } }`)

    expect(answer.status).toBe(400)
    expect(codeOf(answer)).toBe('GRAPHQL_VALIDATION_FAILED')
    expect(JSON.stringify(answer.errors)).not.toContain('Did you mean')
  })

  it('allows introspection when GRAPHQL_INTROSPECTION=true', async () => {
    const config = loadConfig({
      MONITOR_DATABASE_URL: monitor.database.url,
      CMS_DATABASE_URL: monitor.sessions.url,
      PAYLOAD_SECRET: TEST_PAYLOAD_SECRET,
      GRAPHQL_INTROSPECTION: 'true',
    })
    const apollo = createApolloServer({
      schema: await buildMonitorSchema(),
      logger: silentLogger,
      limits: config.limits,
      introspection: config.introspection,
    })
    await apollo.start()
    try {
      const response = await apollo.executeOperation(
        { query: INTROSPECTION },
        { contextValue: await monitor.context({}) },
      )

      expect(response.body.kind).toBe('single')
      if (response.body.kind !== 'single') return
      expect(response.body.singleResult.errors).toBeUndefined()
      expect(JSON.stringify(response.body.singleResult.data)).toContain('"Municipality"')
    } finally {
      await apollo.stop()
    }
  })
})
