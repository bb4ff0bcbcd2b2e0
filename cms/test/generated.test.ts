import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateImportMap, type SanitizedConfig } from 'payload'
import { generateTypes } from 'payload/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseSettings } from '../src/config'
import { createPayloadConfig } from '../src/createPayloadConfig'

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src')
const importMapDir = path.join(src, 'app/(payload)/admin')

/**
 * The generated files are committed (STYLE rule 10); these tests fail when a collection changed
 * without `npm run generate:types` / `npm run generate:importmap`. Neither needs a database.
 */
describe('committed generated files', () => {
  let config: SanitizedConfig
  let scratch: string

  beforeAll(async () => {
    config = await createPayloadConfig(
      parseSettings({ NEXT_PHASE: 'phase-production-build', CMS_JOBS_AUTORUN: 'false' }),
    )
    scratch = mkdtempSync(path.join(tmpdir(), 'cms-generated-'))
  })
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true })
  })

  it('has a current src/payload-types.ts (run `npm run generate:types -w @idm/cms`)', async () => {
    const outputFile = path.join(scratch, 'payload-types.ts')

    await generateTypes(
      { ...config, typescript: { ...config.typescript, outputFile } },
      { log: false },
    )

    expect(readFileSync(outputFile, 'utf8')).toBe(
      readFileSync(path.join(src, 'payload-types.ts'), 'utf8'),
    )
  })

  it('has a current admin import map (run `npm run generate:importmap -w @idm/cms`)', async () => {
    // Written beside the committed one, so that its relative import paths are the same.
    const importMapFile = path.join(importMapDir, `.importMap.check-${process.pid}.js`)
    try {
      await generateImportMap(
        {
          ...config,
          admin: { ...config.admin, importMap: { ...config.admin.importMap, importMapFile } },
        },
        { log: false, force: true },
      )

      expect(readFileSync(importMapFile, 'utf8')).toBe(
        readFileSync(path.join(importMapDir, 'importMap.js'), 'utf8'),
      )
    } finally {
      rmSync(importMapFile, { force: true })
    }
  })
})
