import type { Payload } from 'payload'
import type { User } from '../../payload-types'

/**
 * Who is asking, for the content reads: the caller's CMS user (null for anonymous callers) and
 * the Payload instance to read with. Every read passes both, so Payload's access rules decide.
 */
export interface Actor {
  payload: Payload
  user: User | null
}

/** The Local API options that make Payload apply its access rules (field level too) to the caller. */
export function asCaller(actor: Actor) {
  return { overrideAccess: false, user: actor.user ?? undefined } as const
}
