import type { ApolloServerOptions } from '@apollo/server'
import type { Redis } from 'ioredis'
import { LRUCache } from 'lru-cache'
import type { GatewayContext } from './context.js'

type PersistedQueryOptions = Exclude<
  ApolloServerOptions<GatewayContext>['persistedQueries'],
  false | undefined
>
type KeyValueCache = NonNullable<PersistedQueryOptions['cache']>

// A document is at most LIMIT_MAX_TOKENS tokens (2,000: a few KiB), so this holds thousands.
const MEMORY_LIMITS = { maxEntries: 10_000, maxBytes: 16 * 1024 * 1024 }
// Registrations are validated queries; a day covers a client's session and bounds Redis.
const REDIS_TTL_SECONDS = 24 * 60 * 60
const REDIS_PREFIX = 'idm:gateway:'

/**
 * Apollo Server's automatic persisted queries (hash → document), stored in a bounded memory LRU,
 * and in Redis as well when REDIS_URL is set, so a query registered at one instance is known at
 * every other. Apollo Server registers a document only after it passed parsing and every
 * operation limit, so a hash never stands for a refused document. A Redis that is unreachable is
 * a miss (the client then sends the document again), never a failed request.
 */
export function persistedQueryOptions(redis: Redis | undefined): PersistedQueryOptions {
  const memory = new LRUCache<string, string>({
    max: MEMORY_LIMITS.maxEntries,
    maxSize: MEMORY_LIMITS.maxBytes,
    sizeCalculation: (value, key) => value.length + key.length,
  })
  const cache: KeyValueCache = {
    async get(key) {
      const local = memory.get(key)
      if (local !== undefined || !redis || redis.status !== 'ready') return local
      const stored = await redis.get(REDIS_PREFIX + key).catch(() => null)
      if (stored === null) return undefined
      memory.set(key, stored)
      return stored
    },
    async set(key, value) {
      memory.set(key, value)
      if (redis?.status === 'ready') {
        await redis.set(REDIS_PREFIX + key, value, 'EX', REDIS_TTL_SECONDS).catch(() => undefined)
      }
    },
    async delete(key) {
      memory.delete(key)
      if (redis?.status === 'ready') await redis.del(REDIS_PREFIX + key).catch(() => undefined)
      return true
    },
  }
  return { cache }
}
