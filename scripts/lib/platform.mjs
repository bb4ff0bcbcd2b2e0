// @ts-check
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isStale } from './builds.mjs'
import { databaseName, ensureDatabase, redact, waitForServer, withDatabase } from './databases.mjs'
import { log } from './log.mjs'
import { freePort, runStep, startService } from './processes.mjs'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(path.join(repoRoot, 'package.json'))
const bin = {
  tsc: require.resolve('typescript/bin/tsc'),
  tsx: require.resolve('tsx/cli'),
  next: createRequire(path.join(repoRoot, 'cms/package.json')).resolve('next/dist/bin/next'),
}
const at = (/** @type {string} */ dir) => path.join(repoRoot, dir)
/** The compiled content subgraph, relative to cms/ (cms/scripts/build-subgraph.mjs writes it). */
const CONTENT_SUBGRAPH_BUNDLE = 'dist/content-subgraph.js'

/**
 * Ports and hosts for a throwaway platform on loopback (tests, the bench, the drill): a free port
 * for each service, every one on 127.0.0.1.
 */
export async function loopbackAddresses() {
  return {
    ports: {
      gateway: await freePort(),
      cms: await freePort(),
      monitor: await freePort(),
      content: await freePort(),
    },
    hosts: { gateway: '127.0.0.1', cms: '127.0.0.1', monitor: '127.0.0.1', content: '127.0.0.1' },
  }
}

/**
 * A local mail catcher (maildev): SMTP for the monitor's e-mails and a web inbox to read them
 * (`npm start` prints its URL; the tests read its REST API, `GET /api/email`).
 * @param {{ host: string, smtpPort: number, webPort: number }} options
 */
export async function startMailCatcher({ host, smtpPort, webPort }) {
  const { MailDev } = await import('maildev')
  const maildev = new MailDev({ smtp: smtpPort, web: webPort, ip: host, webIp: host, silent: true })
  await maildev.start()
  const shown = ['127.0.0.1', '0.0.0.0', '::', '::1'].includes(host) ? 'localhost' : host
  return {
    smtpUrl: `smtp://${host}:${smtpPort}`,
    webUrl: `http://${host}:${webPort}`,
    publicWebUrl: `http://${shown}:${webPort}`,
    stop: () => maildev.stop(),
  }
}

/**
 * @typedef {object} PlatformOptions
 * @property {string} adminUrl        connection URL to the PostgreSQL server (any database; used to create ours)
 * @property {string} [cmsDatabaseUrl]     explicit CMS database (else `idm_cms` on the admin server)
 * @property {string} [monitorDatabaseUrl] explicit monitor database (else `idm_monitor`)
 * @property {{ gateway: number, cms: number, monitor: number, content: number }} ports
 * @property {{ gateway: string, cms: string, monitor: string, content: string }} hosts
 * @property {string} payloadSecret
 * @property {string} demoPassword
 * @property {string} [mediaDir] where the CMS stores uploads (else MEDIA_DIR, else the CMS default)
 * @property {boolean} [admin]   start the Payload admin (Next.js); tests of the graph alone skip it
 * @property {boolean} [gateway] start the gateway (default); the bench starts its own instead
 * @property {boolean} [dev]     watch mode: sources run directly and restart on change
 * @property {boolean} [quiet]   do not echo the services' output
 * @property {NodeJS.ProcessEnv} [env] the services' environment (else this process's); the
 *   launcher's own variables (ports, hosts, database URLs, secrets) are set on top of it
 * @property {import('./processes.mjs').Backoff} [backoff] restart delays of crashed services
 * @property {string} [electionHashKey] ELECTION_HASH_KEY for the monitor (else derived, see its config)
 * @property {string} [smtpUrl] where the monitor sends the election's e-mails (a mail catcher locally)
 */

/**
 * Builds what is stale, prepares both databases (migrations, seed), then starts the monitor and
 * content subgraphs, the CMS admin and the gateway, each as its own process, and waits until each
 * answers its health check. Stops whatever it started if any step fails. From then on each
 * service is supervised: a process that exits unexpectedly is restarted with backoff while the
 * others keep serving; only `stop()` ends them, in reverse start order.
 * @param {PlatformOptions} options
 */
