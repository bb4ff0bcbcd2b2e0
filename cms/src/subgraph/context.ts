import type { Logger } from '@idm/edge'
import type { Payload } from 'payload'
import type { Actor } from './actor'
import { ContentError, ContentErrorCode } from './errors'
import { createLoaders, type Loaders } from './loaders'

/** Per-request context of the content subgraph. */
export interface ContentContext {
  actor: Actor
  loaders: Loaders
  /** The request's logger: every line carries its request id. */
  log: Logger
}

/**
 * Identifies the caller from the `Authorization` header the gateway forwards (`JWT <token>` or
 * `Bearer <token>`, a Payload login token) through Payload's own auth, so a token is checked
 * exactly as the CMS checks it (signature, expiry, session). Only that header is passed on:
 * cookies have no meaning between the gateway and this service.
 */
export async function createContext(
  payload: Payload,
  authorization: string | undefined,
  log: Logger,
): Promise<ContentContext> {
  let user: Actor['user'] = null
  if (authorization) {
    const result = await payload.auth({ headers: new Headers({ authorization }) })
    // A client that sends a token expects to be treated as its user; answering as anonymous
    // instead would silently hide the drafts it asked for.
    if (!result.user) {
      throw new ContentError(
        ContentErrorCode.Unauthenticated,
        'The Authorization token is invalid or has expired; log in again.',
      )
    }
    user = result.user
  }
  const actor: Actor = { payload, user }
  return { actor, loaders: createLoaders(actor), log }
}
