/** What a CMS account may do; stored on the user and signed into its JWT. */
export const ROLES = ['admin', 'editor', 'organiser', 'municipal-official'] as const

export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Readonly<Record<Role, { nl: string; en: string }>> = {
  admin: { nl: 'Beheerder', en: 'Administrator' },
  editor: { nl: 'Redacteur', en: 'Editor' },
  organiser: { nl: 'Organisator', en: 'Organiser' },
  'municipal-official': { nl: 'Gemeenteambtenaar', en: 'Municipal official' },
}

/** Roles that may sign in to the admin panel. */
export const ADMIN_PANEL_ROLES: readonly Role[] = ROLES

/** True when the (possibly anonymous) user holds one of the roles. */
export function hasRole(
  user: { role?: Role | null } | null | undefined,
  ...roles: readonly Role[]
): boolean {
  return Boolean(user?.role && roles.includes(user.role))
}
