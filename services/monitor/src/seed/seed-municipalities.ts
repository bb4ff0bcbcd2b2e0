import type { DataSource, QueryRunner } from 'typeorm'
import { municipalitiesCsvPath } from '../paths'
import { readMunicipalitiesCsv, type MunicipalityRecord } from './municipalities.csv'

export interface SeedResult {
  /** Rows inserted or changed; 0 when the database already matches the CSV. */
  municipalitiesWritten: number
  neighboursInserted: number
  neighboursDeleted: number
}

/**
 * Makes the municipality tables match the CSV, in one transaction. Unchanged rows are not
 * rewritten, so a second run writes nothing. Municipalities missing from the CSV are kept
 * (other data may refer to them); adjacency is replaced because the CSV is its only source.
 */
export async function seedMunicipalities(
  dataSource: DataSource,
  csvPath: string = municipalitiesCsvPath,
): Promise<SeedResult> {
  const records = readMunicipalitiesCsv(csvPath)
  const runner = dataSource.createQueryRunner()
  try {
    await runner.startTransaction()
    const result = await writeRecords(runner, records)
    await runner.commitTransaction()
    return result
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction()
    throw error
  } finally {
    await runner.release()
  }
}

async function writeRecords(
  runner: QueryRunner,
  records: MunicipalityRecord[],
): Promise<SeedResult> {
  // unnest() keeps each statement to a fixed handful of parameters, however many rows.
  const upserted = await runner.query(
    `INSERT INTO "municipality" ("code", "name", "province", "inhabitants", "area_km2", "seat")
     SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::integer[], $5::numeric[], $6::text[])
     ON CONFLICT ("code") DO UPDATE SET
       "name" = excluded."name",
       "province" = excluded."province",
       "inhabitants" = excluded."inhabitants",
       "area_km2" = excluded."area_km2",
       "seat" = excluded."seat"
     WHERE ("municipality"."name", "municipality"."province", "municipality"."inhabitants",
            "municipality"."area_km2", "municipality"."seat")
       IS DISTINCT FROM (excluded."name", excluded."province", excluded."inhabitants",
            excluded."area_km2", excluded."seat")`,
    [
      records.map((record) => record.code),
      records.map((record) => record.name),
      records.map((record) => record.province),
      records.map((record) => record.inhabitants),
      records.map((record) => record.areaKm2),
      records.map((record) => record.seat),
    ],
    true,
  )

  const pairs = records.flatMap((record) =>
    record.neighbours.map((neighbour) => [record.code, neighbour]),
  )
  const from = pairs.map(([code]) => code)
  const to = pairs.map(([, neighbour]) => neighbour)

  const deleted = await runner.query(
    `DELETE FROM "municipality_neighbour" AS n
     WHERE NOT EXISTS (
       SELECT 1 FROM unnest($1::varchar[], $2::varchar[]) AS s("municipality_code", "neighbour_code")
       WHERE s."municipality_code" = n."municipality_code" AND s."neighbour_code" = n."neighbour_code"
     )`,
    [from, to],
    true,
  )
  const inserted = await runner.query(
    `INSERT INTO "municipality_neighbour" ("municipality_code", "neighbour_code")
     SELECT * FROM unnest($1::varchar[], $2::varchar[])
     ON CONFLICT DO NOTHING`,
    [from, to],
    true,
  )

  return {
    municipalitiesWritten: upserted.affected ?? 0,
    neighboursInserted: inserted.affected ?? 0,
    neighboursDeleted: deleted.affected ?? 0,
  }
}
