import { silentLogger } from '@idm/edge'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../src/config.js'
import { authorizationFromHeaders } from '../src/context.js'
import { startGateway, type RunningGateway } from '../src/app.js'
import { type Handler, standInSubgraph } from './support/stand-in-subgraph.js'

const amsterdam: Handler = (_req, _body, res) => {
  res.setHeader('content-type', 'application/json')
  res.end(
    JSON.stringify({ data: { municipality: { name: 'Amsterdam', province: 'Noord-Holland' } } }),
  )
}

interface Answer {
  status: number
  headers: Headers
  text: string
  json: {
    data?: Record<string, unknown> | null
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>
  }
}

async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, init)
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, json: JSON.parse(text) }
}

function post(url: string, query: string, headers: Record<string, string> = {}) {
  return send(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  })
}

/** What must never reach a client: stack frames, file paths, internal addresses, raw bodies. */
function expectNoInternals(answer: Answer, internalUrls: string[] = []) {
  expect(answer.text).not.toMatch(/\n\s+at |node_modules|\/work\/|\.ts:\d+|<html|<pre/i)
  for (const url of internalUrls) expect(answer.text).not.toContain(new URL(url).host)
}

const codes = (answer: Answer) => answer.json.errors?.map((error) => error.extensions?.code)

describe('gateway', () => {
  const monitor = standInSubgraph(amsterdam)
  let monitorUrl: string
  let gateway: RunningGateway
  const contentUrl = 'http://127.0.0.1:9/graphql' // nothing listens there

  beforeAll(async () => {
    monitorUrl = await monitor.listen()
    gateway = await startGateway(
      loadConfig({
        GATEWAY_PORT: '0',
        MONITOR_URL: monitorUrl,
        CONTENT_URL: contentUrl,
        SUBGRAPH_TIMEOUT_MS: '300',
        SUBGRAPH_MAX_RESPONSE_BYTES: '10000',
        MAX_BODY_BYTES: '16384',
        RATE_LIMIT: 'off',
      }),
      silentLogger,
    )
  })
  afterAll(async () => {
    await gateway?.stop()
    await monitor.close()
  })
  beforeEach(() => monitor.answer(amsterdam))

  const origin = () => new URL(gateway.url).origin

  it('routes a query planned from the committed supergraph to the monitor subgraph', async () => {
    const answer = await post(gateway.url, '{ municipality(code: "GM0363") { name province } }')
    expect(answer.json).toEqual({
      data: { municipality: { name: 'Amsterdam', province: 'Noord-Holland' } },
    })
  })

  it("forwards the caller's Authorization header to the subgraph unchanged", async () => {
    await post(gateway.url, '{ municipality(code: "GM0363") { name } }', {
      authorization: 'JWT abc.def.ghi',
    })
    expect(monitor.received.at(-1)?.headers.authorization).toBe('JWT abc.def.ghi')
  })

  it('sends no Authorization header for an anonymous caller', async () => {
    await post(gateway.url, '{ municipality(code: "GM0014") { name } }')
    expect(monitor.received.at(-1)?.headers.authorization).toBeUndefined()
  })

  it("passes the caller's request id to the subgraph and back, or makes one", async () => {
    const answer = await post(gateway.url, '{ municipality(code: "GM0014") { name } }', {
      'x-request-id': 'trace-42',
    })
    expect(answer.headers.get('x-request-id')).toBe('trace-42')
    expect(monitor.received.at(-1)?.headers['x-request-id']).toBe('trace-42')

    const generated = await post(gateway.url, '{ municipality(code: "GM0014") { name } }')
    const id = generated.headers.get('x-request-id')
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(monitor.received.at(-1)?.headers['x-request-id']).toBe(id)
  })

  it("passes the caller's address and user agent to the subgraph, never one the caller made up", async () => {
    await post(gateway.url, '{ municipality(code: "GM0014") { name } }', {
      'x-forwarded-for': '203.0.113.7',
      'user-agent': 'Kiezer/1.0',
    })
    const headers = monitor.received.at(-1)?.headers
    // TRUST_PROXY is off here: the caller's own X-Forwarded-For is not believed.
    expect(headers?.['x-forwarded-for']).toBe('127.0.0.1')
    expect(headers?.['user-agent']).toBe('Kiezer/1.0')
  })

  describe('refuses hostile operations before they reach a subgraph', () => {
    const nested = (levels: number) =>
      `{ municipality(code: "GM0363") { ${'neighbours { '.repeat(levels)}code${' }'.repeat(levels)} } }`

    it.each([
      ['QUERY_TOO_DEEP', nested(14)],
      ['QUERY_TOO_COMPLEX', nested(6)],
      [
        'QUERY_TOO_COMPLEX',
        `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: municipalities(first: 500) { edges { node { neighbours { code } } } }`).join(' ')} }`,
      ],
      [
        'TOO_MANY_ALIASES',
        `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: municipality(code: "GM0363") { name }`).join(' ')} }`,
      ],
      ['TOO_MANY_TOKENS', `{ municipality(code: "GM0363") { ${'name '.repeat(3000)} } }`],
      [
        'TOO_MANY_DIRECTIVES',
        `{ municipality(code: "GM0363") { name ${'@include(if: true) '.repeat(40)} } }`,
      ],
      ['INTROSPECTION_DISABLED', '{ __schema { types { name } } }'],
    ])('%s', async (code, query) => {
      const before = monitor.received.length
      const answer = await post(gateway.url, query)
      expect(answer.status).toBe(400)
      expect(codes(answer)).toContain(code)
      expect(answer.json.data).toBeUndefined()
      expect(monitor.received.length).toBe(before)
      expectNoInternals(answer)
    })

    it('weighs a list by its first: the 342-municipality overview passes', async () => {
      monitor.answer((_req, _body, res) => {
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ data: { municipalities: { edges: [] } } }))
      })
      const answer = await post(
        gateway.url,
        '{ municipalities(first: 342) { edges { node { code name neighbours { code name } } } } }',
      )
      expect(answer.json.errors).toBeUndefined()
    })

    it('suggests no field names to a stranger', async () => {
      const answer = await post(gateway.url, '{ municipality(code: "GM0363") { nam } }')
      expect(answer.status).toBe(400)
      expect(answer.text).not.toMatch(/Did you mean/)
    })
  })

  describe('answers JSON with a code for every malformed request', () => {
    it.each([
      ['not JSON', { 'content-type': 'application/json' }, '{"query": ', 400, 'BAD_REQUEST'],
      [
        'too large',
        { 'content-type': 'application/json' },
        JSON.stringify({ query: `{ ${'x'.repeat(20_000)} }` }),
        413,
        'PAYLOAD_TOO_LARGE',
      ],
      [
        'not JSON content',
        { 'content-type': 'text/plain' },
        '{ municipality(code: "GM0363") { name } }',
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
    ])('%s', async (_name, headers, body, status, code) => {
      const answer = await send(gateway.url, { method: 'POST', headers, body })
      expect(answer.status).toBe(status)
      expect(answer.headers.get('content-type')).toMatch(/application\/json/)
      expect(codes(answer)).toEqual([code])
      expectNoInternals(answer)
    })

    it('an unknown route is a JSON 404 NOT_FOUND', async () => {
      const answer = await send(`${origin()}/nope/../../etc/passwd`)
      expect(answer.status).toBe(404)
      expect(codes(answer)).toEqual(['NOT_FOUND'])
    })

    it('another method is a JSON 405 METHOD_NOT_ALLOWED', async () => {
      const answer = await send(gateway.url, { method: 'PUT' })
      expect(answer.status).toBe(405)
      expect(codes(answer)).toEqual(['METHOD_NOT_ALLOWED'])
    })

    it('a GET without a query is a coded 400', async () => {
      const answer = await send(gateway.url, { headers: { 'apollo-require-preflight': '1' } })
      expect(answer.status).toBe(400)
      expect(codes(answer)).toEqual(['BAD_REQUEST'])
    })
  })

  describe('a failing subgraph costs its own fields, nothing more, and leaks nothing', () => {
    it('a subgraph that is down: SUBGRAPH_UNAVAILABLE naming it', async () => {
      const answer = await post(
        gateway.url,
        '{ knowledgeProducts(first: 1) { edges { node { title } } } }',
      )
      expect(answer.status).toBe(200)
      expect(answer.json.errors?.[0]?.extensions).toEqual({
        code: 'SUBGRAPH_UNAVAILABLE',
        subgraph: 'content',
      })
      expectNoInternals(answer, [contentUrl])
    })

    it('a subgraph that hangs: SUBGRAPH_TIMEOUT within the timeout', async () => {
      monitor.answer(monitor.hang)
      const started = Date.now()
      const answer = await post(gateway.url, '{ municipality(code: "GM0363") { name } }')
      expect(Date.now() - started).toBeLessThan(3_000)
      expect(answer.json.data).toEqual({ municipality: null })
      expect(answer.json.errors?.[0]?.extensions).toEqual({
        code: 'SUBGRAPH_TIMEOUT',
        subgraph: 'monitor',
      })
      expectNoInternals(answer, [monitorUrl])
    })

    it('an HTML error page: SUBGRAPH_UNAVAILABLE, without the page', async () => {
      monitor.answer((_req, _body, res) => {
        res.writeHead(502, { 'content-type': 'text/html' })
        res.end(
          '<html><pre>Error at /srv/app/secret.js:12 postgres://admin:pw@10.0.0.5</pre></html>',
        )
      })
      const answer = await post(gateway.url, '{ municipality(code: "GM0363") { name } }')
      expect(answer.json.errors?.[0]?.extensions).toEqual({
        code: 'SUBGRAPH_UNAVAILABLE',
        subgraph: 'monitor',
      })
      expect(answer.text).not.toMatch(/secret|postgres|10\.0\.0\.5/)
      expectNoInternals(answer, [monitorUrl])
    })

    it('an answer over the size cap: SUBGRAPH_RESPONSE_TOO_LARGE', async () => {
      monitor.answer((_req, _body, res) => {
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify({ data: { municipality: { name: 'x'.repeat(50_000) } } }))
      })
      const answer = await post(gateway.url, '{ municipality(code: "GM0363") { name } }')
      expect(answer.json.errors?.[0]?.extensions).toEqual({
        code: 'SUBGRAPH_RESPONSE_TOO_LARGE',
        subgraph: 'monitor',
      })
    })

    it('an unexpected subgraph error is masked', async () => {
      monitor.answer((_req, _body, res) => {
        res.setHeader('content-type', 'application/json')
        res.end(
          JSON.stringify({
            data: { municipality: null },
            errors: [
              { message: 'relation "x" does not exist at /srv/db.ts:3', path: ['municipality'] },
            ],
          }),
        )
      })
      const answer = await post(gateway.url, '{ municipality(code: "GM0363") { name } }')
      expect(answer.json.errors?.[0]).toMatchObject({
        message: 'Internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR', subgraph: 'monitor' },
      })
      expect(answer.text).not.toMatch(/relation|db\.ts/)
    })

    it("a subgraph's 401 makes the whole answer 401 UNAUTHENTICATED, without data", async () => {
      monitor.answer((_req, _body, res) => {
        res.writeHead(401, { 'content-type': 'application/json' })
        res.end(
          JSON.stringify({
            errors: [
              {
                message: 'The login token has expired; log in again',
                extensions: {
                  code: 'UNAUTHENTICATED',
                  reason: 'EXPIRED_TOKEN',
                  http: { status: 401 },
                },
              },
            ],
          }),
        )
      })
      const answer = await post(gateway.url, '{ municipality(code: "GM0363") { name } }', {
        authorization: 'JWT expired',
      })
      expect(answer.status).toBe(401)
      expect(answer.json).toEqual({
        errors: [
          {
            message: 'The login token has expired; log in again',
            extensions: { code: 'UNAUTHENTICATED', reason: 'EXPIRED_TOKEN', subgraph: 'monitor' },
          },
        ],
      })
    })
  })

  it('answers its health check; /ready reports each subgraph', async () => {
    const health = await send(`${origin()}/health`)
    expect(health.status).toBe(200)
    expect(health.json).toEqual({ status: 'ok', service: 'gateway' })
  })

  it('sends a browser that opens /graphql to the explorer', async () => {
    const response = await fetch(gateway.url, {
      headers: { accept: 'text/html' },
      redirect: 'manual',
    })
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('/explorer/')
  })

  it('serves the explorer and all its assets itself, with no CDN', async () => {
    const response = await fetch(`${origin()}/explorer/`)
    const html = await response.text()
    expect(response.status).toBe(200)
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!)
    expect(assets.length).toBeGreaterThan(0)
    for (const asset of assets) {
      expect(asset, 'asset must be served locally').not.toMatch(/^(https?:)?\/\//)
      const assetResponse = await fetch(new URL(asset, `${origin()}/explorer/`))
      expect(assetResponse.status, asset).toBe(200)
    }
  })

  it("answers the explorer's schema questions from the committed schema, with introspection off", async () => {
    const before = monitor.received.length
    const answer = await post(
      `${origin()}/explorer/graphql`,
      '{ __schema { queryType { name } } __type(name: "Municipality") { fields { name } } }',
    )
    expect(answer.json.errors).toBeUndefined()
    const type = answer.json.data?.__type as { fields: Array<{ name: string }> }
    expect(type.fields.map((field) => field.name)).toContain('neighbours')
    expect(monitor.received.length).toBe(before)

    const operation = await post(
      `${origin()}/explorer/graphql`,
      '{ municipality(code: "GM0363") { name } }',
    )
    expect(operation.json.data).toEqual({ municipality: { name: 'Amsterdam' } })
  })
})

