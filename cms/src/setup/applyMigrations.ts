import { sql } from '@payloadcms/db-postgres'
import type { Migration, Payload } from 'payload'
import { migrations } from '../migrations'

/** Payload marks a database that its dev "push" mode changed with a migration of batch -1. */
const PUSH_MODE_BATCH = -1

export class PushModeDatabaseError extends Error {
  constructor() {
    super(
      'This database was changed by Payload push (dev) mode, so `payload migrate` would stop and ' +
        'ask for confirmation. Use a fresh database, or drop it and run the setup again.',
    )
    this.name = 'PushModeDatabaseError'
  }
}

async function hasMigrationTable(payload: Payload): Promise<boolean> {
  const result = await payload.db.drizzle.execute<{ exists: boolean }>(
    sql`select to_regclass('payload_migrations') is not null as "exists"`,
  )
  return result.rows[0]?.exists === true
}

/**
 * Applies the committed migrations that have not run yet, without any prompt. Fails instead of
 * hanging on a database that push mode touched (Payload would ask for confirmation there).
 */
export async function applyMigrations(payload: Payload): Promise<void> {
  if (await hasMigrationTable(payload)) {
    const { totalDocs } = await payload.count({
      collection: 'payload-migrations',
      where: { batch: { equals: PUSH_MODE_BATCH } },
    })
    if (totalDocs > 0) throw new PushModeDatabaseError()
  }
  // The adapter calls each `up` with the postgres MigrateUpArgs that the generated files declare;
  // Payload's generic Migration type only says `unknown`.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
