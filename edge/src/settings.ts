import { DEFAULT_HTTP_LIMITS, DEFAULT_OPERATION_LIMITS, DEFAULT_RATE_LIMITS } from './defaults'
import { LOG_LEVELS, setting } from './env'
import type { OperationLimits } from './limits'

/**
 * Settings every GraphQL service reads the same way (gateway, monitor, content subgraph); each
 * service's `config.ts` spreads this into its own shape passed to `parseEnv`.
 */
export const serviceSettings = {
  LOG_LEVEL: setting.oneOf(LOG_LEVELS, 'info'),
  /** Introspection and "Did you mean …" suggestions; on in `npm run dev` only. */
  GRAPHQL_INTROSPECTION: setting.flag(false),
  MAX_BODY_BYTES: setting.int(DEFAULT_HTTP_LIMITS.maxBodyBytes, {
    min: 1024,
    max: 64 * 1024 * 1024,
  }),
  LIMIT_MAX_DEPTH: setting.int(DEFAULT_OPERATION_LIMITS.maxDepth, { min: 1, max: 1000 }),
  LIMIT_MAX_ALIASES: setting.int(DEFAULT_OPERATION_LIMITS.maxAliases, { min: 0, max: 10_000 }),
  LIMIT_MAX_TOKENS: setting.int(DEFAULT_OPERATION_LIMITS.maxTokens, { min: 10, max: 1_000_000 }),
  LIMIT_MAX_DIRECTIVES: setting.int(DEFAULT_OPERATION_LIMITS.maxDirectives, {
    min: 0,
    max: 10_000,
  }),
  LIMIT_MAX_COST: setting.int(DEFAULT_OPERATION_LIMITS.maxCost, { min: 1, max: 1_000_000_000 }),
  LIMIT_DEFAULT_LIST_SIZE: setting.int(DEFAULT_OPERATION_LIMITS.defaultListSize, {
    min: 1,
    max: 10_000,
  }),
}

/** Settings of the per-IP rate limits (gateway; the CMS's login routes use their own points). */
export const rateLimitSettings = {
  /** on (default) or off: off lets every request through, for load tests on loopback. */
  RATE_LIMIT: setting.flag(true),
  RATE_LIMIT_POINTS: setting.int(DEFAULT_RATE_LIMITS.gatewayPoints, { min: 1, max: 10_000_000 }),
  RATE_LIMIT_WINDOW_SECONDS: setting.int(DEFAULT_RATE_LIMITS.gatewayWindowSeconds, {
    min: 1,
    max: 86_400,
  }),
  LOGIN_RATE_LIMIT_POINTS: setting.int(DEFAULT_RATE_LIMITS.loginPoints, { min: 1, max: 1_000_000 }),
  LOGIN_RATE_LIMIT_WINDOW_SECONDS: setting.int(DEFAULT_RATE_LIMITS.loginWindowSeconds, {
    min: 1,
    max: 86_400,
  }),
  /** Shared rate-limit counters (and later caches) across instances; unset: in memory. */
  REDIS_URL: setting.optionalUrl(['redis:', 'rediss:']),
  /** Express `trust proxy`: false (default), true, a hop count, or a comma list of proxy addresses. */
  TRUST_PROXY: setting.text('false'),
}

export function operationLimitsFrom(parsed: {
  LIMIT_MAX_DEPTH: number
  LIMIT_MAX_ALIASES: number
  LIMIT_MAX_TOKENS: number
  LIMIT_MAX_DIRECTIVES: number
  LIMIT_MAX_COST: number
  LIMIT_DEFAULT_LIST_SIZE: number
}): OperationLimits {
  return {
    maxDepth: parsed.LIMIT_MAX_DEPTH,
    maxAliases: parsed.LIMIT_MAX_ALIASES,
    maxTokens: parsed.LIMIT_MAX_TOKENS,
    maxDirectives: parsed.LIMIT_MAX_DIRECTIVES,
    maxCost: parsed.LIMIT_MAX_COST,
    defaultListSize: parsed.LIMIT_DEFAULT_LIST_SIZE,
  }
}

/** Express's `trust proxy` value from TRUST_PROXY. */
export function trustProxyFrom(value: string): boolean | number | string {
  if (value === 'true') return true
  if (value === 'false' || value === '') return false
  if (/^\d+$/.test(value)) return Number(value)
  return value
}
