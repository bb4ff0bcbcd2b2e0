import type { IncomingHttpHeaders } from 'node:http'
import type { Logger } from '@idm/edge'
import type { GraphQLError } from 'graphql'
import type { ResponseCacheTicket } from './response-cache.js'

export interface GatewayContext {
  authorization?: string
  /** The request id every subgraph request carries (`x-request-id`) and every log line names. */
  requestId: string
  log: Logger
  /** Set when a subgraph refused the caller's token: the whole answer becomes HTTP 401. */
  authFailure?: GraphQLError
  /** Set for an anonymous request that may fill the response cache (response-cache.ts). */
  responseCache?: ResponseCacheTicket
  /**
   * The caller's address as this gateway sees it (Express `req.ip`: X-Forwarded-For only from
   * the proxies TRUST_PROXY names) and user agent, passed to every subgraph: the election's rate
   * limits and anomaly report need the voter's network, not the gateway's.
   */
  clientIp?: string | undefined
  userAgent?: string | undefined
}

/** Accepts `Authorization: JWT …` / `Bearer …` and Payload's `payload-token` cookie. */
export function authorizationFromHeaders(headers: IncomingHttpHeaders): string | undefined {
  if (typeof headers.authorization === 'string' && headers.authorization) {
    return headers.authorization
  }
  const token = /(?:^|;\s*)payload-token=([^;]+)/.exec(headers.cookie ?? '')?.[1]
  return token ? `JWT ${decodeURIComponent(token)}` : undefined
}
