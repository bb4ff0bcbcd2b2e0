import type { IncomingHttpHeaders } from 'node:http'

export interface GatewayContext {
  authorization?: string
}

/** Accepts `Authorization: JWT …` / `Bearer …` and Payload's `payload-token` cookie. */
export function contextFromHeaders(headers: IncomingHttpHeaders): GatewayContext {
  if (typeof headers.authorization === 'string' && headers.authorization) {
    return { authorization: headers.authorization }
  }
  const token = /(?:^|;\s*)payload-token=([^;]+)/.exec(headers.cookie ?? '')?.[1]
  return token ? { authorization: `JWT ${decodeURIComponent(token)}` } : {}
}
