import type { Payload } from 'payload'
import type { User } from '../payload-types'

/**
 * Who is asking, for the content services: the caller's CMS user (null for anonymous callers)
 * and the Payload instance to read with. Every read passes both, so Payload's access rules decide.
 */
export interface Actor {
  payload: Payload
  user: User | null
}
