import { randomBytes } from 'node:crypto'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DatabaseLink } from '../../scripts/lib/database-link.mjs'
import { parseSettings } from '../src/config'
import { createPayloadConfig } from '../src/createPayloadConfig'
import { startContentServer, type ContentServer } from '../src/subgraph/app'
import { startTestCms, type TestCms } from './support/testCms'

/**
 * The content subgraph when its database goes away: a real PostgreSQL database reached through a
 * TCP link that the test cuts. Clients get DATABASE_UNAVAILABLE, never the host, port or SQL, and
 * the subgraph answers again, without a restart, once the database is back.
 */
const QUERY = '{ knowledgeProducts(first: 2) { totalCount edges { node { title } } } }'
// A municipality's content: the public read path, an SQL statement of its own (shared/published.ts).
const ENTITIES = `{
  _entities(representations: [{ __typename: "Municipality", code: "GM0363" }]) {
    ... on Municipality { knowledgeProducts { title } practiceExamples { title } }
  }
}`
const LEAKS = [/ {4}at /, /\/work/, /node_modules/, /\bselect\b/i, /127\.0\.0\.1/, /:\d{4,5}\b/]

interface Body {
  data?: {
    knowledgeProducts?: { totalCount: number } | null
    _entities?: Array<{ knowledgeProducts: Array<{ title: string }> | null } | null>
  } | null
  errors?: Array<{ message: string; extensions?: { code?: string } }>
}

describe('content subgraph with its database gone', () => {
  let cms: TestCms
  let link: DatabaseLink
  let linked: Payload
  let server: ContentServer

  async function ask(query = QUERY): Promise<{ status: number; text: string; body: Body }> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    const text = await response.text()
    return { status: response.status, text, body: JSON.parse(text) as Body }
  }

  beforeAll(async () => {
    cms = await startTestCms()
    const url = new URL(cms.databaseUrl)
    link = new DatabaseLink({ host: url.hostname, port: Number(url.port || 5432) })
    await link.open()
    const key = `linked_${randomBytes(4).toString('hex')}`
    linked = await getPayload({
      config: createPayloadConfig(
        parseSettings({
          CMS_DATABASE_URL: link.through(cms.databaseUrl),
          PAYLOAD_SECRET: randomBytes(32).toString('hex'),
          CMS_JOBS_AUTORUN: 'false',
        }),
      ),
      key,
    })
    // The cut ends the pool's connections; their errors are the point, not a failure of the run.
    linked.db.pool.on('error', () => {})
    server = await startContentServer({ payload: linked, host: '127.0.0.1', port: 0 })
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await link?.cut()
    await linked?.destroy().catch(() => undefined)
    await cms?.destroy()
  })

  it('answers DATABASE_UNAVAILABLE while the database is unreachable, and fully once it is back', async () => {
    const before = await ask()
    expect(before.body.errors).toBeUndefined()
    expect(before.body.data?.knowledgeProducts?.totalCount).toBeGreaterThan(0)
    const entitiesBefore = await ask(ENTITIES)
    expect(entitiesBefore.body.errors).toBeUndefined()
    expect(entitiesBefore.body.data?._entities?.[0]?.knowledgeProducts?.length).toBeGreaterThan(0)

    await link.cut()
    const during = await ask()
    expect(during.body.errors?.[0]).toMatchObject({
      message: 'The content database is not available; try again shortly',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    })
    for (const leak of LEAKS) expect(during.text).not.toMatch(leak)
    const entitiesDuring = await ask(ENTITIES)
    expect(entitiesDuring.body.errors?.length).toBeGreaterThan(0)
    for (const error of entitiesDuring.body.errors ?? []) {
      expect(error).toMatchObject({
        message: 'The content database is not available; try again shortly',
        extensions: { code: 'DATABASE_UNAVAILABLE' },
      })
    }
    for (const leak of LEAKS) expect(entitiesDuring.text).not.toMatch(leak)

    await link.open()
    let after = await ask()
    for (let attempt = 0; attempt < 20 && after.body.errors; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      after = await ask()
    }
    expect(after.body.errors).toBeUndefined()
    expect(after.body.data?.knowledgeProducts?.totalCount).toBe(
      before.body.data?.knowledgeProducts?.totalCount,
    )
    expect((await ask(ENTITIES)).body).toEqual(entitiesBefore.body)
  })
})
