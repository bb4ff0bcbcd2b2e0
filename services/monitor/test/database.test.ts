import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepareDatabase } from '../src/database'
import { readMunicipalitiesCsv } from '../src/seed/municipalities.csv'
import { seedMunicipalities } from '../src/seed/seed-municipalities'
import { municipalitiesCsvPath } from '../src/paths'
import { startTestMonitor, type TestMonitor } from './support/monitor'

let monitor: TestMonitor

beforeAll(async () => {
  monitor = await startTestMonitor()
})

afterAll(async () => {
  await monitor?.destroy()
})

async function count(table: string): Promise<number> {
  const [row] = await monitor.dataSource.query<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM "${table}"`,
  )
  return row!.count
}

/** Row versions: xmin changes whenever PostgreSQL rewrites a row, even with identical values. */
async function rowVersions(): Promise<string[]> {
  const rows = await monitor.dataSource.query<{ version: string }[]>(
    `SELECT code || ':' || xmin::text AS version FROM "municipality"
     UNION ALL
     SELECT municipality_code || neighbour_code || ':' || xmin::text FROM "municipality_neighbour"
     ORDER BY 1`,
  )
  return rows.map((row) => row.version)
}

describe('migrations and seed', () => {
  it('seeds all 342 municipalities and 1762 directed neighbour links from the CSV', async () => {
    expect(await count('municipality')).toBe(342)
    expect(await count('municipality_neighbour')).toBe(1762)
  })

  it('stores the CSV values exactly, including decimal areas as numbers', async () => {
    const [nuenen] = await monitor.dataSource.query<Record<string, unknown>[]>(
      `SELECT * FROM "municipality" WHERE code = 'GM0820'`,
    )

    expect(nuenen).toEqual({
      code: 'GM0820',
      name: 'Nuenen, Gerwen en Nederwetten',
      province: 'Noord-Brabant',
      inhabitants: 24467,
      area_km2: '33.71',
      seat: 'Nuenen',
    })
  })

  it('writes nothing when the seed runs again on a seeded database', async () => {
    const before = await rowVersions()

    const result = await seedMunicipalities(monitor.dataSource)

    expect(result).toEqual({
      municipalitiesWritten: 0,
      neighboursInserted: 0,
      neighboursDeleted: 0,
    })
    expect(await rowVersions()).toEqual(before)
  })

  it('applies no migration and writes nothing when start-up preparation runs twice', async () => {
    const result = await prepareDatabase(monitor.dataSource)

    expect(result).toEqual({
      migrations: [],
      seed: { municipalitiesWritten: 0, neighboursInserted: 0, neighboursDeleted: 0 },
      taxonomy: {
        lifeDomainsWritten: 0,
        crpdArticlesWritten: 0,
        linksInserted: 0,
        linksDeleted: 0,
      },
      demoAssessments: { measurementsInserted: 0, responsesInserted: 0 },
      survey: { questionnaireRowsWritten: 0, demoResponsesWritten: 0 },
    })
  })

  it('restores edited rows and adjacency to what the CSV says', async () => {
    await monitor.dataSource.query(
      `UPDATE "municipality" SET inhabitants = 1 WHERE code = 'GM0363'`,
    )
    await monitor.dataSource.query(
      `DELETE FROM "municipality_neighbour" WHERE municipality_code = 'GM0363' AND neighbour_code = 'GM0362'`,
    )
    await monitor.dataSource.query(
      `INSERT INTO "municipality_neighbour" VALUES ('GM0363', 'GM0014')`,
    )

    const result = await seedMunicipalities(monitor.dataSource)

    expect(result).toEqual({
      municipalitiesWritten: 1,
      neighboursInserted: 1,
      neighboursDeleted: 1,
    })
    const [amsterdam] = await monitor.dataSource.query<{ inhabitants: number }[]>(
      `SELECT inhabitants FROM "municipality" WHERE code = 'GM0363'`,
    )
    expect(amsterdam?.inhabitants).toBe(942504)
    expect(await count('municipality_neighbour')).toBe(1762)
  })

  it('matches the entity metadata, so TypeORM would generate no further migration', async () => {
    const pending = await monitor.dataSource.driver.createSchemaBuilder().log()

    expect(pending.upQueries.map((query) => query.query)).toEqual([])
  })

  it('rejects a malformed code at the database level too', async () => {
    await expect(
      monitor.dataSource.query(`INSERT INTO "municipality" VALUES ('XX0001', 'X', 'X', 1, 1, 'X')`),
    ).rejects.toThrow(/CHK_municipality_code/)
  })
})

describe('municipalities CSV', () => {
  it('has 342 rows whose neighbour lists are symmetric', () => {
    const records = readMunicipalitiesCsv(municipalitiesCsvPath)
    const byCode = new Map(records.map((record) => [record.code, record]))

    expect(records).toHaveLength(342)
    for (const record of records) {
      for (const neighbour of record.neighbours) {
        expect(byCode.get(neighbour)?.neighbours).toContain(record.code)
      }
    }
  })
})