describe('gateway rate limit', () => {
  const monitor = standInSubgraph(amsterdam)
  let gateway: RunningGateway

  beforeAll(async () => {
    gateway = await startGateway(
      loadConfig({
        GATEWAY_PORT: '0',
        MONITOR_URL: await monitor.listen(),
        RATE_LIMIT_POINTS: '3',
        RATE_LIMIT_WINDOW_SECONDS: '60',
      }),
      silentLogger,
    )
  })
  afterAll(async () => {
    await gateway?.stop()
    await monitor.close()
  })

  it('answers 429 RATE_LIMITED with Retry-After once a client used its requests', async () => {
    const query = '{ municipality(code: "GM0363") { name } }'
    for (let i = 0; i < 3; i++) expect((await post(gateway.url, query)).status).toBe(200)
    const limited = await post(gateway.url, query)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(codes(limited)).toEqual(['RATE_LIMITED'])
  })
})

describe('gateway configuration', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({})
    expect(config.port).toBe(4000)
    expect(config.host).toBe('127.0.0.1')
    expect(config.subgraphUrls).toEqual({
      monitor: 'http://127.0.0.1:4001/graphql',
      content: 'http://127.0.0.1:4002/graphql',
    })
    expect(config.introspection).toBe(false)
    expect(config.rateLimit.enabled).toBe(true)
    expect(config.limits.maxDepth).toBeGreaterThan(7)
  })

  it('fails fast, naming every bad variable', () => {
    expect(() => loadConfig({ GATEWAY_PORT: 'abc' })).toThrow(ConfigError)
    expect(() => loadConfig({ GATEWAY_PORT: 'abc' })).toThrow(/GATEWAY_PORT/)
    expect(() => loadConfig({ MONITOR_URL: 'not a url' })).toThrow(/MONITOR_URL/)
    expect(() => loadConfig({ RATE_LIMIT: 'maybe', LIMIT_MAX_COST: '-1' })).toThrow(
      /RATE_LIMIT[\s\S]*LIMIT_MAX_COST|LIMIT_MAX_COST[\s\S]*RATE_LIMIT/,
    )
  })
})

