import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, startTestPlatform, type TestPlatform } from '../support/platform.js'

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'queries')
const cases = readdirSync(dir)
  .filter((file) => file.endsWith('.graphql'))
  .map((file) => file.replace(/\.graphql$/, ''))
  .sort()

/**
 * Golden queries: each `queries/<name>.graphql` goes through the gateway to the real subgraphs
 * and must answer exactly `queries/<name>.json`.
 */
describe('golden queries through the gateway', () => {
  let platform: TestPlatform

  beforeAll(async () => {
    platform = await startTestPlatform({ admin: false })
  })
  afterAll(async () => {
    await platform?.stop()
  })

  it.each(cases)('%s', async (name) => {
    const query = readFileSync(path.join(dir, `${name}.graphql`), 'utf8')
    const expected: unknown = JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8'))
    expect(await graphql(platform.urls.graphql, query)).toEqual(expected)
  })
})
