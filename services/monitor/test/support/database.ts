import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** A PostgreSQL server the tests may create databases on; `npm test` points this at a throwaway one. */
function adminUrl(): string {
  const configured = process.env.TEST_DATABASE_ADMIN_URL?.trim()
  return configured ? configured : 'postgres://postgres@127.0.0.1:5432/postgres'
}

export interface TestDatabase {
  name: string
  url: string
  /** Drops the database, ending any connection still open to it. */
  drop(): Promise<void>
}

/** A new, empty database named `<prefix>_<random>` on the admin server. */
export async function createTestDatabase(prefix = 'test_monitor'): Promise<TestDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`
  const url = new URL(adminUrl())
  url.pathname = `/${name}`

  await onAdminServer(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
  return {
    name,
    url: url.toString(),
    drop: () => onAdminServer(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`),
  }
}

async function onAdminServer(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}
