import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'

/** CORS for the listed browser origins ('*' for any); other origins get no CORS headers. */
export function corsMiddleware(origins: string[]): RequestHandler {
  return (req, res, next) => {
    if (setCorsHeaders(origins, req, res) && req.method === 'OPTIONS') {
      res.sendStatus(204)
      return
    }
    next()
  }
}

/** Writes the CORS headers when the request's origin is allowed; true when it was. */
export function setCorsHeaders(
  origins: string[],
  req: IncomingMessage,
  res: ServerResponse,
): boolean {
  const origin = req.headers.origin
  if (!origin || !(origins.includes('*') || origins.includes(origin))) return false
  res.setHeader('access-control-allow-origin', origin)
  res.setHeader('vary', 'Origin')
  res.setHeader(
    'access-control-allow-headers',
    'authorization, content-type, apollo-require-preflight, x-request-id',
  )
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS')
  res.setHeader('access-control-expose-headers', 'x-request-id, retry-after')
  return true
}
