import type { Role } from './roles'

/** A caller identified by a verified CMS-issued JWT. */
export interface UserActor {
  kind: 'user'
  /** The Payload user id. */
  id: string
  email: string
  role: Role
  /** Set for municipal officials: the one municipality (CBS code) they act for. */
  municipalityCode: string | null
}

/** Who is asking: services take this first and decide with it. */
export type Actor = { kind: 'anonymous' } | UserActor

export const anonymousActor: Actor = { kind: 'anonymous' }

export function isAdmin(actor: Actor): boolean {
  return actor.kind === 'user' && actor.role === 'admin'
}

/** True for the municipality's own officials and for admins. */
export function actsForMunicipality(actor: Actor, municipalityCode: string): boolean {
  if (actor.kind !== 'user') return false
  if (actor.role === 'admin') return true
  return actor.role === 'municipal-official' && actor.municipalityCode === municipalityCode
}
