import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { MUNICIPALITY_CODE_PATTERN } from '../municipality/municipality.entity'

export interface MunicipalityRecord {
  code: string
  name: string
  province: string
  inhabitants: number
  areaKm2: number
  seat: string
  neighbours: string[]
}

type CsvRow = Record<
  'code' | 'name' | 'province' | 'inhabitants' | 'area_km2' | 'seat' | 'neighbours',
  string
>

/** Parses the reference CSV and rejects it whole on the first bad line, so a broken file never half-seeds. */
export function readMunicipalitiesCsv(csvPath: string): MunicipalityRecord[] {
  const rows: CsvRow[] = parse(readFileSync(csvPath, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  })
  const records = rows.map((row, index) => toRecord(row, `${csvPath}:${index + 2}`))

  const codes = new Set(records.map((record) => record.code))
  if (codes.size !== records.length) throw new Error(`${csvPath}: duplicate municipality codes`)
  for (const record of records) {
    for (const neighbour of record.neighbours) {
      if (!codes.has(neighbour)) {
        throw new Error(`${csvPath}: ${record.code} lists unknown neighbour ${neighbour}`)
      }
      if (neighbour === record.code) throw new Error(`${csvPath}: ${record.code} neighbours itself`)
    }
  }
  return records
}

function toRecord(row: CsvRow, where: string): MunicipalityRecord {
  const fail = (problem: string): never => {
    throw new Error(`${where}: ${problem}`)
  }
  if (!MUNICIPALITY_CODE_PATTERN.test(row.code)) fail(`invalid code "${row.code}"`)
  for (const column of ['name', 'province', 'seat'] as const) {
    if (row[column] === '') fail(`empty ${column}`)
  }
  const inhabitants = Number(row.inhabitants)
  if (!Number.isInteger(inhabitants) || inhabitants < 0)
    fail(`invalid inhabitants "${row.inhabitants}"`)
  const areaKm2 = Number(row.area_km2)
  if (!Number.isFinite(areaKm2) || areaKm2 <= 0) fail(`invalid area_km2 "${row.area_km2}"`)
  const neighbours = row.neighbours === '' ? [] : row.neighbours.split('|')
  for (const neighbour of neighbours) {
    if (!MUNICIPALITY_CODE_PATTERN.test(neighbour)) fail(`invalid neighbour code "${neighbour}"`)
  }

  return {
    code: row.code,
    name: row.name,
    province: row.province,
    inhabitants,
    areaKm2,
    seat: row.seat,
    neighbours,
  }
}
