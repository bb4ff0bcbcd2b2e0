import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { dropDatabase, withDatabase } from '../../scripts/lib/databases.mjs'
import { startPlatform } from '../../scripts/lib/platform.mjs'
import { freePort } from '../../scripts/lib/processes.mjs'

export interface TestPlatform {
  urls: { graphql: string; explorer: string; admin?: string; monitor: string; content: string }
  demoPassword: string
  stop(): Promise<void>
}

/**
 * Starts the real services (compiled monitor and gateway, Payload through tsx, optionally the
 * built admin) exactly as `npm start` does, on fresh databases and free ports; `stop` removes
 * the processes and the databases.
 */
export async function startTestPlatform({ admin }: { admin: boolean }): Promise<TestPlatform> {
  const adminUrl =
    process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
  const suffix = randomBytes(4).toString('hex')
  const databases = { cms: `test_e2e_cms_${suffix}`, monitor: `test_e2e_monitor_${suffix}` }
  const demoPassword = randomBytes(9).toString('base64url')
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'idm-e2e-media-'))
  const dropAll = async () => {
    await dropDatabase(adminUrl, databases.cms)
    await dropDatabase(adminUrl, databases.monitor)
    rmSync(mediaDir, { recursive: true, force: true })
  }
  try {
    const platform = await startPlatform({
      adminUrl,
      cmsDatabaseUrl: withDatabase(adminUrl, databases.cms),
      monitorDatabaseUrl: withDatabase(adminUrl, databases.monitor),
      ports: {
        gateway: await freePort(),
        cms: await freePort(),
        monitor: await freePort(),
        content: await freePort(),
      },
      hosts: { gateway: '127.0.0.1', cms: '127.0.0.1', subgraphs: '127.0.0.1' },
      payloadSecret: randomBytes(32).toString('hex'),
      demoPassword,
      mediaDir,
      admin,
      quiet: true,
    })
    return {
      // The admin as people open it: Payload accepts cookie-authenticated writes only from its
      // serverURL's origin (http://localhost:<port>).
      urls: { ...platform.urls, admin: platform.publicUrls.admin },
      demoPassword,
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