export async function startPlatform(options) {
  const { ports, hosts, admin = true, gateway = true, dev = false, quiet = false } = options
  const cmsDatabaseUrl = options.cmsDatabaseUrl ?? withDatabase(options.adminUrl, 'idm_cms')
  const monitorDatabaseUrl =
    options.monitorDatabaseUrl ?? withDatabase(options.adminUrl, 'idm_monitor')
  const url = (/** @type {string} */ host, /** @type {number} */ port, pathname = '') =>
    `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}${pathname}`
  // What people open in a browser: `localhost` for a loopback or wildcard listener.
  const publicUrl = (/** @type {string} */ host, /** @type {number} */ port, pathname = '') =>
    `http://${['127.0.0.1', '0.0.0.0', '::', '::1'].includes(host) ? 'localhost' : host}:${port}${pathname}`

  const baseEnv = options.env ?? process.env
  const env = {
    ...baseEnv,
    // Watch mode is for developers: introspection and field suggestions on, unless set explicitly.
    ...(dev ? { GRAPHQL_INTROSPECTION: baseEnv.GRAPHQL_INTROSPECTION || 'true' } : {}),
    NEXT_TELEMETRY_DISABLED: '1',
    PAYLOAD_SECRET: options.payloadSecret,
    DEMO_PASSWORD: options.demoPassword,
    // `npm start` and the tests seed demo data; deployments (compose, NODE_ENV=production) do not.
    DEMO_DATA: baseEnv.DEMO_DATA || 'true',
    ...(options.mediaDir ? { MEDIA_DIR: options.mediaDir } : {}),
    // The CMS's database, for Payload; the monitor reads it too, to check that a session exists.
    CMS_DATABASE_URL: cmsDatabaseUrl,
    MONITOR_DATABASE_URL: monitorDatabaseUrl,
    CMS_SERVER_URL: baseEnv.CMS_SERVER_URL || publicUrl(hosts.cms, ports.cms),
    MONITOR_HOST: hosts.monitor,
    MONITOR_PORT: String(ports.monitor),
    CONTENT_HOST: hosts.content,
    CONTENT_PORT: String(ports.content),
    GATEWAY_HOST: hosts.gateway,
    GATEWAY_PORT: String(ports.gateway),
    MONITOR_URL: url(hosts.monitor, ports.monitor, '/graphql'),
    CONTENT_URL: url(hosts.content, ports.content, '/graphql'),
    // The election: the monitor reads editions from the CMS's REST API and mails links to the gateway.
    CMS_URL: baseEnv.CMS_URL || url(hosts.cms, ports.cms),
    GATEWAY_PUBLIC_URL: baseEnv.GATEWAY_PUBLIC_URL || publicUrl(hosts.gateway, ports.gateway),
    ...(options.electionHashKey ? { ELECTION_HASH_KEY: options.electionHashKey } : {}),
    ...(options.smtpUrl ? { SMTP_URL: options.smtpUrl } : {}),
  }
  const node = process.execPath
  // Payload outside Next (setup, content subgraph): Lexical's `node` export condition loads its
  // code through top-level-await dynamic imports, which on Node 20 can deadlock the module graph
  // (the process exits with code 13 before running anything). Its `production` builds don't.
  const payloadEnv = {
    ...env,
    NODE_OPTIONS: [baseEnv.NODE_OPTIONS, '--conditions=production'].filter(Boolean).join(' '),
  }

  await waitForServer(options.adminUrl)
  for (const database of [databaseName(cmsDatabaseUrl), databaseName(monitorDatabaseUrl)]) {
    await ensureDatabase(options.adminUrl, database)
  }
  if (!quiet) {
    log('setup', `CMS database: ${redact(cmsDatabaseUrl)}`)
    log('setup', `monitor database: ${redact(monitorDatabaseUrl)}`)
  }

  // Watch mode runs the services' sources, but they all import edge's compiled output.
  if (dev) await buildEdge({ env, quiet })
  else await buildStale({ env, admin, quiet })
  await runStep({
    name: 'cms:setup',
    command: node,
    args: [bin.tsx, 'src/scripts/setup.ts'],
    cwd: at('cms'),
    env: payloadEnv,
    quiet,
  })

  const { backoff } = options
  /** @type {import('./processes.mjs').Service[]} */
  const running = []
  const stop = async () => {
    // Reverse start order: the gateway first, so no request reaches a stopping subgraph.
    for (const service of [...running].reverse()) await service.stop()
  }
  try {
    const subgraphs = [
      startService({
        name: 'monitor',
        command: node,
        args: dev
          ? ['--watch', '-r', '@swc-node/register', 'src/index.ts']
          : ['--enable-source-maps', 'dist/index.js'],
        cwd: at('services/monitor'),
        env,
        healthUrl: url(hosts.monitor, ports.monitor, '/health'),
        backoff,
        quiet,
      }),
      startService({
        name: 'content',
        command: node,
        args: dev
          ? [bin.tsx, 'watch', 'src/subgraph/index.ts']
          : ['--enable-source-maps', CONTENT_SUBGRAPH_BUNDLE],
        cwd: at('cms'),
        env: payloadEnv,
        healthUrl: url(hosts.content, ports.content, '/health'),
        backoff,
        quiet,
      }),
    ]
    if (admin) {
      subgraphs.push(
        startService({
          name: 'cms',
          command: node,
          args: [
            bin.next,
            dev ? 'dev' : 'start',
            '--port',
            String(ports.cms),
            '--hostname',
            hosts.cms,
          ],
          cwd: at('cms'),
          env,
          healthUrl: url(hosts.cms, ports.cms, '/api/users/me'),
          readyTimeoutMs: dev ? 300_000 : 120_000,
          backoff,
          quiet,
        }),
      )
    }
    const settled = await Promise.allSettled(subgraphs)
    for (const result of settled) if (result.status === 'fulfilled') running.push(result.value)
    const failed = settled.find((result) => result.status === 'rejected')
    if (failed) throw failed.reason

    if (gateway)
      running.push(
        await startService({
          name: 'gateway',
          command: node,
          args: dev
            ? [bin.tsx, 'watch', 'src/index.ts']
            : ['--enable-source-maps', 'dist/index.js'],
          cwd: at('gateway'),
          env,
          healthUrl: url(hosts.gateway, ports.gateway, '/health'),
          backoff,
          quiet,
        }),
      )
  } catch (error) {
    await stop()
    throw error
  }

  return {
    urls: {
      graphql: url(hosts.gateway, ports.gateway, '/graphql'),
      explorer: url(hosts.gateway, ports.gateway, '/explorer/'),
      admin: admin ? url(hosts.cms, ports.cms, '/admin') : undefined,
      monitor: url(hosts.monitor, ports.monitor, '/graphql'),
      content: url(hosts.content, ports.content, '/graphql'),
    },
    /** The same URLs as people type them (localhost), for printing. */
    publicUrls: {
      graphql: publicUrl(hosts.gateway, ports.gateway, '/graphql'),
      explorer: publicUrl(hosts.gateway, ports.gateway, '/explorer/'),
      admin: admin ? publicUrl(hosts.cms, ports.cms, '/admin') : undefined,
    },
    databases: { cms: cmsDatabaseUrl, monitor: monitorDatabaseUrl },
    /** The supervised services, in start order. */
    running,
    /** One supervised service by name (`monitor`, `content`, `cms`, `gateway`). */
    service: (/** @type {string} */ name) => {
      const found = running.find((service) => service.name === name)
      if (!found) throw new Error(`no service named ${name} is running`)
      return found
    },
    stop,
  }
}

