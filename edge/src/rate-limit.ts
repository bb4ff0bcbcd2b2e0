import type { RequestHandler } from 'express'
import { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import { EdgeErrorCode, sendError } from './errors'
import type { Logger } from './logger'

export interface RateLimitSettings {
  /** false: every request passes (RATE_LIMIT=off, for load tests on loopback). */
  enabled: boolean
  /** Requests allowed per key and window. */
  points: number
  windowSeconds: number
  /** Shared counters across instances when set; in memory (per process) otherwise. */
  redisUrl?: string | undefined
  /** Separates the counters of different limits in one Redis. */
  keyPrefix: string
}

export type RateLimitDecision =
  | { allowed: true; remaining: number; resetSeconds: number }
  | { allowed: false; retryAfterSeconds: number }

export interface RateLimiter {
  readonly settings: RateLimitSettings
  consume(key: string, points?: number): Promise<RateLimitDecision>
  close(): Promise<void>
}

/**
 * A fixed-window limiter from rate-limiter-flexible: in Redis when REDIS_URL is set (shared by
 * every instance; an in-memory limiter takes over while Redis is unreachable), else in memory.
 */
export function createRateLimiter(settings: RateLimitSettings, logger: Logger): RateLimiter {
  const options = {
    points: settings.points,
    duration: settings.windowSeconds,
    keyPrefix: settings.keyPrefix,
  }
  let redis: Redis | undefined
  let limiter: RateLimiterMemory | RateLimiterRedis
  if (settings.redisUrl) {
    redis = new Redis(settings.redisUrl, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      lazyConnect: false,
    })
    redis.on('error', (error: Error) =>
      logger.warn({ err: error }, 'rate limit store (Redis) unreachable'),
    )
    limiter = new RateLimiterRedis({
      ...options,
      storeClient: redis,
      insuranceLimiter: new RateLimiterMemory(options),
    })
  } else {
    limiter = new RateLimiterMemory(options)
  }
  return {
    settings,
    async consume(key, points = 1) {
      if (!settings.enabled) return { allowed: true, remaining: settings.points, resetSeconds: 0 }
      try {
        const result = await limiter.consume(key, points)
        return {
          allowed: true,
          remaining: result.remainingPoints,
          resetSeconds: Math.ceil(result.msBeforeNext / 1000),
        }
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) {
          return {
            allowed: false,
            retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)),
          }
        }
        // The store failed and no insurance answered: let the request through, loudly.
        logger.error({ err: rejection }, 'rate limiter failed; request allowed')
        return { allowed: true, remaining: 0, resetSeconds: 0 }
      }
    },
    async close() {
      await redis?.quit().catch(() => undefined)
    },
  }
}

/**
 * Express middleware: 429 RATE_LIMITED with `Retry-After` once a client (by `key`, the client IP
 * by default) has used its requests for the window; `RateLimit-*` headers on every answer.
 */
export function rateLimitMiddleware(
  limiter: RateLimiter,
  key: (req: Parameters<RequestHandler>[0]) => string = (req) => req.ip ?? 'unknown',
): RequestHandler {
  return (req, res, next) => {
    if (!limiter.settings.enabled || req.method === 'OPTIONS') return next()
    limiter.consume(key(req)).then((decision) => {
      res.setHeader('ratelimit-limit', String(limiter.settings.points))
      if (decision.allowed) {
        res.setHeader('ratelimit-remaining', String(decision.remaining))
        res.setHeader('ratelimit-reset', String(decision.resetSeconds))
        return next()
      }
      res.setHeader('retry-after', String(decision.retryAfterSeconds))
      res.setHeader('ratelimit-remaining', '0')
      res.setHeader('ratelimit-reset', String(decision.retryAfterSeconds))
      sendError(
        res,
        429,
        EdgeErrorCode.RateLimited,
        `Too many requests; try again in ${decision.retryAfterSeconds} s`,
        {
          retryAfterSeconds: decision.retryAfterSeconds,
        },
      )
    }, next)
  }
}
