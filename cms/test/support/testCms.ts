import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { getPayload, handleEndpoints, ValidationError, type Payload } from 'payload'
import { parseSettings } from '../../src/config'
import { createPayloadConfig } from '../../src/createPayloadConfig'
import { setup } from '../../src/setup'
import { DEMO_USERS } from '../../src/demo/users'

/** A PostgreSQL server the tests may create databases on (trust auth on this machine). */
const adminUrl =
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

/**
 * Stops Payload before its database is dropped. The postgres adapter keeps one pool client
 * checked out for the life of the instance (db-postgres 3.90 `connect`), so `pool.end()` can
 * never finish: it closes the idle clients here, and dropping the database `with (force)`
 * ends the last connection.
 */
async function stopPayload(payload: Payload): Promise<void> {
  const { pool } = payload.db
  // The forced drop terminates whatever is still connected (57P01); an idle client that learns
  // it while the pool ends would otherwise surface as an unhandled error and fail the run.
  pool.on('error', () => {})
  await payload.destroy()
  void pool.end()
}

async function onServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

export interface TestCms {
  payload: Payload
  /** getPayload's cache key of this instance (for handleEndpoints). */
  key: string
  databaseUrl: string
  demoPassword: string
  /** Stops Payload and drops the database. */
  destroy(): Promise<void>
}

/**
 * Payload on a database of its own (`test_cms_<random>`), migrated and seeded exactly as
 * `npm run setup` does. Call `destroy` in `afterAll`; the database is dropped even when the
 * setup itself fails.
 */
export async function startTestCms(options: { smtpUrl?: string } = {}): Promise<TestCms> {
  const name = `test_cms_${randomBytes(6).toString('hex')}`
  const drop = () => onServer(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`)
  const databaseUrl = withDatabase(adminUrl, name)
  const demoPassword = randomBytes(12).toString('base64url')
  // Uploads of this file's CMS go to a folder of its own, removed with the database.
  const mediaDir = mkdtempSync(path.join(tmpdir(), `${name}-media-`))
  const removeMedia = () => rmSync(mediaDir, { recursive: true, force: true })

  await onServer(`create database ${pg.escapeIdentifier(name)}`)
  let payload: Payload | undefined
  try {
    const settings = parseSettings({
      CMS_DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      DEMO_PASSWORD: demoPassword,
      MEDIA_DIR: mediaDir,
      // No cron in tests: a test runs the jobs queue itself when it needs to.
      CMS_JOBS_AUTORUN: 'false',
      // Mails go to the test's own mail catcher when it has one.
      ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
    })
    // A key of its own: getPayload caches one instance per key and process.
    payload = await getPayload({ config: createPayloadConfig(settings), key: name })
    await setup(payload, { demoData: true, demoPassword })
  } catch (error) {
    if (payload) await stopPayload(payload)
    await drop()
    removeMedia()
    throw error
  }

  const running = payload
  return {
    payload: running,
    key: name,
    databaseUrl,
    demoPassword,
    destroy: async () => {
      try {
        await stopPayload(running)
      } finally {
        await drop()
        removeMedia()
      }
    },
  }
}

const demoEmail = (role: string, municipalityCode?: string) =>
  DEMO_USERS.find(
    (user) =>
      user.role === role &&
      (municipalityCode === undefined || user.municipalityCode === municipalityCode),
  )!.email

export const ADMIN_EMAIL = demoEmail('admin')
export const EDITOR_EMAIL = demoEmail('editor')
export const ORGANISER_EMAIL = demoEmail('organiser')
/** Municipal official of Oude IJsselstreek (GM1509). */
export const OUDE_IJSSELSTREEK_EMAIL = demoEmail('municipal-official', 'GM1509')
/** Municipal official of Hengelo (GM0164). */
export const HENGELO_EMAIL = demoEmail('municipal-official', 'GM0164')

/**
 * Sends a request through Payload's REST router (what Next's /api route calls), as the user of
 * `token` when given.
 */
export function rest(
  cms: TestCms,
  path: string,
  token?: string,
  init: { method?: string; body?: unknown; language?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = {}
  if (token) headers.authorization = `JWT ${token}`
  if (init.language) headers['accept-language'] = init.language
  if (init.body !== undefined) headers['content-type'] = 'application/json'
  return handleEndpoints({
    config: cms.payload.config,
    payloadInstanceCacheKey: cms.key,
    request: new Request(new URL(`/api${path}`, 'http://localhost'), {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
  })
}

/** The validation messages Payload attached to a rejected write, by field path. */
export async function validationMessages(write: Promise<unknown>): Promise<Record<string, string>> {
  const error: unknown = await write.then(
    () => undefined,
    (rejection: unknown) => rejection,
  )
  if (!(error instanceof ValidationError)) {
    throw new Error(`expected a ValidationError, got ${String(error)}`)
  }
  return Object.fromEntries(error.data.errors.map(({ path, message }) => [path, message]))
}

/** Logs a demo user in through Payload, as the admin's login form does. */
export async function login(cms: TestCms, email: string) {
  const { user, token } = await cms.payload.login({
    collection: 'users',
    data: { email, password: cms.demoPassword },
  })
  if (!token || !user) throw new Error(`${email} could not log in`)
  return { user, token }
}
