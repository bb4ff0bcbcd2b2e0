import roles from '@idm/reference/roles.json'

/** The roles of a CMS account (one source: @idm/reference/roles.json), as the JWT carries them. */
export const ROLES = roles.map((role) => role.value) as Array<
  'admin' | 'editor' | 'organiser' | 'municipal-official' | 'adviser'
>

export type Role = (typeof ROLES)[number]

/** Names used in `@Authorized(...)`; the auth checker compares them with the actor's role. */
export const Role = {
  Admin: 'admin',
  Editor: 'editor',
  Organiser: 'organiser',
  MunicipalOfficial: 'municipal-official',
  /** The project team's advisers (tailored advice, in the CMS): no monitor data beyond the public. */
  Adviser: 'adviser',
} as const satisfies Record<string, Role>
