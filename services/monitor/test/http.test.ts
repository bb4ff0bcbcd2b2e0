import { DEFAULT_HTTP_LIMITS, silentLogger } from '@idm/edge'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SessionStore } from '../src/auth/session-store'
import { createContextFactory } from '../src/context'
import { startHttpServer } from '../src/http'
import { buildMonitorSchema } from '../src/schema'
import { createApolloServer } from '../src/apollo'
import { DEFAULT_LIMITS, startTestMonitor, type TestMonitor } from './support/monitor'
import { TEST_PAYLOAD_SECRET } from './support/tokens'

let monitor: TestMonitor
let origin: string

beforeAll(async () => {
  monitor = await startTestMonitor({ http: true })
  origin = new URL(monitor.url!).origin
})

afterAll(async () => {
  await monitor?.destroy()
})

function postGraphQL(body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
}

interface ErrorBody {
  errors: { message: string; extensions: { code: string } }[]
}

// What must never reach a client: stack frames, file system paths, SQL.
const INTERNALS = /\bat \S+ \(|\/work|node_modules|\bSELECT\b|\bFROM "|\bINSERT\b/

describe('HTTP', () => {
  it('serves GraphQL at /graphql', async () => {
    const response = await postGraphQL({
      query: `{ municipality(code: "GM0363") { name province } }`,
    })

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      data: { municipality: { name: 'Amsterdam', province: 'Noord-Holland' } },
    })
  })

  it('answers GET /health with 200 while the process is up, without touching a dependency', async () => {
    const response = await fetch(`${origin}/health`)

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', service: 'monitor' })
  })

  it('answers GET /ready with 200 JSON naming the database and the session store', async () => {
    const response = await fetch(`${origin}/ready`)

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await response.json()).toEqual({
      status: 'ready',
      service: 'monitor',
      checks: { database: 'ok', sessions: 'ok' },
    })
  })

  it('echoes a well-formed x-request-id and makes one up when none is sent', async () => {
    const echoed = await postGraphQL({ query: '{ __typename }' }, { 'x-request-id': 'trace-42' })
    const generated = await postGraphQL({ query: '{ __typename }' })

    expect(echoed.headers.get('x-request-id')).toBe('trace-42')
    expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('reports BAD_USER_INPUT with HTTP 200 and partial data for a malformed code', async () => {
    const response = await postGraphQL({ query: `{ municipality(code: "Amsterdam") { name } }` })

    const body = (await response.json()) as ErrorBody
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT')
  })

  it('answers 401 with UNAUTHENTICATED when the Authorization header holds an invalid token', async () => {
    const response = await postGraphQL(
      { query: '{ __typename }' },
      { authorization: 'JWT not.a.token' },
    )

    expect(response.status).toBe(401)
    const body = (await response.json()) as ErrorBody
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED')
  })
})

describe('HTTP hygiene: every refusal is JSON with a code and no internals', () => {
  const refusals: [string, () => Promise<Response>, number, string][] = [
    [
      'a body that is not JSON',
      () =>
        fetch(`${origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{not json',
        }),
      400,
      'BAD_REQUEST',
    ],
    [
      'a body over 1 MB',
      () =>
        postGraphQL({ query: '{ __typename }', variables: { padding: 'x'.repeat(1024 * 1024) } }),
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a text/plain body',
      () =>
        fetch(`${origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ query: '{ __typename }' }),
        }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    // A simple cross-site form post cannot reach GraphQL (CSRF).
    [
      'a form post',
      () =>
        fetch(`${origin}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'query={__typename}',
        }),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['an unknown path', () => fetch(`${origin}/elsewhere`), 404, 'NOT_FOUND'],
    [
      'PUT on /graphql',
      () =>
        fetch(`${origin}/graphql`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        }),
      405,
      'METHOD_NOT_ALLOWED',
    ],
  ]

  it.each(refusals)('refuses %s with %i %s', async (_what, send, status, code) => {
    const response = await send()
    const text = await response.text()

    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect((JSON.parse(text) as ErrorBody).errors[0]?.extensions.code).toBe(code)
    expect(text).not.toMatch(INTERNALS)
  })

  it('hides internals in GraphQL errors too (unknown field, bad variables)', async () => {
    const responses = await Promise.all([
      postGraphQL({ query: '{ nope }' }),
      postGraphQL({
        query: 'query ($first: Int) { municipalities(first: $first) { totalCount } }',
        variables: { first: 'many' },
      }),
    ])

    for (const response of responses) {
      expect(response.status).toBe(400)
      expect(await response.text()).not.toMatch(INTERNALS)
    }
  })
})

/** The monitor's HTTP server on the test database, with a session store nothing answers for. */
async function startOnUnreachableSessionStore(): Promise<{
  origin: string
  stop(): Promise<void>
}> {
  // Nothing listens on port 1 of the loopback interface: connections are refused at once.
  const sessions = new SessionStore({
    databaseUrl: 'postgres://postgres@127.0.0.1:1/idm_cms',
    checkTtlMs: 0,
    logger: silentLogger,
  })
  const server = await startHttpServer({
    apollo: createApolloServer({
      schema: await buildMonitorSchema(),
      logger: silentLogger,
      limits: DEFAULT_LIMITS,
      introspection: false,
    }),
    context: createContextFactory(monitor.dataSource, {
      payloadSecret: TEST_PAYLOAD_SECRET,
      sessions,
    }),
    dataSource: monitor.dataSource,
    sessions,
    host: '127.0.0.1',
    port: 0,
    maxBodyBytes: DEFAULT_HTTP_LIMITS.maxBodyBytes,
    logger: silentLogger,
  })
  return {
    origin: new URL(server.url).origin,
    async stop() {
      await server.stop()
      await sessions.close()
    },
  }
}

describe('HTTP with an unreachable session store', () => {
  it('answers GET /ready with 503, naming the session store as unavailable', async () => {
    const running = await startOnUnreachableSessionStore()
    try {
      const response = await fetch(`${running.origin}/ready`)

      expect(response.status).toBe(503)
      expect(await response.json()).toEqual({
        status: 'unavailable',
        service: 'monitor',
        checks: { database: 'ok', sessions: 'unavailable' },
      })
    } finally {
      await running.stop()
    }
  })

  it('stops cleanly: after stop the port accepts no connection', async () => {
    const running = await startOnUnreachableSessionStore()
    const health = `${running.origin}/health`
    expect((await fetch(health)).status).toBe(200)

    await running.stop()

    await expect(fetch(health)).rejects.toThrow()
  })
})
