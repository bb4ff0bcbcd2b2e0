import type { Logger } from '@idm/edge'
import type { Payload } from 'payload'
import { type CallerIdentifier, identifyCaller } from './caller'
import type { Actor } from './actor'
import { createLoaders, type Loaders } from './loaders'

/** Per-request context of the content subgraph. */
export interface ContentContext {
  actor: Actor
  loaders: Loaders
  /** The request's logger: every line carries its request id. */
  log: Logger
  /** The gateway's public URL, for links to its public endpoints (no trailing slash). */
  publicUrl: string
  /**
   * The caller's address: the one the gateway forwards (X-Forwarded-For from a trusted proxy,
   * TRUST_PROXY), else the socket's; for per-client limits (tailored advice), never stored plain.
   */
  clientIp: string
}

/**
 * Context for one request: the caller identified from the forwarded `Authorization` header (see
 * {@link identifyCaller}) and request-scoped loaders. Only that header is read: cookies have no
 * meaning between the gateway and this service.
 */
export async function createContext(
  payload: Payload,
  authorization: string | undefined,
  log: Logger,
  publicUrl: string,
  clientIp = 'unknown',
  /** The server's (caching) identifier; every request asks Payload when left out (tests). */
  identify: CallerIdentifier = (header) => identifyCaller(payload, header),
): Promise<ContentContext> {
  const actor: Actor = { payload, user: await identify(authorization) }
  return { actor, loaders: createLoaders(actor), log, publicUrl, clientIp }
}
