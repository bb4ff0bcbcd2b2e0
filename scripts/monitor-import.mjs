// @ts-check
// `npm run monitor:import -- <edition> <file.csv>`: imports peiling responses into the monitor
// database. Without MONITOR_DATABASE_URL / DATABASE_URL it uses the embedded PostgreSQL of
// `npm start`, which must be running.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { withDatabase } from './lib/databases.mjs'
import { buildEdge, repoRoot } from './lib/platform.mjs'
import { loadLocalSecrets } from './lib/secrets.mjs'

// The settings take their defaults from the edge package, which must be compiled first.
await buildEdge({ quiet: true })
const { loadSettings } = await import('./lib/settings.mjs')
const settings = loadSettings()
let databaseUrl = settings.monitorDatabaseUrl
if (!databaseUrl && settings.databaseUrl)
  databaseUrl = withDatabase(settings.databaseUrl, 'idm_monitor')
if (!databaseUrl) {
  const secrets = loadLocalSecrets(path.resolve(repoRoot, settings.dataDir))
  const password = encodeURIComponent(secrets.postgresPassword)
  databaseUrl = `postgres://idm:${password}@127.0.0.1:${settings.embeddedPostgresPort}/idm_monitor`
  console.log(
    `using the embedded database of npm start (127.0.0.1:${settings.embeddedPostgresPort}); start it first if it is not running`,
  )
}

const child = spawn(
  process.execPath,
  ['-r', '@swc-node/register', 'src/scripts/import-survey.ts', ...process.argv.slice(2)],
  {
    cwd: path.join(repoRoot, 'services/monitor'),
    stdio: 'inherit',
    env: {
      ...process.env,
      MONITOR_DATABASE_URL: databaseUrl,
      INIT_CWD: process.env.INIT_CWD ?? process.cwd(),
    },
  },
)
child.on('exit', (code) => process.exit(code ?? 1))
