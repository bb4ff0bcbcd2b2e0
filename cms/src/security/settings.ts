import { type Env, LOG_LEVELS, parseEnv, rateLimitSettings, setting } from '@idm/edge'

/** How the CMS guards its login, forgot-password, reset-password and unlock routes. */
export interface LoginProtectionSettings {
  /** false (RATE_LIMIT=off): no attempt is refused, for load tests on loopback. */
  enabled: boolean
  /** Attempts per client address, and per e-mail address, in one window. */
  points: number
  windowSeconds: number
  /** Counters shared by every CMS instance when set; in memory (per process) otherwise. */
  redisUrl: string | undefined
  /** TRUST_PROXY as written: false, true, a hop count, or a comma list of proxy addresses. */
  trustProxy: string
  logLevel: (typeof LOG_LEVELS)[number]
}

// Only the variables the login guard reads; cms/src/config.ts owns the rest of the CMS's
// environment, and each part parses its own share once.
const shape = {
  RATE_LIMIT: rateLimitSettings.RATE_LIMIT,
  LOGIN_RATE_LIMIT_POINTS: rateLimitSettings.LOGIN_RATE_LIMIT_POINTS,
  LOGIN_RATE_LIMIT_WINDOW_SECONDS: rateLimitSettings.LOGIN_RATE_LIMIT_WINDOW_SECONDS,
  REDIS_URL: rateLimitSettings.REDIS_URL,
  TRUST_PROXY: rateLimitSettings.TRUST_PROXY,
  LOG_LEVEL: setting.oneOf(LOG_LEVELS, 'info'),
}

/** Parses the login guard's variables. Throws `ConfigError` naming every bad one. */
export function parseLoginProtectionSettings(env: Env): LoginProtectionSettings {
  const parsed = parseEnv(shape, env)
  return {
    enabled: parsed.RATE_LIMIT,
    points: parsed.LOGIN_RATE_LIMIT_POINTS,
    windowSeconds: parsed.LOGIN_RATE_LIMIT_WINDOW_SECONDS,
    redisUrl: parsed.REDIS_URL,
    trustProxy: parsed.TRUST_PROXY.toLowerCase(),
    logLevel: parsed.LOG_LEVEL,
  }
}

let cached: LoginProtectionSettings | undefined

/** The settings of this process, parsed on first use. */
export function loginProtectionSettings(): LoginProtectionSettings {
  cached ??= parseLoginProtectionSettings(process.env)
  return cached
}
