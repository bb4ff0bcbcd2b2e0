import type { DataSource, QueryRunner } from 'typeorm'

/**
 * Runs one seed step in a transaction of its own on a dedicated query runner (the seeds need
 * `runner.query(…, true)` for affected-row counts), committing on success and rolling back on
 * any error. The one transaction block every seed uses.
 */
export async function inSeedTransaction<T>(
  dataSource: DataSource,
  work: (runner: QueryRunner) => Promise<T>,
): Promise<T> {
  const runner = dataSource.createQueryRunner()
  try {
    await runner.startTransaction()
    const result = await work(runner)
    await runner.commitTransaction()
    return result
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction()
    throw error
  } finally {
    await runner.release()
  }
}

/** Rows a statement inserted, updated or deleted (0 when it changed nothing). */
export async function affectedRows(
  runner: QueryRunner,
  sql: string,
  parameters: unknown[],
): Promise<number> {
  const result = (await runner.query(sql, parameters, true)) as { affected?: number }
  return result.affected ?? 0
}
