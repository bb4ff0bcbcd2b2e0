import { createHash } from 'node:crypto'
import {
  createLogger,
  createRateLimiter,
  type Logger,
  type RateLimitDecision,
  type RateLimiter,
} from '@idm/edge'
import type { GuardedAction } from './rateLimited'
import { type LoginProtectionSettings, loginProtectionSettings } from './settings'

/** The counters of the guarded auth routes: per client address and per e-mail address. */
export interface LoginLimits {
  readonly settings: LoginProtectionSettings
  /** Counts one attempt of the client (see `clientAddress`) at `action`. */
  perClient(action: GuardedAction, address: string): Promise<RateLimitDecision>
  /** Counts one attempt for the e-mail address, whichever client sends it. */
  perAddress(action: 'login' | 'forgot-password', email: string): Promise<RateLimitDecision>
  close(): Promise<void>
}

export function createLoginLimits(settings: LoginProtectionSettings, logger: Logger): LoginLimits {
  const limiters = new Map<string, RateLimiter>()
  const limiter = (keyPrefix: string) => {
    let found = limiters.get(keyPrefix)
    if (!found) {
      found = createRateLimiter(
        {
          enabled: settings.enabled,
          points: settings.points,
          windowSeconds: settings.windowSeconds,
          redisUrl: settings.redisUrl,
          keyPrefix,
        },
        logger,
      )
      limiters.set(keyPrefix, found)
    }
    return found
  }
  return {
    settings,
    perClient: (action, address) => limiter(`cms-${action}-client`).consume(address),
    // The store keys on a digest: Redis never holds the e-mail addresses that were tried.
    perAddress: (action, email) =>
      limiter(`cms-${action}-address`).consume(
        createHash('sha256').update(email.trim().toLowerCase()).digest('hex'),
      ),
    close: async () => {
      await Promise.all([...limiters.values()].map((each) => each.close()))
      limiters.clear()
    },
  }
}

let current: LoginLimits | undefined

/**
 * This process's counters, created on first use from the environment. The route wrapper and the
 * users hooks share them.
 */
export function loginLimits(): LoginLimits {
  if (!current) {
    const settings = loginProtectionSettings()
    current = createLoginLimits(settings, createLogger('cms', settings.logLevel))
  }
  return current
}

/**
 * Replaces this process's counters (tests: fresh counters, other points, RATE_LIMIT=off) and
 * returns the ones it replaced, for the caller to close.
 */
export function replaceLoginLimits(next: LoginLimits): LoginLimits | undefined {
  const previous = current
  current = next
  return previous
}
