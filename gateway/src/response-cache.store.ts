import type { Logger } from '@idm/edge'
import { Redis } from 'ioredis'
import { LRUCache } from 'lru-cache'

/** One stored answer: the exact bytes Apollo Server sent, and until when they may be served. */
export interface CachedResponse {
  body: Buffer
  contentType: string
  /** Epoch milliseconds. */
  expiresAt: number
}

/**
 * Where answers are kept. `get` answers synchronously from memory where it can (a hit must be
 * cheap); a miss in memory may ask Redis. Neither method throws: a store that fails is a miss.
 */
export interface ResponseStore {
  get(key: string): CachedResponse | undefined | Promise<CachedResponse | undefined>
  /** Memory only, never a round trip: what a hit answered in front of Express may use. */
  getLocal(key: string): CachedResponse | undefined
  set(key: string, entry: CachedResponse): void
  close(): Promise<void>
}

export interface MemoryStoreLimits {
  maxEntries: number
  maxBytes: number
}

/** A bounded LRU in this process: at most `maxEntries` answers and `maxBytes` of bodies. */
export class MemoryResponseStore implements ResponseStore {
  private readonly entries: LRUCache<string, CachedResponse>

  constructor(limits: MemoryStoreLimits) {
    this.entries = new LRUCache<string, CachedResponse>({
      max: limits.maxEntries,
      maxSize: limits.maxBytes,
      // The key and bookkeeping count too, so many tiny answers cannot exceed the bound either.
      sizeCalculation: (entry, key) => entry.body.byteLength + key.length + 64,
    })
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key)
      return undefined
    }
    return entry
  }

  getLocal(key: string): CachedResponse | undefined {
    return this.get(key)
  }

  set(key: string, entry: CachedResponse): void {
    const ttl = entry.expiresAt - Date.now()
    if (ttl > 0) this.entries.set(key, entry, { ttl })
  }

  async close(): Promise<void> {
    this.entries.clear()
  }
}

// A Redis that hangs must not hold up an answer: past this a lookup is a miss.
const REDIS_COMMAND_TIMEOUT_MS = 50
const LOG_EVERY_MS = 10_000

/**
 * The connection the gateway's caches share (responses and persisted queries). Commands fail at
 * once while it is down (no offline queue), so callers fall back to memory instead of waiting.
 */
export function connectCacheRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
  })
  let lastLogged = 0
  redis.on('error', (error: Error) => {
    // ioredis reports every reconnection attempt; one line per 10 s says enough.
    if (Date.now() - lastLogged < LOG_EVERY_MS) return
    lastLogged = Date.now()
    logger.warn({ err: error }, 'cache store (Redis) unreachable; using memory')
  })
  return redis
}

const SEPARATOR = 0x0a // "\n": expiresAt \n contentType \n body

/**
 * Answers in Redis, shared by every gateway instance, with the memory LRU in front: a hit read
 * from Redis is kept in memory until the same absolute expiry, so it costs one round trip per
 * instance and entry life. While Redis is unreachable, memory alone serves (never a failure).
 */
export class RedisResponseStore implements ResponseStore {
  constructor(
    private readonly redis: Redis,
    private readonly memory: MemoryResponseStore,
    private readonly maxAgeMs: number,
    private readonly prefix = 'idm:gateway:response:',
  ) {}

  get(key: string): CachedResponse | undefined | Promise<CachedResponse | undefined> {
    const local = this.memory.get(key)
    if (local || this.redis.status !== 'ready') return local
    return this.redis.getBuffer(this.prefix + key).then(
      (raw) => {
        const entry = raw ? this.decode(raw) : undefined
        if (entry) this.memory.set(key, entry)
        return entry
      },
      () => undefined,
    )
  }

  getLocal(key: string): CachedResponse | undefined {
    return this.memory.get(key)
  }

  set(key: string, entry: CachedResponse): void {
    this.memory.set(key, entry)
    const ttl = entry.expiresAt - Date.now()
    if (ttl <= 0 || this.redis.status !== 'ready') return
    const head = Buffer.from(`${entry.expiresAt}\n${entry.contentType}\n`)
    this.redis
      .set(this.prefix + key, Buffer.concat([head, entry.body]), 'PX', ttl)
      .catch(() => undefined) // memory has it; the error event is logged once
  }

  private decode(raw: Buffer): CachedResponse | undefined {
    const first = raw.indexOf(SEPARATOR)
    const second = first < 0 ? -1 : raw.indexOf(SEPARATOR, first + 1)
    if (second < 0) return undefined
    // Another instance's clock may run ahead: never keep an entry longer than the cap from now.
    const expiresAt = Math.min(
      Number(raw.subarray(0, first).toString()),
      Date.now() + this.maxAgeMs,
    )
    if (!(expiresAt > Date.now())) return undefined
    return {
      expiresAt,
      contentType: raw.subarray(first + 1, second).toString(),
      body: raw.subarray(second + 1),
    }
  }

  async close(): Promise<void> {
    await this.memory.close()
  }
}
