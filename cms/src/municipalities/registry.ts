import { readFileSync } from 'node:fs'

/** A Dutch municipality as the shared registry (@idm/reference) lists it. */
export interface Municipality {
  /** CBS code: "GM" and four digits (Amsterdam: GM0363). */
  code: string
  name: string
  province: string
}

/**
 * Splits one CSV line into fields: commas separate, double quotes enclose a field that contains
 * a comma ("Nuenen, Gerwen en Nederwetten"), and two double quotes inside one stand for one.
 */
export function parseCsvLine(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"'
        i++
      } else if (char === '"') {
        quoted = false
      } else {
        field += char
      }
    } else if (char === '"') {
      quoted = true
    } else if (char === ',') {
      fields.push(field)
      field = ''
    } else {
      field += char
    }
  }
  fields.push(field)
  return fields
}

/** Parses the registry CSV (header `code,name,province,…`, CRLF or LF line endings). */
export function parseMunicipalitiesCsv(csv: string): Map<string, Municipality> {
  const [header = '', ...rows] = csv.split(/\r?\n/).filter((line) => line.trim() !== '')
  const columns = parseCsvLine(header)
  const index = (name: string): number => {
    const position = columns.indexOf(name)
    if (position < 0) throw new Error(`municipalities CSV has no "${name}" column`)
    return position
  }
  const [code, name, province] = [index('code'), index('name'), index('province')]
  const registry = new Map<string, Municipality>()
  for (const row of rows) {
    const fields = parseCsvLine(row)
    const municipality = {
      code: fields[code] ?? '',
      name: fields[name] ?? '',
      province: fields[province] ?? '',
    }
    registry.set(municipality.code, municipality)
  }
  return registry
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
