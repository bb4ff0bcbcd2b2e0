import { createLogger, DEFAULT_HTTP_LIMITS } from '@idm/edge'
import pg from 'pg'
import type { DataSource } from 'typeorm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApolloServer } from '../src/apollo'
import { createContextFactory } from '../src/context'
import { createDataSource } from '../src/data-source'
import { type RunningHttpServer, startHttpServer } from '../src/http'
import { buildMonitorSchema } from '../src/schema'
import { DEFAULT_LIMITS, startTestMonitor, type TestMonitor } from './support/monitor'
import { TEST_PAYLOAD_SECRET } from './support/tokens'
import type { DatabaseLink } from '../../../scripts/lib/database-link.mjs' with {
  'resolution-mode': 'import',
}

const APPLICATION = 'monitor-behind-link'
const QUERY = `{ municipalities(first: 3) { edges { node { name neighbours { name } } } } }`

let monitor: TestMonitor
let link: DatabaseLink
let linked: DataSource
let http: RunningHttpServer
const logLines: Array<Record<string, unknown>> = []

beforeAll(async () => {
  monitor = await startTestMonitor()
  const url = new URL(monitor.database.url)
  // The link is shared with the CMS's tests (scripts/lib); this package is CommonJS.
  const { DatabaseLink } = await import('../../../scripts/lib/database-link.mjs')
  link = new DatabaseLink({ host: url.hostname, port: Number(url.port || 5432) })
  await link.open()
  url.host = `127.0.0.1:${link.port}`
  url.searchParams.set('application_name', APPLICATION)
  linked = createDataSource({ databaseUrl: url.toString() })
  await linked.initialize()
  const logger = createLogger('monitor', 'info', {
    write: (line: string) => void logLines.push(JSON.parse(line) as Record<string, unknown>),
  })
  http = await startHttpServer({
    apollo: createApolloServer({
      schema: await buildMonitorSchema(),
      logger,
      limits: DEFAULT_LIMITS,
      introspection: false,
    }),
    context: createContextFactory(linked, {
      payloadSecret: TEST_PAYLOAD_SECRET,
      sessions: monitor.sessionStore,
    }),
    dataSource: linked,
    sessions: monitor.sessionStore,
    host: '127.0.0.1',
    port: 0,
    maxBodyBytes: DEFAULT_HTTP_LIMITS.maxBodyBytes,
    logger,
  })
})

afterAll(async () => {
  await http?.stop()
  await link?.cut()
  if (linked?.isInitialized) await linked.destroy()
  await monitor?.destroy()
})

async function post(requestId: string) {
  const response = await fetch(http.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId },
    body: JSON.stringify({ query: QUERY }),
  })
  const text = await response.text()
  return {
    status: response.status,
    text,
    body: JSON.parse(text) as {
      data?: unknown
      errors?: { message: string; extensions?: Record<string, unknown> }[]
    },
  }
}

/** Runs SQL on the test database directly (not through the link), as its owner. */
async function onDatabase<T extends pg.QueryResultRow>(sql: string, client?: pg.Client) {
  if (client) return client.query<T>(sql)
  const own = new pg.Client({ connectionString: monitor.database.url })
  await own.connect()
  try {
    return await own.query<T>(sql)
  } finally {
    await own.end()
  }
}

const TERMINATE_LINKED = `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
  WHERE datname = current_database() AND application_name = '${APPLICATION}'`

function expectNothingInternal(text: string) {
  for (const secret of [
    String(link.port),
    '127.0.0.1',
    'localhost',
    'postgres',
    'ECONNREFUSED',
    'SELECT',
    'municipality"',
    'terminat',
    'stack',
    '.ts:',
  ]) {
    expect(text).not.toContain(secret)
  }
}

describe('the monitor database going away', () => {
  it('answers normally while the database is there', async () => {
    const { status, body } = await post('before-outage')

    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
  })

  it('answers DATABASE_UNAVAILABLE, not INTERNAL_SERVER_ERROR, when its connections are terminated and new ones refused', async () => {
    await link.cut()
    await onDatabase(TERMINATE_LINKED)

    const { status, text, body } = await post('outage-1')

    expect(status).toBe(200)
    expect(body.data).toBeNull()
    expect(body.errors!.length).toBeGreaterThan(0)
    for (const error of body.errors!) {
      expect(error.message).toBe('The monitor database is not available; try again shortly')
      expect(error.extensions).toEqual({
        code: 'DATABASE_UNAVAILABLE',
        reason: 'DATABASE_UNAVAILABLE',
      })
    }
    expectNothingInternal(text)
  })

  it('logs the outage once per request, with the request id and the cause', async () => {
    const lines = logLines.filter((line) => line.msg === 'monitor database unavailable')

    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ level: 'error', requestId: 'outage-1', service: 'monitor' })
    expect(JSON.stringify(lines[0]!.err)).toMatch(/ECONNREFUSED|terminated/i)
  })

  it('answers again as soon as the database is back', async () => {
    await link.open()

    const { status, body } = await post('after-outage')

    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
  })

  it('answers DATABASE_UNAVAILABLE for a query cut off in flight (pg_terminate_backend)', async () => {
    const locker = new pg.Client({ connectionString: monitor.database.url })
    await locker.connect()
    try {
      // Hold the table so the monitor's query waits inside PostgreSQL, then end its session.
      await locker.query('BEGIN')
      await locker.query('LOCK TABLE "municipality" IN ACCESS EXCLUSIVE MODE')
      const answer = post('in-flight')
      await expect
        .poll(
          async () =>
            (
              await onDatabase<{ waiting: number }>(
                `SELECT count(*)::int AS waiting FROM pg_stat_activity
                 WHERE application_name = '${APPLICATION}' AND wait_event_type = 'Lock'`,
                locker,
              )
            ).rows[0]!.waiting,
          { timeout: 10_000, interval: 50 },
        )
        .toBeGreaterThan(0)
      await onDatabase(TERMINATE_LINKED, locker)
      const { text, body } = await answer

      expect(body.errors!.map((error) => error.extensions?.code)).toContain('DATABASE_UNAVAILABLE')
      expect(body.errors!.map((error) => error.extensions?.code)).not.toContain(
        'INTERNAL_SERVER_ERROR',
      )
      expectNothingInternal(text)
      expect(logLines.some((line) => line.requestId === 'in-flight')).toBe(true)
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined)
      await locker.end()
    }
  })

  it('reports not ready while the database is away', async () => {
    await link.cut()
    const response = await fetch(new URL('/ready', http.url))

    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ checks: { database: 'unavailable' } })
    await link.open()
  })
})