describe('caller credentials', () => {
  it('takes the Authorization header as it is', () => {
    expect(authorizationFromHeaders({ authorization: 'Bearer x' })).toBe('Bearer x')
  })

  it("turns Payload's login cookie into a JWT Authorization header", () => {
    expect(authorizationFromHeaders({ cookie: 'a=b; payload-token=tok%2Een' })).toBe('JWT tok.en')
  })

  it('is anonymous without either', () => {
    expect(authorizationFromHeaders({})).toBeUndefined()
  })
})

describe('gateway behind a trusted proxy', () => {
  const monitor = standInSubgraph(amsterdam)
  let gateway: RunningGateway

  beforeAll(async () => {
    gateway = await startGateway(
      loadConfig({
        GATEWAY_PORT: '0',
        MONITOR_URL: await monitor.listen(),
        CONTENT_URL: 'http://127.0.0.1:9/graphql',
        RATE_LIMIT: 'off',
        TRUST_PROXY: '1',
      }),
      silentLogger,
    )
  })
  afterAll(async () => {
    await gateway?.stop()
    await monitor.close()
  })

  it('passes on the client address the proxy reported (the last hop it added)', async () => {
    await post(gateway.url, '{ municipality(code: "GM0363") { name } }', {
      'x-forwarded-for': '198.51.100.1, 203.0.113.7',
    })
    expect(monitor.received.at(-1)?.headers['x-forwarded-for']).toBe('203.0.113.7')
  })
})
