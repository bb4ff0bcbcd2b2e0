// @ts-check
// The platform's settings for `npm start` / `npm run dev`, parsed once from the environment.
// Every variable is documented in .env.example; the defaults are the platform's own, from the
// edge package (edge/dist must be built first: start.mjs imports this module after doing so).
import { DEFAULT_HOST, DEFAULT_PORTS } from '@idm/edge'

/** @param {NodeJS.ProcessEnv} env @param {string} name @param {number} fallback */
function port(env, name, fallback) {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} must be a port number (1-65535), got "${raw}"`)
  }
  return value
}

/** @param {NodeJS.ProcessEnv} env @param {string} name */
function optionalUrl(env, name) {
  const raw = env[name]
  if (!raw) return undefined
  try {
    const parsed = new URL(raw)
    if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new Error('not a postgres URL')
    return raw
  } catch {
    throw new Error(`${name} must be a postgres:// connection URL`)
  }
}

export function loadSettings(env = process.env) {
  const payloadSecret = env.PAYLOAD_SECRET || undefined
  if (payloadSecret && payloadSecret.length < 32) {
    throw new Error('PAYLOAD_SECRET must be at least 32 characters')
  }
  // Each subgraph reads its own host; a leftover SUBGRAPH_HOST would be silently ignored.
  if (env.SUBGRAPH_HOST) {
    throw new Error('SUBGRAPH_HOST was replaced by MONITOR_HOST and CONTENT_HOST; set those')
  }
  return {
    databaseUrl: optionalUrl(env, 'DATABASE_URL'),
    cmsDatabaseUrl: optionalUrl(env, 'CMS_DATABASE_URL'),
    monitorDatabaseUrl: optionalUrl(env, 'MONITOR_DATABASE_URL'),
    embeddedPostgresPort: port(env, 'EMBEDDED_POSTGRES_PORT', DEFAULT_PORTS.embeddedPostgres),
    dataDir: env.DATA_DIR || '.data',
    mediaDir: env.MEDIA_DIR || undefined,
    payloadSecret,
    demoPassword: env.DEMO_PASSWORD || undefined,
    ports: {
      gateway: port(env, 'GATEWAY_PORT', DEFAULT_PORTS.gateway),
      cms: port(env, 'CMS_PORT', DEFAULT_PORTS.cms),
      monitor: port(env, 'MONITOR_PORT', DEFAULT_PORTS.monitor),
      content: port(env, 'CONTENT_PORT', DEFAULT_PORTS.content),
    },
    hosts: {
      gateway: env.GATEWAY_HOST || DEFAULT_HOST,
      cms: env.CMS_HOST || DEFAULT_HOST,
      monitor: env.MONITOR_HOST || DEFAULT_HOST,
      content: env.CONTENT_HOST || DEFAULT_HOST,
    },
  }
}
