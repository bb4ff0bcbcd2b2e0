import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dropDatabase, withDatabase } from '../../scripts/lib/databases.mjs'
import { loopbackAddresses, startMailCatcher, startPlatform } from '../../scripts/lib/platform.mjs'
import { freePort } from '../../scripts/lib/processes.mjs'

/** One supervised service of the platform: restarted when its process exits unexpectedly. */
export interface TestService {
  readonly name: string
  /** The current process's pid; undefined while the service waits to restart. */
  readonly pid: number | undefined
  /** How often the service was restarted after an unexpected exit. */
  readonly restarts: number
  /** Resolves once the current process answers its health URL. */
  ready(): Promise<void>
  stop(): Promise<void>
}

export type ServiceName = 'monitor' | 'content' | 'cms' | 'gateway'

export interface TestPlatform {
  urls: { graphql: string; explorer: string; admin?: string; monitor: string; content: string }
  /** The mail catcher's web inbox and REST API (`GET /api/email`): the election's e-mails land there. */
  mailUrl: string
  /** The mail catcher's SMTP URL, for a test process that sends as the CMS does. */
  smtpUrl: string
  demoPassword: string
  /**
   * The services' PAYLOAD_SECRET (this platform's own, random): a test process running Payload on
   * the CMS database signs logins with it, as the admin's login route does (no Next admin needed).
   */
  payloadSecret: string
  /** The services' own databases, for tests that set up what no public operation writes. */
  databaseUrls: { cms: string; monitor: string }
  /** The supervised services, in start order. */
  running: readonly TestService[]
  service(name: ServiceName): TestService
  stop(): Promise<void>
}

export interface TestPlatformOptions {
  /** Also start the Payload admin (Next.js). */
  admin: boolean
  /** Variables merged over this process's environment for every service (RATE_LIMIT_POINTS…). */
  env?: Record<string, string>
}

/**
 * Starts the real services (compiled monitor and gateway, Payload through tsx, optionally the
 * built admin) exactly as `npm start` does, on fresh databases and free ports; `stop` removes
 * the processes and the databases.
 */
export async function startTestPlatform({
  admin,
  env,
}: TestPlatformOptions): Promise<TestPlatform> {
  const adminUrl =
    process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const suffix = randomBytes(4).toString('hex')
  const databases = { cms: `test_e2e_cms_${suffix}`, monitor: `test_e2e_monitor_${suffix}` }
  const demoPassword = randomBytes(9).toString('base64url')
  const payloadSecret = randomBytes(32).toString('hex')
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'idm-e2e-media-'))
  const mail = await startMailCatcher({
    host: '127.0.0.1',
    smtpPort: await freePort(),
    webPort: await freePort(),
  })
  const dropAll = async () => {
    await mail.stop()
    await dropDatabase(adminUrl, databases.cms)
    await dropDatabase(adminUrl, databases.monitor)
    rmSync(mediaDir, { recursive: true, force: true })
  }
  try {
    const platform = await startPlatform({
      adminUrl,
      cmsDatabaseUrl: withDatabase(adminUrl, databases.cms),
      monitorDatabaseUrl: withDatabase(adminUrl, databases.monitor),
      ...(await loopbackAddresses()),
      payloadSecret,
      demoPassword,
      mediaDir,
      admin,
      quiet: true,
      electionHashKey: randomBytes(32).toString('hex'),
      smtpUrl: mail.smtpUrl,
      env: { ...process.env, ...env },
    })
    return {
      // The admin as people open it: Payload accepts cookie-authenticated writes only from its
      // serverURL's origin (http://localhost:<port>).
      urls: { ...platform.urls, admin: platform.publicUrls.admin },
      mailUrl: mail.webUrl,
      smtpUrl: mail.smtpUrl,
      demoPassword,
      payloadSecret,
      databaseUrls: {
        cms: withDatabase(adminUrl, databases.cms),
        monitor: withDatabase(adminUrl, databases.monitor),
      },
      running: platform.running,
      service: (name) => platform.service(name),
      stop: async () => {
        await platform.stop()
        await dropAll()
      },
    }
  } catch (error) {
    await dropAll()
    throw error
  }
}

export interface GraphQLResponse {
  data?: Record<string, unknown> | null
  errors?: Array<{ message: string; extensions?: { code?: string } }>
}

/** Sends one operation over HTTP, as a frontend would. */
export async function graphql(
  url: string,
  query: string,
  { variables, token }: { variables?: Record<string, unknown>; token?: string } = {},
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  })
  return (await response.json()) as GraphQLResponse
}