/**
 * Compiles the shared edge package (`@idm/edge`, imported from `edge/dist` by every service and
 * by the launcher's settings) when its output is missing or older than its sources.
 * @param {{ env?: NodeJS.ProcessEnv, quiet?: boolean }} [options]
 */
export async function buildEdge({ env = process.env, quiet = false } = {}) {
  const inputs = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'].map((file) =>
    at(`edge/${file}`),
  )
  if (!isStale(at('edge/dist/index.js'), [...inputs, at('tsconfig.base.json')])) return
  log('build', 'compiling edge')
  await runStep({
    name: 'build:edge',
    command: process.execPath,
    args: [bin.tsc, '-p', 'tsconfig.build.json'],
    cwd: at('edge'),
    env,
    quiet,
  })
}

/**
 * Compiles what changed since its last build: the edge package first (the others import it),
 * the monitor and gateway with tsc, the content subgraph into one esbuild bundle, the admin with
 * `next build` (the slow one, about a minute on first start).
 * @param {{ env: NodeJS.ProcessEnv, admin: boolean, quiet: boolean }} options
 */
export async function buildStale({ env, admin, quiet }) {
  const node = process.execPath
  await buildEdge({ env, quiet })
  const tsc = [bin.tsc, '-p', 'tsconfig.build.json']
  const steps = [
    { name: 'build:monitor', dir: 'services/monitor', output: 'dist/index.js', args: tsc },
    { name: 'build:gateway', dir: 'gateway', output: 'dist/index.js', args: tsc },
    // The content subgraph: one esbuild bundle of cms/src (well under a second); its packages,
    // edge's compiled output included, stay external and load at run time.
    {
      name: 'build:content',
      dir: 'cms',
      output: CONTENT_SUBGRAPH_BUNDLE,
      args: [at('cms/scripts/build-subgraph.mjs')],
      extraInputs: [at('cms/scripts/build-subgraph.mjs')],
    },
  ]
  for (const step of steps) {
    const inputs = ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'].map((file) =>
      at(`${step.dir}/${file}`),
    )
    const extra = step.extraInputs ?? []
    if (!isStale(at(`${step.dir}/${step.output}`), [...inputs, ...extra, at('tsconfig.base.json')]))
      continue
    log('build', `compiling ${step.dir === 'cms' ? 'the content subgraph' : step.dir}`)
    await runStep({
      name: step.name,
      command: node,
      args: step.args,
      cwd: at(step.dir),
      env,
      quiet,
    })
  }
  // The admin's server bundle includes the edge package (the CMS config imports it).
  const adminInputs = [
    ...['src', 'next.config.mjs', 'package.json', 'tsconfig.json'].map((file) => at(`cms/${file}`)),
    at('edge/src'),
  ]
  if (admin && isStale(at('cms/.next/BUILD_ID'), adminInputs)) {
    log('build', 'building the CMS admin (next build); the first time takes a few minutes')
    const started = Date.now()
    await runStep({
      name: 'build:cms',
      command: node,
      args: [bin.next, 'build'],
      cwd: at('cms'),
      env: { ...env, NODE_OPTIONS: '--no-deprecation' },
      quiet: true,
    })
    log('build', `CMS admin built in ${Math.round((Date.now() - started) / 1000)}s`)
  }
}
