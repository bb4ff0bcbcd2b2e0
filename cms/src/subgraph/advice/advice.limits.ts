import { createLogger, createRateLimiter, type RateLimiter } from '@idm/edge'
import { loginProtectionSettings } from '../../security/settings'

/** Requests per e-mail address, and per client address, in one hour (docs/advice.md). */
export const ADVICE_LIMITS = { perAddressPerHour: 5, perClientPerHour: 20 } as const

const HOUR_SECONDS = 60 * 60

/** The counters of `requestAdvice`: per e-mail address and per client address. */
export interface AdviceLimits {
  perAddress: RateLimiter
  perClient: RateLimiter
}

let current: AdviceLimits | undefined

/**
 * This process's counters, created on first use: in Redis when REDIS_URL is set (shared by every
 * instance), in memory otherwise; RATE_LIMIT=off lets everything through, as everywhere.
 */
export function adviceLimits(): AdviceLimits {
  if (!current) {
    const settings = loginProtectionSettings()
    const logger = createLogger('content', settings.logLevel)
    const limiter = (keyPrefix: string, points: number) =>
      createRateLimiter(
        {
          enabled: settings.enabled,
          points,
          windowSeconds: HOUR_SECONDS,
          redisUrl: settings.redisUrl,
          keyPrefix,
        },
        logger,
      )
    current = {
      perAddress: limiter('advice-address', ADVICE_LIMITS.perAddressPerHour),
      perClient: limiter('advice-client', ADVICE_LIMITS.perClientPerHour),
    }
  }
  return current
}
