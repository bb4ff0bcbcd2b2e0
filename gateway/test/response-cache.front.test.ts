import { PassThrough } from 'node:stream'
import { createLogger } from '@idm/edge'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config.js'
import { startGateway, type RunningGateway } from '../src/app.js'
import { json, standInSubgraph } from './support/stand-in-subgraph.js'

const QUERY = 'query Town($code: String!) { municipality(code: $code) { name } }'
let unique = 0
/** A body no other test sent, so each test starts with an empty entry. */
const freshBody = () =>
  JSON.stringify({ query: `${QUERY} # front ${++unique}`, variables: { code: 'GM0363' } })

function post(url: string, body: string, headers: Record<string, string> = {}) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  })
}

/** What the gateway logged, one parsed JSON line each. */
function logLines() {
  const stream = new PassThrough()
  const lines: Array<Record<string, unknown>> = []
  let rest = ''
  stream.on('data', (chunk: Buffer) => {
    const parts = (rest + chunk.toString()).split('\n')
    rest = parts.pop() ?? ''
    for (const part of parts) if (part) lines.push(JSON.parse(part) as Record<string, unknown>)
  })
  return { stream, lines }
}

describe('response-cache hits answered in front of Express', () => {
  const monitor = standInSubgraph(
    json(() => ({
      cacheControl: 'max-age=60, public',
      body: { data: { municipality: { name: 'Amsterdam' } } },
    })),
  )
  const log = logLines()
  let gateway: RunningGateway

  beforeAll(async () => {
    gateway = await startGateway(
      loadConfig({
        GATEWAY_PORT: '0',
        MONITOR_URL: await monitor.listen(),
        CONTENT_URL: 'http://127.0.0.1:9/graphql',
        RATE_LIMIT: 'on',
        RATE_LIMIT_POINTS: '6',
        RATE_LIMIT_WINDOW_SECONDS: '60',
        RESPONSE_CACHE_MAX_AGE_SECONDS: '5',
        CORS_ORIGINS: 'https://app.example.org',
      }),
      createLogger('gateway', 'info', log.stream),
    )
  })
  afterAll(async () => {
    await gateway?.stop()
    await monitor.close()
  })

  it('answers a hit with the stored bytes, the request id, CORS and the rate limit counted', async () => {
    const body = freshBody()
    const miss = await post(gateway.url, body)
    const missText = await miss.text()
    expect(miss.headers.get('x-cache')).toBe('MISS')
    expect(miss.headers.get('ratelimit-remaining')).toBe('5')

    const hit = await post(gateway.url, body, {
      'x-request-id': 'front-test-1',
      origin: 'https://app.example.org',
    })
    expect(hit.status).toBe(200)
    expect(hit.headers.get('x-cache')).toBe('HIT')
    expect(await hit.text()).toBe(missText)
    expect(hit.headers.get('content-type')).toBe(miss.headers.get('content-type'))
    expect(hit.headers.get('cache-control')).toMatch(/^public, max-age=[0-5]$/)
    expect(hit.headers.get('x-request-id')).toBe('front-test-1')
    expect(hit.headers.get('access-control-allow-origin')).toBe('https://app.example.org')
    expect(hit.headers.get('ratelimit-remaining')).toBe('4')

    const unnamed = await post(gateway.url, body, { 'x-request-id': 'not a valid id!' })
    expect(unnamed.headers.get('x-cache')).toBe('HIT')
    expect(unnamed.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('refuses a client over its limit even when the answer is cached (429 RATE_LIMITED)', async () => {
    const body = freshBody()
    let last: Response | undefined
    for (let i = 0; i < 4; i++) last = await post(gateway.url, body)
    expect(last?.status).toBe(429)
    expect(last?.headers.get('retry-after')).toMatch(/^\d+$/)
    const answer = (await last?.json()) as { errors: Array<{ extensions: { code: string } }> }
    expect(answer.errors[0]?.extensions.code).toBe('RATE_LIMITED')
  })
})

describe('requests the front hands to Express', () => {
  const monitor = standInSubgraph(
    json(() => ({
      cacheControl: 'max-age=60, public',
      body: { data: { municipality: { name: 'Amsterdam' } } },
    })),
  )
  const log = logLines()
  let gateway: RunningGateway

  beforeAll(async () => {
    gateway = await startGateway(
      loadConfig({
        GATEWAY_PORT: '0',
        MONITOR_URL: await monitor.listen(),
        CONTENT_URL: 'http://127.0.0.1:9/graphql',
        RATE_LIMIT: 'off',
        RESPONSE_CACHE_MAX_AGE_SECONDS: '5',
      }),
      createLogger('gateway', 'info', log.stream),
    )
  })
  afterAll(async () => {
    await gateway?.stop()
    await monitor.close()
  })

  it('answers a body that is not JSON, or not an object, with BAD_REQUEST as before', async () => {
    for (const body of ['{"query": ', '"just a string"', '42']) {
      const answer = await post(gateway.url, body, { 'x-request-id': 'bad-body' })
      expect(answer.status).toBe(400)
      const parsed = (await answer.json()) as {
        errors: Array<{ extensions: { code: string; requestId?: string } }>
      }
      expect(parsed.errors[0]?.extensions.code).toBe('BAD_REQUEST')
      expect(parsed.errors[0]?.extensions.requestId).toBe('bad-body')
    }
  })

  it('never serves a request with credentials from the cache, whatever its body', async () => {
    const body = freshBody()
    await post(gateway.url, body)
    expect((await post(gateway.url, body)).headers.get('x-cache')).toBe('HIT')
    const before = monitor.requests
    const withToken = await post(gateway.url, body, { authorization: 'JWT not-a-real-token' })
    expect(withToken.headers.get('x-cache')).toBe('MISS')
    const withCookie = await post(gateway.url, body, { cookie: 'a=b; payload-token=xyz' })
    expect(withCookie.headers.get('x-cache')).toBe('MISS')
    expect(monitor.requests - before).toBe(2)
  })

  it('serves a body larger than the front reads (64 KiB) through Express, cached as well', async () => {
    const body = JSON.stringify({
      query: `${QUERY} # large ${++unique}`,
      variables: { code: 'GM0363' },
      extensions: { padding: 'x'.repeat(70 * 1024) },
    })
    expect((await post(gateway.url, body)).headers.get('x-cache')).toBe('MISS')
    expect((await post(gateway.url, body)).headers.get('x-cache')).toBe('HIT')
  })

  it('keys by the Accept header: another media type is another entry', async () => {
    const body = freshBody()
    await post(gateway.url, body)
    const graphqlResponse = await post(gateway.url, body, {
      accept: 'application/graphql-response+json',
    })
    expect(graphqlResponse.headers.get('x-cache')).toBe('MISS')
    expect(graphqlResponse.headers.get('content-type')).toMatch(
      /^application\/graphql-response\+json/,
    )
    const again = await post(gateway.url, body, { accept: 'application/graphql-response+json' })
    expect(again.headers.get('x-cache')).toBe('HIT')
    expect(again.headers.get('content-type')).toBe(graphqlResponse.headers.get('content-type'))
    expect((await post(gateway.url, body)).headers.get('content-type')).toMatch(
      /^application\/json/,
    )
  })

  it('sums up hits in one access line a second', async () => {
    const body = freshBody()
    await post(gateway.url, body)
    for (let i = 0; i < 5; i++) await post(gateway.url, body)
    await new Promise((resolve) => setTimeout(resolve, 1_300))
    const summary = log.lines.find((line) => line.msg === 'response cache hits')
    expect(summary).toMatchObject({ level: 'info', service: 'gateway' })
    expect(summary?.hits).toBeGreaterThanOrEqual(5)
  })
})
