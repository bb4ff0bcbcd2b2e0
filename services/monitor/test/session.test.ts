import { silentLogger } from '@idm/edge'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SessionStore } from '../src/auth/session-store'
import { createContextFactory } from '../src/context'
import { startTestMonitor, type GraphQLResult, type TestMonitor } from './support/monitor'
import { TEST_ACCOUNTS, type TestAccount } from './support/session-database'
import { signToken, TEST_PAYLOAD_SECRET, tokenFor } from './support/tokens'

// Short, so the tests wait for an expired cache entry instead of the production 2 s.
const TTL_MS = 250
const afterTtl = () => new Promise((resolve) => setTimeout(resolve, TTL_MS + 100))

let monitor: TestMonitor

beforeAll(async () => {
  monitor = await startTestMonitor({ sessionCheckTtlMs: TTL_MS })
})

afterAll(async () => {
  await monitor?.destroy()
})

// Private to Amsterdam's officials (and admins): null with FORBIDDEN for anyone else.
const PRIVATE = `{ municipality(code: "GM0363") { measurements(first: 1) { totalCount } } }`
const PRIVATE_ROTTERDAM = `{ municipality(code: "GM0599") { measurements(first: 1) { totalCount } } }`

let nextId = 100
/** A fresh CMS account with one live session, so no test shares a cached login with another. */
async function freshLogin(
  account: Omit<TestAccount, 'id' | 'email'> = TEST_ACCOUNTS.amsterdamOfficial,
): Promise<{ id: number; sid: string; authorization: string }> {
  const id = nextId++
  const created = { ...account, id, email: `user-${id}@example.org` }
  const sid = `session-of-${id}`
  await monitor.sessions.addAccount(created)
  await monitor.sessions.startSession(id, sid)
  return { id, sid, authorization: `JWT ${await tokenFor(created, sid)}` }
}

function request(query: string, authorization: string) {
  return monitor.executeWithStatus<{
    municipality: { measurements: { totalCount: number } | null }
  }>(query, undefined, { authorization })
}

function failure(result: GraphQLResult<unknown> & { status: number }) {
  return { status: result.status, extensions: result.errors?.[0]?.extensions }
}

