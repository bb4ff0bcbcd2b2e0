import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'

/** A Dutch municipality as the shared registry (@idm/reference) lists it. */
export interface Municipality {
  /** CBS code: "GM" and four digits (Amsterdam: GM0363). */
  code: string
  name: string
  province: string
}

const REQUIRED_COLUMNS = ['code', 'name', 'province'] as const

/** The registry file cannot be read as the municipalities CSV; the CMS does not start on it. */
export class MunicipalityRegistryError extends Error {
  readonly code = 'MUNICIPALITY_REGISTRY_INVALID'

  constructor(problem: string) {
    super(`municipalities CSV: ${problem}`)
    this.name = 'MunicipalityRegistryError'
  }
}

/**
 * Parses the registry CSV (header `code,name,province,…`) with csv-parse, as the monitor does:
 * quoted fields may hold commas ("Nuenen, Gerwen en Nederwetten"), CRLF or LF line endings.
 */
export function parseMunicipalitiesCsv(csv: string): Map<string, Municipality> {
  const rows: Record<string, string>[] = parse(csv, {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  })
  const header = rows[0] ?? {}
  for (const column of REQUIRED_COLUMNS) {
    if (!(column in header)) throw new MunicipalityRegistryError(`no "${column}" column`)
  }
  return new Map(
    rows.map(({ code = '', name = '', province = '' }) => [code, { code, name, province }]),
  )
}

let registry: ReadonlyMap<string, Municipality> | undefined

/**
 * The 342 municipalities, read once from @idm/reference. Read with fs from the path Node
 * resolves (not imported), so that tsx, vitest and `next start` load the same file.
 */
export function municipalities(): ReadonlyMap<string, Municipality> {
  if (!registry) {
    // Turbopack (next build) replaces a statically visible `createRequire(...)` with its own
    // bundler require, which cannot resolve a .csv at runtime ("expression is too dynamic").
    // Taking createRequire from getBuiltinModule keeps Node's resolution in every runtime.
    const { createRequire } = process.getBuiltinModule('node:module')
    const csvPath = createRequire(import.meta.url).resolve('@idm/reference/municipalities-nl.csv')
    registry = parseMunicipalitiesCsv(readFileSync(csvPath, 'utf8'))
  }
  return registry
}

/** The municipality with this CBS code, or undefined when the registry does not know it. */
export function findMunicipality(code: string): Municipality | undefined {
  return municipalities().get(code)
}
