import path from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  DEFAULT_HOST,
  DEFAULT_HTTP_LIMITS,
  DEFAULT_PORTS,
  type LogLevel,
  type OperationLimits,
  operationLimitsFrom,
  parseEnv,
  rateLimitSettings,
  type RateLimitSettings,
  serviceSettings,
  setting,
  trustProxyFrom,
  type Env,
} from '@idm/edge'

export { ConfigError } from '@idm/edge'

export interface GatewayConfig {
  host: string
  port: number
  supergraphPath: string
  /** Routing URL per subgraph name; overrides the URL composed into the supergraph. */
  subgraphUrls: Record<string, string>
  corsOrigins: string[]
  logLevel: LogLevel
  /** Introspection and field suggestions on /graphql (off unless GRAPHQL_INTROSPECTION=true). */
  introspection: boolean
  /** The Altair explorer at /explorer/, which reads the committed schema, not introspection. */
  explorer: boolean
  limits: OperationLimits
  maxBodyBytes: number
  subgraphTimeoutMs: number
  maxSubgraphResponseBytes: number
  rateLimit: RateLimitSettings
  trustProxy: boolean | number | string
  responseCache: ResponseCacheSettings
}

/** The full-response cache for anonymous requests (docs/caching.md). */
export interface ResponseCacheSettings {
  /** RESPONSE_CACHE: off only to measure the uncached graph (the benchmark). */
  enabled: boolean
  /** Cap on every entry's life and on the Cache-Control max-age sent (1 s: see docs/caching.md). */
  maxAgeSeconds: number
  /** Bounds of the in-memory LRU (always in front, and alone without Redis). */
  maxEntries: number
  maxBytes: number
  /** Answers and persisted queries shared by every instance when set. */
  redisUrl?: string | undefined
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const HTTP = ['http:', 'https:'] as const

const shape = {
  ...serviceSettings,
  ...rateLimitSettings,
  GATEWAY_HOST: setting.host(DEFAULT_HOST),
  GATEWAY_PORT: setting.port(DEFAULT_PORTS.gateway),
  SUPERGRAPH_PATH: setting.text(path.join(repoRoot, 'schema/supergraph.graphql')),
  MONITOR_URL: setting.url(HTTP, `http://${DEFAULT_HOST}:${DEFAULT_PORTS.monitor}/graphql`),
  CONTENT_URL: setting.url(HTTP, `http://${DEFAULT_HOST}:${DEFAULT_PORTS.content}/graphql`),
  CORS_ORIGINS: setting.list(),
  EXPLORER: setting.flag(true),
  SUBGRAPH_TIMEOUT_MS: setting.int(DEFAULT_HTTP_LIMITS.subgraphTimeoutMs, {
    min: 100,
    max: 120_000,
  }),
  SUBGRAPH_MAX_RESPONSE_BYTES: setting.int(DEFAULT_HTTP_LIMITS.maxSubgraphResponseBytes, {
    min: 1024,
    max: 1024 * 1024 * 1024,
  }),
  RESPONSE_CACHE: setting.flag(true),
  // Invalidation within a second rests on this cap (docs/caching.md): raise it only knowingly.
  RESPONSE_CACHE_MAX_AGE_SECONDS: setting.int(1, { min: 1, max: 86_400 }),
  RESPONSE_CACHE_MAX_ENTRIES: setting.int(10_000, { min: 1, max: 10_000_000 }),
  RESPONSE_CACHE_MAX_BYTES: setting.int(64 * 1024 * 1024, {
    min: 1024 * 1024,
    max: 16 * 1024 * 1024 * 1024,
  }),
}

/** Parses the gateway's environment once; throws ConfigError naming every bad variable. */
export function loadConfig(env: Env = process.env): GatewayConfig {
  const parsed = parseEnv(shape, env)
  return {
    host: parsed.GATEWAY_HOST,
    port: parsed.GATEWAY_PORT,
    supergraphPath: path.resolve(parsed.SUPERGRAPH_PATH),
    subgraphUrls: {
      monitor: new URL(parsed.MONITOR_URL).toString(),
      content: new URL(parsed.CONTENT_URL).toString(),
    },
    corsOrigins: parsed.CORS_ORIGINS,
    logLevel: parsed.LOG_LEVEL,
    introspection: parsed.GRAPHQL_INTROSPECTION,
    explorer: parsed.EXPLORER,
    limits: operationLimitsFrom(parsed),
    maxBodyBytes: parsed.MAX_BODY_BYTES,
    subgraphTimeoutMs: parsed.SUBGRAPH_TIMEOUT_MS,
    maxSubgraphResponseBytes: parsed.SUBGRAPH_MAX_RESPONSE_BYTES,
    rateLimit: {
      enabled: parsed.RATE_LIMIT,
      points: parsed.RATE_LIMIT_POINTS,
      windowSeconds: parsed.RATE_LIMIT_WINDOW_SECONDS,
      redisUrl: parsed.REDIS_URL,
      keyPrefix: 'idm:gateway',
    },
    trustProxy: trustProxyFrom(parsed.TRUST_PROXY),
    responseCache: {
      enabled: parsed.RESPONSE_CACHE,
      maxAgeSeconds: parsed.RESPONSE_CACHE_MAX_AGE_SECONDS,
      maxEntries: parsed.RESPONSE_CACHE_MAX_ENTRIES,
      maxBytes: parsed.RESPONSE_CACHE_MAX_BYTES,
      redisUrl: parsed.REDIS_URL,
    },
  }
}