describe('session revocation', () => {
  it('lets a logged-in official read private data while the CMS session lives', async () => {
    const login = await freshLogin()

    const result = await request(PRIVATE, login.authorization)

    expect(result.errors).toBeUndefined()
    expect(result.data?.municipality.measurements?.totalCount).toEqual(expect.any(Number))
  })

  it('ends access with 401 SESSION_ENDED once the CMS deletes the session (logout), within the TTL', async () => {
    const login = await freshLogin()
    expect((await request(PRIVATE, login.authorization)).status).toBe(200)

    await monitor.sessions.endSession(login.sid)
    await afterTtl()
    const result = await request(PRIVATE, login.authorization)

    expect(failure(result)).toEqual({
      status: 401,
      extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' },
    })
    expect(result.data).toBeUndefined()
  })

  it('refuses a session past its expires_at with 401 SESSION_ENDED', async () => {
    const login = await freshLogin()
    await monitor.sessions.startSession(login.id, 'expired-session', -60)
    const token = await signToken({
      id: login.id,
      role: 'municipal-official',
      sid: 'expired-session',
    })

    const result = await request(PRIVATE, `JWT ${token}`)

    expect(failure(result)).toEqual({
      status: 401,
      extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' },
    })
  })

  it('refuses a session id the CMS never issued with 401 SESSION_ENDED', async () => {
    const login = await freshLogin()
    const token = await signToken({ id: login.id, role: 'municipal-official', sid: 'made-up' })

    expect(failure(await request(PRIVATE, `JWT ${token}`))).toEqual({
      status: 401,
      extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' },
    })
  })

  it('refuses a user id that cannot be a Payload user with 401 SESSION_ENDED, without asking the database', async () => {
    const token = await signToken({ id: 'not-a-number', role: 'admin', sid: 'x' })
    monitor.sessionQueries.length = 0

    expect(failure(await request(PRIVATE, `JWT ${token}`))).toEqual({
      status: 401,
      extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_ENDED' },
    })
    expect(monitor.sessionQueries).toHaveLength(0)
  })

  it('refuses a locked account with 401 ACCOUNT_LOCKED and lets it in again once the lock has passed', async () => {
    const login = await freshLogin()
    await monitor.sessions.lockUntil(login.id, new Date(Date.now() + 15 * 60_000))

    expect(failure(await request(PRIVATE, login.authorization))).toEqual({
      status: 401,
      extensions: { code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' },
    })

    await monitor.sessions.lockUntil(login.id, new Date(Date.now() - 1000))
    await afterTtl()
    expect((await request(PRIVATE, login.authorization)).errors).toBeUndefined()
  })
})

describe('current role and municipality from the CMS', () => {
  it('takes the role from the CMS database, not from the token: an editor claiming admin is an editor', async () => {
    const login = await freshLogin({ role: 'editor', municipalityCode: null })
    const forged = await signToken({ id: login.id, role: 'admin', sid: login.sid })

    const result = await request(PRIVATE, `JWT ${forged}`)

    expect(result.data).toEqual({ municipality: { measurements: null } })
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })

  it('applies a demotion: an official made editor loses the municipality’s private data', async () => {
    const login = await freshLogin()
    expect((await request(PRIVATE, login.authorization)).errors).toBeUndefined()

    await monitor.sessions.setRole(login.id, 'editor', null)
    await afterTtl()
    const result = await request(PRIVATE, login.authorization)

    expect(result.data).toEqual({ municipality: { measurements: null } })
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'ROLE_NOT_ALLOWED',
    })
  })

  it('applies a move to another municipality: the official now acts for Rotterdam only', async () => {
    const login = await freshLogin()

    await monitor.sessions.setRole(login.id, 'municipal-official', 'GM0599')
    await afterTtl()

    const amsterdam = await request(PRIVATE, login.authorization)
    const rotterdam = await request(PRIVATE_ROTTERDAM, login.authorization)
    expect(amsterdam.errors?.[0]?.extensions).toEqual({
      code: 'FORBIDDEN',
      reason: 'OTHER_MUNICIPALITY',
    })
    expect(rotterdam.errors).toBeUndefined()
  })

  it('lets an official without a municipality code in the CMS act for no municipality', async () => {
    const login = await freshLogin({ role: 'municipal-official', municipalityCode: null })

    const result = await request(PRIVATE, login.authorization)

    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })
})

describe('session checks per request', () => {
  it('checks the session once for a request with several private fields', async () => {
    const login = await freshLogin({ role: 'admin', municipalityCode: null })
    monitor.sessionQueries.length = 0

    const result = await monitor.execute(
      `{ a: municipality(code: "GM0363") { measurements(first: 1) { totalCount } }
         b: municipality(code: "GM0599") { measurements(first: 1) { totalCount } } }`,
      undefined,
      { authorization: login.authorization },
    )

    expect(result.errors).toBeUndefined()
    expect(monitor.sessionQueries).toHaveLength(1)
  })

  it('answers an anonymous request without asking the session store', async () => {
    monitor.sessionQueries.length = 0

    await monitor.execute(`{ municipality(code: "GM0363") { name } }`)

    expect(monitor.sessionQueries).toHaveLength(0)
  })
})

