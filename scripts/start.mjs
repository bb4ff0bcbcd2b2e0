// @ts-check
// `npm start` (and `npm run dev`): the whole platform on one machine with one command.
// Without DATABASE_URL it runs an embedded PostgreSQL whose data stays in .data/.
import path from 'node:path'
import { startEmbeddedPostgres } from './lib/embedded-postgres.mjs'
import { log, say } from './lib/log.mjs'
import { buildEdge, repoRoot, startMailCatcher, startPlatform } from './lib/platform.mjs'
import { assertPortFree, stopEverything } from './lib/processes.mjs'
import { loadLocalSecrets } from './lib/secrets.mjs'

const dev = process.argv.includes('--dev')
const started = Date.now()

/** @type {Array<() => Promise<void>>} */
const cleanups = []
let stopping = false
async function shutdown(code = 0) {
  if (stopping) return
  stopping = true
  say('\nStopping…')
  // Services (and a build or migration) still starting when Ctrl-C came are not in `cleanups` yet.
  await stopEverything().catch((error) => console.error(error))
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch((error) => console.error(error))
  }
  say('Stopped.')
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

try {
  // The settings take their defaults from the edge package, which must be compiled first.
  await buildEdge()
  const { loadSettings } = await import('./lib/settings.mjs')
  const settings = loadSettings()
  const dataDir = path.resolve(repoRoot, settings.dataDir)
  const secrets = loadLocalSecrets(dataDir)
  const { ports, hosts } = settings
  await assertPortFree(hosts.gateway, ports.gateway, 'GATEWAY_PORT')
  await assertPortFree(hosts.monitor, ports.monitor, 'MONITOR_PORT')
  await assertPortFree(hosts.content, ports.content, 'CONTENT_PORT')
  await assertPortFree(hosts.cms, ports.cms, 'CMS_PORT')

  let adminUrl = settings.databaseUrl ?? settings.cmsDatabaseUrl
  if (!adminUrl) {
    say(
      `Starting embedded PostgreSQL on 127.0.0.1:${settings.embeddedPostgresPort} (data in ${path.relative(process.cwd(), dataDir) || '.'}/postgres)…`,
    )
    const postgres = await startEmbeddedPostgres({
      dir: path.join(dataDir, 'postgres'),
      port: settings.embeddedPostgresPort,
      user: 'idm',
      password: secrets.postgresPassword,
    })
    cleanups.push(async () => {
      log('postgres', 'stopping')
      await postgres.stop()
    })
    adminUrl = postgres.adminUrl
  }

  // The election's confirmation e-mails land in a local inbox unless SMTP_URL names a real server.
  /** @type {Awaited<ReturnType<typeof startMailCatcher>> | undefined} */
  let mailCatcher
  if (!process.env.SMTP_URL) {
    const { DEFAULT_PORTS } = await import('@idm/edge')
    const smtpPort = Number(process.env.MAIL_SMTP_PORT || DEFAULT_PORTS.mailSmtp)
    const webPort = Number(process.env.MAIL_WEB_PORT || DEFAULT_PORTS.mailWeb)
    await assertPortFree('127.0.0.1', smtpPort, 'MAIL_SMTP_PORT')
    await assertPortFree('127.0.0.1', webPort, 'MAIL_WEB_PORT')
    const catcher = await startMailCatcher({ host: '127.0.0.1', smtpPort, webPort })
    cleanups.push(catcher.stop)
    mailCatcher = catcher
  }

  say(
    dev
      ? 'Starting in watch mode…'
      : 'Building what changed, migrating, seeding, starting services…',
  )
  const platform = await startPlatform({
    adminUrl,
    cmsDatabaseUrl: settings.cmsDatabaseUrl,
    monitorDatabaseUrl: settings.monitorDatabaseUrl,
    ports,
    hosts,
    payloadSecret: settings.payloadSecret ?? secrets.payloadSecret,
    demoPassword: settings.demoPassword ?? secrets.demoPassword,
    mediaDir: settings.mediaDir ?? path.join(dataDir, 'media'),
    electionHashKey: process.env.ELECTION_HASH_KEY || secrets.electionHashKey,
    smtpUrl: mailCatcher?.smtpUrl,
    dev,
  })
  cleanups.push(platform.stop)
  if (stopping) await new Promise(() => {})

  const demoPassword = settings.demoPassword ?? secrets.demoPassword
  say(`
Iedereen doet mee! graph is running (ready in ${Math.round((Date.now() - started) / 1000)}s)

  GraphQL gateway    ${platform.publicUrls.graphql}
  GraphQL explorer   ${platform.publicUrls.explorer}
  CMS admin          ${platform.publicUrls.admin}
  monitor subgraph   ${platform.urls.monitor}
  content subgraph   ${platform.urls.content}
  mail inbox         ${mailCatcher ? `${mailCatcher.publicWebUrl}  (in a browser: the election's and the CMS's e-mails)` : `SMTP_URL (${process.env.SMTP_URL?.replace(/\/\/[^@]*@/, '//…@')})`}

  Demo logins (admin at ${platform.publicUrls.admin}; the same login works for the graph),
  password ${demoPassword}:
    redacteur@example.org                   redacteur (editor)
    organisator@example.org                 organisator (election organiser)
    gemeente.oude-ijsselstreek@example.org  gemeenteambtenaar Oude IJsselstreek (GM1509)
    gemeente.amsterdam@example.org          gemeenteambtenaar Amsterdam (GM0363)
    gemeente.hengelo@example.org            gemeenteambtenaar Hengelo (GM0164)
    admin@example.org                       beheerder (admin)

A service that exits unexpectedly is restarted; press Ctrl-C to stop everything.`)
} catch (error) {
  console.error(`\nCould not start: ${error instanceof Error ? error.message : error}`)
  await shutdown(1)
}
