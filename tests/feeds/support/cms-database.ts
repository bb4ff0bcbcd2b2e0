import pg from 'pg'

const adminUrl =
  process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/**
 * A connection to the CMS database of a test platform started with `PGAPPNAME=<appName>`: the
 * platform keeps its database names to itself, but its services' connections carry that name
 * (node-postgres reads PGAPPNAME), so pg_stat_activity tells which database is theirs.
 */
export async function cmsDatabaseOf(appName: string): Promise<pg.Client> {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    const { rows } = await admin.query<{ datname: string }>(
      `select distinct datname from pg_stat_activity
        where application_name = $1 and datname like 'test_e2e_cms_%'`,
      [appName],
    )
    if (rows.length !== 1)
      throw new Error(`expected one CMS database for ${appName}, found ${rows.length}`)
    const url = new URL(adminUrl)
    url.pathname = `/${rows[0]!.datname}`
    const client = new pg.Client({ connectionString: url.toString() })
    await client.connect()
    return client
  } finally {
    await admin.end()
  }
}
