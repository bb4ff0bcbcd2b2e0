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
}

/** Accepts `Authorization: JWT …` / `Bearer …` and Payload's `payload-token` cookie. */
export function authorizationFromHeaders(headers: IncomingHttpHeaders): string | undefined {
  if (typeof headers.authorization === 'string' && headers.authorization) {
    return headers.authorization
  }
  const token = /(?:^|;\s*)payload-token=([^;]+)/.exec(headers.cookie ?? '')?.[1]
  return token ? `JWT ${decodeURIComponent(token)}` : undefined
}
