import type { QueryRunner } from 'typeorm'
import { affectedRows } from './seed-transaction'

/** A two-column link table and the PostgreSQL array types of its columns. */
export interface LinkTable {
  table: string
  columns: readonly [from: string, to: string]
  types: readonly [from: string, to: string]
}

/**
 * Makes a link table hold exactly `pairs`: deletes the links not in it, inserts the missing ones
 * and leaves the rest untouched, so a second run writes nothing. For links whose only source is
 * the seed's file (neighbours, article–life-domain). Two statements, however many pairs.
 */
export async function replaceLinks<A, B>(
  runner: QueryRunner,
  { table, columns: [from, to], types: [fromType, toType] }: LinkTable,
  pairs: ReadonlyArray<readonly [A, B]>,
): Promise<{ inserted: number; deleted: number }> {
  const parameters = [pairs.map(([a]) => a), pairs.map(([, b]) => b)]
  const deleted = await affectedRows(
    runner,
    `DELETE FROM "${table}" AS l
     WHERE NOT EXISTS (
       SELECT 1 FROM unnest($1::${fromType}[], $2::${toType}[]) AS s("${from}", "${to}")
       WHERE s."${from}" = l."${from}" AND s."${to}" = l."${to}"
     )`,
    parameters,
  )
  const inserted = await affectedRows(
    runner,
    `INSERT INTO "${table}" ("${from}", "${to}")
     SELECT * FROM unnest($1::${fromType}[], $2::${toType}[])
     ON CONFLICT DO NOTHING`,
    parameters,
  )
  return { inserted, deleted }
}
