import type { ApolloServerPlugin } from '@apollo/server'
import type { Request, RequestHandler, Response } from 'express'
import type { GatewayContext } from './context.js'
import { documentHash, responseCacheKey, type CacheableRequest } from './response-cache.key.js'
import type { CachedResponse, ResponseStore } from './response-cache.store.js'

/** What the middleware found out about a request that may use the cache; the plugin stores by it. */
export interface ResponseCacheTicket {
  key: string
  contentType: string
}

const MEDIA_TYPES = ['application/json', 'application/graphql-response+json']
const PAYLOAD_TOKEN = /(?:^|;\s*)payload-token=/
// Content types a browser may send cross-site without a preflight (Apollo's CSRF rule).
const SIMPLE_CONTENT_TYPES = new Set([
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'text/plain',
])

/** The ticket the middleware left on this response, for the request's context. */
export function responseCacheTicket(res: Response): ResponseCacheTicket | undefined {
  return (res.locals as { responseCache?: ResponseCacheTicket }).responseCache
}

/**
 * Answers repeated anonymous queries from the store before Apollo Server is involved at all: no
 * parsing, validation, planning or subgraph call — a hash, a lookup and a write. Only requests
 * without credentials (no Authorization header, no payload-token cookie) may read the cache.
 * Concurrent misses for one key wait for the first to be answered (one subgraph round per key
 * and entry life at a peak, instead of one per waiting request).
 */
export function responseCacheMiddleware(store: ResponseStore): RequestHandler {
  const inFlight = new Map<string, Promise<void>>()

  const serveOrContinue = (
    ticket: ResponseCacheTicket,
    res: Response,
    next: () => void,
    waitForLeader: boolean,
  ) => {
    const onEntry = (entry: CachedResponse | undefined) => {
      if (entry) return sendHit(res, entry)
      const leader = waitForLeader ? inFlight.get(ticket.key) : undefined
      if (leader) {
        void leader.then(() => serveOrContinue(ticket, res, next, false))
        return
      }
      if (waitForLeader) lead(ticket.key, res)
      next()
    }
    const found = store.get(ticket.key)
    if (found instanceof Promise) void found.then(onEntry, () => onEntry(undefined))
    else onEntry(found)
  }

  const lead = (key: string, res: Response) => {
    let release = () => {}
    const done = new Promise<void>((resolve) => (release = resolve))
    inFlight.set(key, done)
    // 'close' follows every answer, sent or aborted, so waiters never wait for nothing.
    res.once('close', () => {
      if (inFlight.get(key) === done) inFlight.delete(key)
      release()
    })
  }

  return (req, res, next) => {
    res.setHeader('x-cache', 'MISS')
    const ticket = ticketFor(req)
    if (!ticket) return next()
    res.locals.responseCache = ticket
    serveOrContinue(ticket, res, () => next(), true)
  }
}

function sendHit(res: Response, entry: CachedResponse): void {
  const maxAge = Math.max(0, Math.floor((entry.expiresAt - Date.now()) / 1000))
  res.statusCode = 200
  res.setHeader('content-type', entry.contentType)
  res.setHeader('content-length', entry.body.byteLength)
  res.setHeader('cache-control', `public, max-age=${maxAge}`)
  res.setHeader('x-cache', 'HIT')
  res.end(entry.body)
}

/**
 * A ticket when the request may use the cache: anonymous, one well-formed operation. `body` is the
 * parsed POST body (Express's `req.body` unless the caller parsed it itself).
 */
export function ticketFor(req: Request, body: unknown = req.body): ResponseCacheTicket | undefined {
  if (req.headers.authorization !== undefined || PAYLOAD_TOKEN.test(req.headers.cookie ?? '')) {
    return undefined
  }
  const request = req.method === 'POST' ? postRequest(body) : getRequest(req)
  if (!request) return undefined
  const mediaType = req.accepts(MEDIA_TYPES)
  if (!mediaType) return undefined
  const docHash = documentHash(request)
  const key = docHash && responseCacheKey(mediaType, docHash, request)
  return key ? { key, contentType: `${mediaType}; charset=utf-8` } : undefined
}

function postRequest(body: unknown): CacheableRequest | undefined {
  return body && typeof body === 'object' && !Array.isArray(body)
    ? (body as CacheableRequest)
    : undefined
}

/** A GET as Apollo Server reads it (JSON in `variables` and `extensions`), if it would accept it. */
function getRequest(req: Request): CacheableRequest | undefined {
  if (req.method !== 'GET' || !preflighted(req)) return undefined
  const { query, operationName, variables, extensions } = req.query as Record<string, unknown>
  try {
    return {
      query,
      operationName,
      variables: typeof variables === 'string' ? JSON.parse(variables) : variables,
      extensions: typeof extensions === 'string' ? JSON.parse(extensions) : extensions,
    }
  } catch {
    return undefined // Apollo Server answers the malformed JSON with its code
  }
}

/** Apollo Server's CSRF prevention: a GET must prove a browser preflighted it. */
function preflighted(req: Request): boolean {
  if (req.headers['apollo-require-preflight'] || req.headers['x-apollo-operation-name']) return true
  const contentType = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase()
  return contentType !== undefined && !SIMPLE_CONTENT_TYPES.has(contentType)
}

export interface ResponseCachePluginOptions {
  /** Where anonymous public answers go; undefined when RESPONSE_CACHE=off (headers only). */
  store: ResponseStore | undefined
  /** RESPONSE_CACHE_MAX_AGE_SECONDS: no entry and no Cache-Control header lives longer. */
  maxAgeSeconds: number
}

/**
 * Decides, after execution, what may be cached: an anonymous query whose overall policy (the
 * subgraphs' Cache-Control headers, restricted by Apollo's gateway) is PUBLIC with a max-age,
 * without errors, answered 200. That answer is stored (when the middleware gave it a ticket) and
 * sent with `Cache-Control: public, max-age` capped; every other answer is `no-store`, and a
 * logged-in caller's `private, no-store`, so no shared cache downstream keeps it either.
 */
export function responseCachePlugin({
  store,
  maxAgeSeconds,
}: ResponseCachePluginOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response, overallCachePolicy, operation }) {
          const headers = response.http.headers
          if (contextValue.authorization || contextValue.authFailure) {
            headers.set('cache-control', 'private, no-store')
            return
          }
          const policy = overallCachePolicy.policyIfCacheable()
          const body = response.body
          if (
            !policy ||
            policy.scope !== 'PUBLIC' ||
            operation?.operation !== 'query' ||
            body.kind !== 'single' ||
            body.singleResult.errors !== undefined ||
            (response.http.status ?? 200) !== 200
          ) {
            headers.set('cache-control', 'no-store')
            return
          }
          const maxAge = Math.min(policy.maxAge, maxAgeSeconds)
          headers.set('cache-control', `public, max-age=${maxAge}`)
          const ticket = contextValue.responseCache
          if (!store || !ticket) return
          headers.set('content-type', ticket.contentType)
          const { data, extensions } = body.singleResult
          // What Apollo Server writes (its stringifyResult: JSON and a newline), byte for byte.
          const text = `${JSON.stringify({ data, extensions })}\n`
          store.set(ticket.key, {
            body: Buffer.from(text),
            contentType: ticket.contentType,
            expiresAt: Date.now() + maxAge * 1000,
          })
        },
      }
    },
  }
}
