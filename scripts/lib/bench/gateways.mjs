// @ts-check
import { createRequire } from 'node:module'
import path from 'node:path'
import { freePort, startService } from '../processes.mjs'

/**
 * @typedef {object} Subgraphs
 * @property {string} monitor  the monitor subgraph's GraphQL URL
 * @property {string} content  the content subgraph's GraphQL URL
 *
 * @typedef {object} Gateway
 * @property {string} label    as printed in the report
 * @property {string} graphql  its GraphQL URL
 * @property {import('../processes.mjs').Service} service
 */

/**
 * What every gateway of the bench runs with: production, quiet, no rate limit on loopback.
 * @param {NodeJS.ProcessEnv} env
 * @returns {NodeJS.ProcessEnv}
 */
const productionEnv = (env) => ({
  ...env,
  NODE_ENV: /** @type {const} */ ('production'),
  RATE_LIMIT: 'off',
  LOG_LEVEL: 'warn',
})

/**
 * Our gateway (`gateway/dist`) on a free port with the launcher's environment, in front of the
 * given subgraphs, with its full-response cache switched by `RESPONSE_CACHE`.
 * @param {{ repoRoot: string, env: NodeJS.ProcessEnv, subgraphs: Subgraphs, cache: 'on' | 'off' }} options
 * @returns {Promise<Gateway>}
 */
export async function startOurGateway({ repoRoot, env, subgraphs, cache }) {
  const port = await freePort()
  const service = await startService({
    name: `gateway:cache-${cache}`,
    command: process.execPath,
    args: ['--enable-source-maps', 'dist/index.js'],
    cwd: path.join(repoRoot, 'gateway'),
    env: {
      ...productionEnv(env),
      GATEWAY_HOST: '127.0.0.1',
      GATEWAY_PORT: String(port),
      MONITOR_URL: subgraphs.monitor,
      CONTENT_URL: subgraphs.content,
      RESPONSE_CACHE: cache,
    },
    healthUrl: `http://127.0.0.1:${port}/health`,
    quiet: true,
  })
  return { label: `ours (cache ${cache})`, graphql: `http://127.0.0.1:${port}/graphql`, service }
}

/**
 * The peer: Hive Gateway's CLI on the same supergraph, one worker, configured by
 * `bench/hive/gateway.config.mjs` (subgraph URLs, header propagation, production settings).
 * @param {{ repoRoot: string, env: NodeJS.ProcessEnv, subgraphs: Subgraphs }} options
 * @returns {Promise<Gateway>}
 */
export async function startHiveGateway({ repoRoot, env, subgraphs }) {
  const port = await freePort()
  const require = createRequire(path.join(repoRoot, 'package.json'))
  const bin = path.join(
    path.dirname(require.resolve('@graphql-hive/gateway/package.json')),
    'dist/bin.js',
  )
  const service = await startService({
    name: 'hive-gateway',
    command: process.execPath,
    args: [
      bin,
      'supergraph',
      path.join(repoRoot, 'schema/supergraph.graphql'),
      '--config-path',
      path.join(repoRoot, 'bench/hive/gateway.config.mjs'),
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--fork',
      '1',
    ],
    cwd: path.join(repoRoot, 'bench/hive'),
    env: { ...productionEnv(env), MONITOR_URL: subgraphs.monitor, CONTENT_URL: subgraphs.content },
    healthUrl: `http://127.0.0.1:${port}/healthcheck`,
    quiet: true,
  })
  return { label: 'Hive Gateway', graphql: `http://127.0.0.1:${port}/graphql`, service }
}

/**
 * The bare-HTTP floor (`floor-server.mjs`): what a minimal node:http server does with the same
 * stored bytes our cache hit sends, in its own process like the gateways.
 * @param {{ repoRoot: string, env: NodeJS.ProcessEnv }} options
 */
export async function startFloor({ repoRoot, env }) {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}/graphql`
  const service = await startService({
    name: 'bare-http-floor',
    command: process.execPath,
    args: [path.join(repoRoot, 'scripts/lib/bench/floor-server.mjs')],
    cwd: repoRoot,
    env: { ...productionEnv(env), PORT: String(port) },
    healthUrl: `http://127.0.0.1:${port}/health`,
    quiet: true,
  })
  return {
    label: 'bare HTTP floor',
    graphql: url,
    service,
    /**
     * Registers what the floor answers to `request`: the bytes `cachedUrl` sends for it on a hit.
     * @param {string} cachedUrl @param {string} request
     */
    async learn(cachedUrl, request) {
      // The second of two requests in a row is a hit (entries live 1 s); a slow moment may need a third.
      for (let attempt = 0; attempt < 3; attempt++) {
        const hit = await fetch(cachedUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: request,
          signal: AbortSignal.timeout(30_000),
        })
        const answer = await hit.text()
        if (hit.headers.get('x-cache') !== 'HIT') continue
        const contentType = hit.headers.get('content-type') ?? 'application/json'
        const registered = await fetch(`http://127.0.0.1:${port}/answers`, {
          method: 'POST',
          body: JSON.stringify({ request, answer, contentType }),
          signal: AbortSignal.timeout(5_000),
        })
        if (!registered.ok)
          throw new Error(`the floor refused its bytes: HTTP ${registered.status}`)
        return
      }
      throw new Error(`no cache hit at ${cachedUrl} to give the floor its bytes`)
    },
  }
}
