import { silentLogger } from '@idm/edge'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../src/config.js'
import { canonicalJson, sha256Hex } from '../src/response-cache.key.js'
import {
  connectCacheRedis,
  MemoryResponseStore,
  RedisResponseStore,
} from '../src/response-cache.store.js'
import { startGateway, type RunningGateway } from '../src/app.js'
import { json, type JsonAnswer, standInSubgraph } from './support/stand-in-subgraph.js'

/** Answers `municipality(code:)` with the code asked for, as a public answer for a minute. */
const publicMunicipality = (body: string): JsonAnswer => {
  const code = /GM\d{4}/.exec(body)?.[0] ?? 'GM0000'
  return {
    cacheControl: 'max-age=60, public',
    body: { data: { municipality: { name: `Gemeente ${code}` } } },
  }
}

interface Answer {
  status: number
  headers: Headers
  json: {
    data?: Record<string, unknown> | null
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>
  }
}

async function post(
  url: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Answer['json'],
  }
}

const QUERY = 'query Town($code: String!) { municipality(code: $code) { name } }'
let unique = 0
/** A query text no other test sent, so each test starts with an empty entry. */
const fresh = () => `${QUERY} # ${++unique}`

describe('response cache at the gateway', () => {
  const monitor = standInSubgraph()
  let gateway: RunningGateway

  beforeAll(async () => {
    gateway = await startGateway(
      loadConfig({
        GATEWAY_PORT: '0',
        MONITOR_URL: await monitor.listen(),
        CONTENT_URL: 'http://127.0.0.1:9/graphql',
        RATE_LIMIT: 'off',
        RESPONSE_CACHE_MAX_AGE_SECONDS: '1',
      }),
      silentLogger,
    )
  })
  afterAll(async () => {
    await gateway?.stop()
    await monitor.close()
  })
  beforeEach(() => monitor.answer(json(publicMunicipality)))

  it('answers a repeated anonymous query from the cache, capped at 1 s', async () => {
    const query = fresh()
    const first = await post(gateway.url, { query, variables: { code: 'GM0363' } })
    const before = monitor.requests
    const second = await post(gateway.url, { query, variables: { code: 'GM0363' } })
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(first.headers.get('cache-control')).toBe('public, max-age=1')
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.headers.get('cache-control')).toMatch(/^public, max-age=[01]$/)
    expect(second.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(second.headers.get('x-request-id')).toBeTruthy()
    expect(second.json).toEqual(first.json)
    expect(monitor.requests).toBe(before)
  })

  it('never keeps an entry longer than RESPONSE_CACHE_MAX_AGE_SECONDS', async () => {
    const query = fresh()
    await post(gateway.url, { query, variables: { code: 'GM0363' } })
    await new Promise((resolve) => setTimeout(resolve, 1_050))
    const later = await post(gateway.url, { query, variables: { code: 'GM0363' } })
    expect(later.headers.get('x-cache')).toBe('MISS')
  })

  it('never lets two different variables, operation names or documents share an entry', async () => {
    const query = fresh()
    await post(gateway.url, { query, variables: { code: 'GM0363' } })
    const other = await post(gateway.url, { query, variables: { code: 'GM0014' } })
    expect(other.headers.get('x-cache')).toBe('MISS')
    expect(other.json.data).toEqual({ municipality: { name: 'Gemeente GM0014' } })

    const two = `${query}\nquery Other { municipality(code: "GM0599") { name } }`
    await post(gateway.url, { query: two, operationName: 'Town', variables: { code: 'GM0363' } })
    const named = await post(gateway.url, { query: two, operationName: 'Other' })
    expect(named.headers.get('x-cache')).toBe('MISS')
    expect(named.json.data).toEqual({ municipality: { name: 'Gemeente GM0599' } })

    const spaced = await post(gateway.url, { query: `${query} `, variables: { code: 'GM0363' } })
    expect(spaced.headers.get('x-cache')).toBe('MISS')
  })

  it('treats variables in another key order as the same request', async () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"e":0,"f":1}]},"b":1}',
    )
  })

  it('never serves or stores an answer for a request with credentials', async () => {
    const query = fresh()
    const variables = { code: 'GM0363' }
    const asUser = await post(gateway.url, { query, variables }, { authorization: 'JWT a.b.c' })
    expect(asUser.headers.get('x-cache')).toBe('MISS')
    expect(asUser.headers.get('cache-control')).toBe('private, no-store')
    // The logged-in answer was not stored: the first anonymous request is a miss.
    expect((await post(gateway.url, { query, variables })).headers.get('x-cache')).toBe('MISS')
    expect((await post(gateway.url, { query, variables })).headers.get('x-cache')).toBe('HIT')
    // And an anonymous entry is not served to a logged-in caller, by header or cookie.
    const before = monitor.requests
    const withHeader = await post(gateway.url, { query, variables }, { authorization: 'JWT a.b.c' })
    const withCookie = await post(gateway.url, { query, variables }, { cookie: 'payload-token=x' })
    expect(withHeader.headers.get('x-cache')).toBe('MISS')
    expect(withCookie.headers.get('x-cache')).toBe('MISS')
    expect(monitor.requests).toBe(before + 2)
  })

  it('does not store an answer with errors', async () => {
    monitor.answer(
      json(() => ({
        cacheControl: 'max-age=60, public',
        body: {
          data: { municipality: null },
          errors: [{ message: 'No', extensions: { code: 'X' } }],
        },
      })),
    )
    const query = fresh()
    await post(gateway.url, { query, variables: { code: 'GM0363' } })
    const again = await post(gateway.url, { query, variables: { code: 'GM0363' } })
    expect(again.headers.get('x-cache')).toBe('MISS')
    expect(again.headers.get('cache-control')).toBe('no-store')
  })

  it('does not store an answer whose policy is private or uncacheable', async () => {
    for (const cacheControl of ['max-age=60, private', 'no-store', undefined]) {
      monitor.answer(json((body) => ({ ...publicMunicipality(body), cacheControl })))
      const query = fresh()
      await post(gateway.url, { query, variables: { code: 'GM0363' } })
      const again = await post(gateway.url, { query, variables: { code: 'GM0363' } })
      expect(again.headers.get('x-cache')).toBe('MISS')
      expect(again.headers.get('cache-control')).toBe('no-store')
    }
  })

  it('answers concurrent misses of one query with one subgraph request', async () => {
    const query = fresh()
    const before = monitor.requests
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post(gateway.url, { query, variables: { code: 'GM0363' } })),
    )
    expect(monitor.requests - before).toBe(1)
    expect(answers.filter((a) => a.headers.get('x-cache') === 'HIT')).toHaveLength(19)
  })

  it('serves a preflighted GET from the cache, but not an unpreflighted one', async () => {
    const query = fresh()
    const url = `${gateway.url}?${new URLSearchParams({
      query,
      variables: JSON.stringify({ code: 'GM0363' }),
    })}`
    const headers = { 'apollo-require-preflight': 'true' }
    expect((await fetch(url, { headers })).headers.get('x-cache')).toBe('MISS')
    expect((await fetch(url, { headers })).headers.get('x-cache')).toBe('HIT')
    const refused = await fetch(url)
    expect(refused.status).toBe(400) // Apollo's CSRF prevention, not a cached answer
    expect(refused.headers.get('x-cache')).toBe('MISS')
  })

  describe('automatic persisted queries', () => {
    it('answers PERSISTED_QUERY_NOT_FOUND for an unknown hash, then the hash alone once registered', async () => {
      const query = fresh()
      const extensions = { persistedQuery: { version: 1, sha256Hash: sha256Hex(query) } }
      const variables = { code: 'GM0363' }
      const unknown = await post(gateway.url, { extensions, variables })
      expect(unknown.json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND')

      const registered = await post(gateway.url, { query, extensions, variables })
      expect(registered.json.data).toEqual({ municipality: { name: 'Gemeente GM0363' } })

      // The answer by hash is the cached one of the full document; other variables run.
      const byHash = await post(gateway.url, { extensions, variables })
      expect(byHash.headers.get('x-cache')).toBe('HIT')
      const other = await post(gateway.url, { extensions, variables: { code: 'GM0014' } })
      expect(other.headers.get('x-cache')).toBe('MISS')
      expect(other.json.data).toEqual({ municipality: { name: 'Gemeente GM0014' } })
    })

    it('refuses a hash that does not match the document, and never registers it', async () => {
      const query = fresh()
      const wrong = { persistedQuery: { version: 1, sha256Hash: sha256Hex('other') } }
      const answer = await post(gateway.url, { query, extensions: wrong })
      expect(answer.status).toBe(400)
      expect(answer.headers.get('x-cache')).toBe('MISS')
    })

    it('registers no document that breaks a limit', async () => {
      const deep = `{ municipality(code: "GM0363") { ${'neighbours { '.repeat(13)}code${' }'.repeat(13)} } }`
      const extensions = { persistedQuery: { version: 1, sha256Hash: sha256Hex(deep) } }
      const refused = await post(gateway.url, { query: deep, extensions })
      expect(refused.json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP')
      const byHash = await post(gateway.url, { extensions })
      expect(byHash.json.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    })
  })
})

describe('RESPONSE_CACHE=off', () => {
  const monitor = standInSubgraph()
  let gateway: RunningGateway
  beforeAll(async () => {
    monitor.answer(json(publicMunicipality))
    gateway = await startGateway(
      loadConfig({
        GATEWAY_PORT: '0',
        MONITOR_URL: await monitor.listen(),
        CONTENT_URL: 'http://127.0.0.1:9/graphql',
        RATE_LIMIT: 'off',
        RESPONSE_CACHE: 'off',
      }),
      silentLogger,
    )
  })
  afterAll(async () => {
    await gateway?.stop()
    await monitor.close()
  })

  it('runs every request, and still caps the Cache-Control max-age', async () => {
    const body = { query: fresh(), variables: { code: 'GM0363' } }
    await post(gateway.url, body)
    const again = await post(gateway.url, body)
    expect(again.headers.get('x-cache')).toBeNull()
    expect(again.headers.get('cache-control')).toBe('public, max-age=1')
  })
})

describe('response stores', () => {
  const entry = (bytes: number, lifeMs = 1_000) => ({
    body: Buffer.alloc(bytes, 'x'),
    contentType: 'application/json; charset=utf-8',
    expiresAt: Date.now() + lifeMs,
  })

  it('bounds the memory LRU by entries and by bytes', () => {
    const byCount = new MemoryResponseStore({ maxEntries: 2, maxBytes: 1024 * 1024 })
    for (const key of ['a', 'b', 'c']) byCount.set(key, entry(10))
    expect(byCount.get('a')).toBeUndefined()
    expect(byCount.get('c')).toBeDefined()

    const byBytes = new MemoryResponseStore({ maxEntries: 100, maxBytes: 3_000 })
    for (const key of ['a', 'b', 'c', 'd']) byBytes.set(key, entry(900))
    expect(byBytes.get('a')).toBeUndefined()
    expect(byBytes.get('d')).toBeDefined()
    byBytes.set('huge', entry(10_000))
    expect(byBytes.get('huge')).toBeUndefined()
  })

  it('shares entries between instances through Redis', async () => {
    const prefix = `idm:test:${process.pid}:${Date.now()}:`
    const redisA = connectCacheRedis('redis://127.0.0.1:6379', silentLogger)
    const redisB = connectCacheRedis('redis://127.0.0.1:6379', silentLogger)
    try {
      await Promise.all([waitReady(redisA), waitReady(redisB)])
      const limits = { maxEntries: 10, maxBytes: 1024 * 1024 }
      const a = new RedisResponseStore(redisA, new MemoryResponseStore(limits), 1_000, prefix)
      const b = new RedisResponseStore(redisB, new MemoryResponseStore(limits), 1_000, prefix)
      a.set('k', entry(5))
      await new Promise((resolve) => setTimeout(resolve, 50))
      const shared = await b.get('k')
      expect(shared?.body.toString()).toBe('xxxxx')
      expect(shared?.contentType).toBe('application/json; charset=utf-8')
    } finally {
      await redisA.quit()
      await redisB.quit()
    }
  })

  it('falls back to memory, without failing, while Redis is unreachable', async () => {
    const redis = connectCacheRedis('redis://127.0.0.1:9', silentLogger)
    try {
      const store = new RedisResponseStore(
        redis,
        new MemoryResponseStore({ maxEntries: 10, maxBytes: 1024 * 1024 }),
        1_000,
      )
      expect(await store.get('k')).toBeUndefined()
      store.set('k', entry(3))
      expect((await store.get('k'))?.body.toString()).toBe('xxx')
    } finally {
      redis.disconnect()
    }
  })
})

function waitReady(redis: { status: string; once(event: 'ready', cb: () => void): unknown }) {
  return redis.status === 'ready'
    ? Promise.resolve()
    : new Promise<void>((resolve) => redis.once('ready', () => resolve()))
}
