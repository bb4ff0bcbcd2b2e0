// @ts-check
import pg from 'pg'
import { databaseName } from '../databases.mjs'

/**
 * Counts the SQL statements the services run, with pg_stat_statements (loaded at the embedded
 * server's start). `open` fails with the reason when the server cannot count, and the bench says
 * so instead of printing numbers.
 * @param {string} viewDatabaseUrl a throwaway bench database to create the extension's view in
 * @param {string[]} databaseUrls  the databases whose statements count
 */
export async function openStatementCounter(viewDatabaseUrl, databaseUrls) {
  const client = new pg.Client({ connectionString: viewDatabaseUrl })
  await client.connect()
  try {
    await client.query('create extension if not exists pg_stat_statements')
    await client.query('select pg_stat_statements_reset()')
  } catch (error) {
    await client.end()
    throw error
  }
  const names = databaseUrls.map(databaseName)
  return {
    reset: async () => {
      await client.query('select pg_stat_statements_reset()')
    },
    /** Statements per database since the last reset, leaving out the counter's own. */
    read: async () => {
      const { rows } = await client.query(
        `select d.datname as database, coalesce(sum(s.calls), 0)::int as calls
           from pg_stat_statements s join pg_database d on d.oid = s.dbid
          where d.datname = any($1) and s.query not ilike '%pg_stat_statements%'
          group by d.datname`,
        [names],
      )
      /** @type {Record<string, number>} */
      const calls = Object.fromEntries(names.map((name) => [name, 0]))
      for (const row of rows) calls[row.database] = row.calls
      return calls
    },
    close: () => client.end(),
  }
}
