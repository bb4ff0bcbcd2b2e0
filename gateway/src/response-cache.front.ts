import { randomUUID } from 'node:crypto'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { performance } from 'node:perf_hooks'
import {
  type FrontHandler,
  type HttpHost,
  type Logger,
  preReadJsonBody,
  type RateLimiter,
} from '@idm/edge'
import { LRUCache } from 'lru-cache'
import { setCorsHeaders } from './cors.js'
import { type ResponseCacheTicket, ticketFor } from './response-cache.js'
import type { CachedResponse, ResponseStore } from './response-cache.store.js'

export interface ResponseCacheFrontOptions {
  /** The GraphQL path whose hits are answered here (`/graphql`). */
  path: string
  store: ResponseStore
  limiter: RateLimiter
  corsOrigins: string[]
  /** MAX_BODY_BYTES; bodies up to the smaller of it and 64 KiB are read here. */
  maxBodyBytes: number
  logger: Logger
  /** Express's view of a request (`HttpHost.express`), for the ticket of a body not seen yet. */
  express: HttpHost['express']
}

// A GraphQL request body is a few KiB; larger ones are read (or refused) by Express.
const FRONT_MAX_BODY_BYTES = 64 * 1024
const REQUEST_ID = /^[\w.:-]{1,128}$/
const PAYLOAD_TOKEN = /(?:^|;\s*)payload-token=/
/** A hit slower than this gets its own access line; the others are counted once a second. */
export const SLOW_HIT_MS = 50
const SUMMARY_EVERY_MS = 1_000
// Tickets by Accept header and body text: a repeated request is a string lookup, not a parse,
// two hashes and a negotiation. A ticket is a pure function of the two, so an entry never goes
// stale; the bound is on memory only.
const TICKET_MEMO_ENTRIES = 2_000
const TICKET_MEMO_BYTES = 8 * 1024 * 1024

/**
 * Answers response-cache hits before Express: no routing, no middleware chain, no body parser —
 * a bounded read of the body, the same ticket (credentials, CSRF rule for GET, media type, key)
 * as the Express middleware, one lookup in memory, the rate limit counted, one write of the
 * stored bytes with the request id. Anything else — a miss, a request with credentials, an
 * unusual body, an entry only Redis has — goes on to Express as it came (with its body read),
 * where the middleware, coalescing and Apollo Server take it as always. Access lines: a slow hit
 * gets its own, the others are summed up once a second (one line per hit would cost more than
 * the hit).
 */
export function responseCacheFront(options: ResponseCacheFrontOptions): FrontHandler {
  const { path, store, limiter, corsOrigins, logger, express } = options
  const maxBody = Math.min(options.maxBodyBytes, FRONT_MAX_BODY_BYTES)
  const hits = hitLog(logger)
  const withQuery = `${path}?`
  const tickets = new LRUCache<string, ResponseCacheTicket | false>({
    max: TICKET_MEMO_ENTRIES,
    maxSize: TICKET_MEMO_BYTES,
    sizeCalculation: (_ticket, memoKey) => memoKey.length * 2 + 128,
  })

  const postTicket = (req: IncomingMessage, res: ServerResponse, text: string) => {
    const memoKey = `${req.headers.accept ?? ''}\n${text}`
    let ticket = tickets.get(memoKey)
    if (ticket === undefined) {
      ticket = ticketFor(express(req, res), parseJson(text)) ?? false
      tickets.set(memoKey, ticket)
    }
    return ticket || undefined
  }

  const answer = (
    req: IncomingMessage,
    res: ServerResponse,
    next: () => void,
    started: number,
    ticket: ResponseCacheTicket | undefined,
  ) => {
    const entry = ticket && store.getLocal(ticket.key)
    if (!entry) return next()
    if (!limiter.settings.enabled) return sendHit(req, res, entry, started, undefined)
    limiter.consume(express(req, res).ip ?? 'unknown').then(
      // Over the limit: Express counts again and answers 429 with its headers and code.
      (decision) => (decision.allowed ? sendHit(req, res, entry, started, decision) : next()),
      () => next(),
    )
  }

  const sendHit = (
    req: IncomingMessage,
    res: ServerResponse,
    entry: CachedResponse,
    started: number,
    rate: { remaining: number; resetSeconds: number } | undefined,
  ) => {
    const incoming = req.headers['x-request-id']
    const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
    req.id = id
    setCorsHeaders(corsOrigins, req, res)
    const headers: OutgoingHttpHeaders = {
      'content-type': entry.contentType,
      'content-length': entry.body.byteLength,
      'cache-control': `public, max-age=${Math.max(0, Math.floor((entry.expiresAt - Date.now()) / 1000))}`,
      'x-cache': 'HIT',
      'x-request-id': id,
    }
    if (rate) {
      headers['ratelimit-limit'] = String(limiter.settings.points)
      headers['ratelimit-remaining'] = String(rate.remaining)
      headers['ratelimit-reset'] = String(rate.resetSeconds)
    }
    res.writeHead(200, headers)
    res.end(entry.body)
    hits.record(req, performance.now() - started)
  }

  return (req, res, next) => {
    const { method, url = '', headers } = req
    // Cheap refusals first: only anonymous GraphQL requests on the path can be hits.
    if (
      (method === 'POST' ? url !== path : method !== 'GET' || !url.startsWith(withQuery)) ||
      headers.authorization !== undefined ||
      (headers.cookie !== undefined && PAYLOAD_TOKEN.test(headers.cookie))
    ) {
      return next()
    }
    const started = performance.now()
    if (method === 'GET') {
      const request = express(req, res)
      // The explorer's redirect (a browser opening /graphql) has no query: Express's.
      if (typeof request.query.query !== 'string') return next()
      return answer(req, res, next, started, ticketFor(request))
    }
    const read = preReadJsonBody(req, maxBody)
    if (!read) return next()
    void read.then((text) =>
      text === undefined ? next() : answer(req, res, next, started, postTicket(req, res, text)),
    )
  }
}

/** The body as Express would parse it; undefined when it would refuse it (Express answers). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** Access lines for hits: one per slow hit, and a count of the others once a second. */
function hitLog(logger: Logger) {
  let count = 0
  let slowest = 0
  let timer: NodeJS.Timeout | undefined
  const flush = () => {
    timer = undefined
    if (count > 0) {
      logger.info({ hits: count, slowestMs: Math.round(slowest) }, 'response cache hits')
    }
    count = 0
    slowest = 0
  }
  return {
    record(req: IncomingMessage, ms: number) {
      if (ms >= SLOW_HIT_MS) {
        logger.info(
          {
            reqId: req.id,
            req: { method: req.method, url: req.url },
            res: { statusCode: 200 },
            responseTime: Math.round(ms),
            cache: 'HIT',
          },
          'request completed',
        )
        return
      }
      if (!logger.isLevelEnabled('info')) return
      count++
      if (ms > slowest) slowest = ms
      timer ??= setTimeout(flush, SUMMARY_EVERY_MS).unref()
    },
  }
}
