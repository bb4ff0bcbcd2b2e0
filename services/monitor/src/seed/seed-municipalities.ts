import type { DataSource, QueryRunner } from 'typeorm'
import { municipalitiesCsvPath } from '../paths'
import { readMunicipalitiesCsv, type MunicipalityRecord } from './municipalities.csv'
import { replaceLinks } from './replace-links'
import { affectedRows, inSeedTransaction } from './seed-transaction'

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
  return inSeedTransaction(dataSource, (runner) => writeRecords(runner, records))
}

async function writeRecords(
  runner: QueryRunner,
  records: MunicipalityRecord[],
): Promise<SeedResult> {
  // unnest() keeps each statement to a fixed handful of parameters, however many rows.
  const written = await affectedRows(
    runner,
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
  )

  const links = await replaceLinks(
    runner,
    {
      table: 'municipality_neighbour',
      columns: ['municipality_code', 'neighbour_code'],
      types: ['varchar', 'varchar'],
    },
    records.flatMap((record) =>
      record.neighbours.map((neighbour) => [record.code, neighbour] as const),
    ),
  )

  return {
    municipalitiesWritten: written,
    neighboursInserted: links.inserted,
    neighboursDeleted: links.deleted,
  }
}
