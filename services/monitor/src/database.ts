import type { DataSource } from 'typeorm'
import { seedMunicipalities, type SeedResult } from './seed/seed-municipalities'

/** Brings an initialised database up to date: pending migrations in one transaction, then the seed. */
export async function prepareDatabase(
  dataSource: DataSource,
): Promise<{ migrations: string[]; seed: SeedResult }> {
  const applied = await dataSource.runMigrations({ transaction: 'all' })
  const seed = await seedMunicipalities(dataSource)
  return { migrations: applied.map((migration) => migration.name), seed }
}