describe('SessionStore cache', () => {
  // A store of its own on the same CMS stand-in, with a TTL no test run outlasts.
  let store: SessionStore
  const queries: string[] = []

  beforeAll(() => {
    store = new SessionStore({
      databaseUrl: monitor.sessions.url,
      checkTtlMs: 60_000,
      logger: silentLogger,
      onQuery: (sql) => void queries.push(sql),
    })
  })

  afterAll(async () => {
    await store?.close()
  })

  it('asks the database once for two checks of one login within the TTL', async () => {
    const { id, sid } = await freshLogin()
    queries.length = 0

    const first = await store.check(String(id), sid)
    const second = await store.check(String(id), sid)

    expect(first).toEqual(second)
    expect(first).toMatchObject({ status: 'active', role: 'municipal-official' })
    expect(queries).toHaveLength(1)
  })

  it('shares one query between concurrent checks of one login', async () => {
    const { id, sid } = await freshLogin()
    queries.length = 0

    const results = await Promise.all(
      Array.from({ length: 20 }, () => store.check(String(id), sid)),
    )

    expect(new Set(results.map((result) => result.status))).toEqual(new Set(['active']))
    expect(queries).toHaveLength(1)
  })

  it('asks again for another session of the same user', async () => {
    const { id, sid } = await freshLogin()
    await monitor.sessions.startSession(id, `${sid}-second-device`)
    queries.length = 0

    await store.check(String(id), sid)
    await store.check(String(id), `${sid}-second-device`)

    expect(queries).toHaveLength(2)
  })

  it('asks every time when SESSION_CHECK_TTL_MS is 0', async () => {
    const uncached = new SessionStore({
      databaseUrl: monitor.sessions.url,
      checkTtlMs: 0,
      logger: silentLogger,
      onQuery: (sql) => void queries.push(sql),
    })
    try {
      const { id, sid } = await freshLogin()
      queries.length = 0

      await uncached.check(String(id), sid)
      await uncached.check(String(id), sid)

      expect(queries).toHaveLength(2)
    } finally {
      await uncached.close()
    }
  })
})

describe('an unreachable session store', () => {
  // Nothing listens on port 1 of the loopback interface: connections are refused at once.
  let unreachable: SessionStore
  const attempts: string[] = []

  beforeAll(() => {
    unreachable = new SessionStore({
      databaseUrl: 'postgres://postgres@127.0.0.1:1/idm_cms',
      checkTtlMs: 60_000,
      logger: silentLogger,
      onQuery: (sql) => void attempts.push(sql),
    })
  })

  afterAll(async () => {
    await unreachable?.close()
  })

  it('fails a logged-in request closed with HTTP 503 AUTH_UNAVAILABLE and no data', async () => {
    const context = createContextFactory(monitor.dataSource, {
      payloadSecret: TEST_PAYLOAD_SECRET,
      sessions: unreachable,
    })

    const result = await monitor.executeWithStatus(
      `{ municipality(code: "GM0363") { name } }`,
      undefined,
      {
        authorization: `JWT ${await tokenFor(TEST_ACCOUNTS.admin)}`,
        context,
      },
    )

    expect(result.status).toBe(503)
    expect(result.data).toBeUndefined()
    expect(result.errors).toEqual([
      {
        message: 'Logins cannot be checked right now; try again shortly',
        extensions: { code: 'AUTH_UNAVAILABLE', reason: 'SESSION_STORE_UNAVAILABLE' },
      },
    ])
    expect(JSON.stringify(result)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|SELECT/)
  })

  it('still answers anonymous requests', async () => {
    const context = createContextFactory(monitor.dataSource, {
      payloadSecret: TEST_PAYLOAD_SECRET,
      sessions: unreachable,
    })

    const result = await monitor.executeWithStatus(
      `{ municipality(code: "GM0363") { name } }`,
      undefined,
      {
        context,
      },
    )

    expect(result).toEqual({ status: 200, data: { municipality: { name: 'Amsterdam' } } })
  })

  it('does not cache the failure: the next check asks again', async () => {
    attempts.length = 0

    await expect(unreachable.check('1', 'session-1')).rejects.toMatchObject({
      code: 'AUTH_UNAVAILABLE',
    })
    await expect(unreachable.check('1', 'session-1')).rejects.toMatchObject({
      code: 'AUTH_UNAVAILABLE',
    })
    expect(attempts).toHaveLength(2)
  })
})
