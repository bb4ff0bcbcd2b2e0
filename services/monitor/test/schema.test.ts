import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { printMonitorSdl } from '../src/schema'

const committed = path.resolve(__dirname, '../../../schema/monitor.graphql')

describe('subgraph schema', () => {
  it('matches the committed schema/monitor.graphql (regenerate: npm run schema:generate -w @idm/monitor)', async () => {
    expect(await printMonitorSdl()).toBe(readFileSync(committed, 'utf8'))
  })

  it('prints byte-identical SDL on every build', async () => {
    expect(await printMonitorSdl()).toBe(await printMonitorSdl())
  })

  it('declares Municipality as a Federation 2 entity keyed by code', async () => {
    const sdl = await printMonitorSdl()

    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"')
    expect(sdl).toMatch(/type Municipality\s+@key\(fields: "code"\)/)
  })
})
