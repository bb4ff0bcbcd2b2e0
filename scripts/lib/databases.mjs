// @ts-check
import pg from 'pg'

/** Returns `url` pointing at database `name` on the same server. */
export function withDatabase(/** @type {string} */ url, /** @type {string} */ name) {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

/** Name of the database a connection URL points at. */
export function databaseName(/** @type {string} */ url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || 'postgres'
}

/** @param {string} adminUrl @param {(client: pg.Client) => Promise<T>} work @template T */
async function withClient(adminUrl, work) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** Creates database `name` unless it exists. */
export async function ensureDatabase(/** @type {string} */ adminUrl, /** @type {string} */ name) {
  await withClient(adminUrl, async (client) => {
    const found = await client.query('select 1 from pg_database where datname = $1', [name])
    if (found.rowCount === 0) await client.query(`create database ${pg.escapeIdentifier(name)}`)
  })
}

/** Drops database `name`, disconnecting whoever is still connected. */
export async function dropDatabase(/** @type {string} */ adminUrl, /** @type {string} */ name) {
  await withClient(adminUrl, (client) =>
    client.query(`drop database if exists ${pg.escapeIdentifier(name)} with (force)`),
  )
}

/** Waits until the server answers, for servers that are still starting. */
export async function waitForServer(/** @type {string} */ url, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await withClient(url, (client) => client.query('select 1'))
      return
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`PostgreSQL at ${redact(url)} did not answer: ${error}`)
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
  }
}

/** A connection URL without its password, for messages. */
export function redact(/** @type {string} */ url) {
  const parsed = new URL(url)
  if (parsed.password) parsed.password = '***'
  return parsed.toString()
}
