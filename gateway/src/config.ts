import { fileURLToPath } from 'node:url'
import path from 'node:path'

export interface GatewayConfig {
  host: string
  port: number
  supergraphPath: string
  /** Routing URL per subgraph name; overrides the URL composed into the supergraph. */
  subgraphUrls: Record<string, string>
  corsOrigins: string[]
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export class ConfigError extends Error {
  override name = 'ConfigError'
}

function port(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 0 || value > 65535) {
    throw new ConfigError(`${name} must be a port number (0-65535), got "${raw}"`)
  }
  return value
}

function url(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name] || fallback
  try {
    return new URL(raw).toString()
  } catch {
    throw new ConfigError(`${name} must be an absolute URL, got "${raw}"`)
  }
}

/** Parses the gateway's environment once; throws ConfigError naming the bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return {
    host: env.GATEWAY_HOST || '127.0.0.1',
    port: port(env, 'GATEWAY_PORT', 4000),
    supergraphPath: path.resolve(
      env.SUPERGRAPH_PATH || path.join(repoRoot, 'schema/supergraph.graphql'),
    ),
    subgraphUrls: {
      monitor: url(env, 'MONITOR_URL', 'http://127.0.0.1:4001/graphql'),
      content: url(env, 'CONTENT_URL', 'http://127.0.0.1:4002/graphql'),
    },
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  }
}
