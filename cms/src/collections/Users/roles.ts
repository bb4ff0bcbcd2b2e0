import roles from '@idm/reference/roles.json' with { type: 'json' }
import type { Localized } from '../../fields/localized'

/**
 * What a CMS account may do; stored on the user and signed into its JWT. The values and labels
 * come from @idm/reference/roles.json, which the monitor reads too; the union names them for
 * the type checker and the check below keeps both in step.
 */
export type Role = 'admin' | 'editor' | 'organiser' | 'municipal-official' | 'adviser'

const KNOWN: Readonly<Record<Role, true>> = {
  admin: true,
  editor: true,
  organiser: true,
  'municipal-official': true,
  adviser: true,
}

const isRole = (value: string): value is Role => Object.hasOwn(KNOWN, value)

function loadRoles(): Array<{ value: Role } & Localized> {
  const loaded = roles.map(({ value, nl, en }) => {
    if (!isRole(value)) throw new Error(`@idm/reference/roles.json has an unknown role "${value}"`)
    return { value, nl, en }
  })
  const missing = Object.keys(KNOWN).filter((role) => !loaded.some((r) => r.value === role))
  if (missing.length > 0) {
    throw new Error(`@idm/reference/roles.json lacks the role(s) ${missing.join(', ')}`)
  }
  return loaded
}

const ROLE_ENTRIES = loadRoles()

export const ROLES: readonly Role[] = ROLE_ENTRIES.map(({ value }) => value)

export const ROLE_LABELS: Readonly<Record<Role, Localized>> = Object.fromEntries(
  ROLE_ENTRIES.map(({ value, nl, en }) => [value, { nl, en }]),
) as Record<Role, Localized>

/** True when the (possibly anonymous) user holds one of the roles. */
export function hasRole(
  user: { role?: Role | null } | null | undefined,
  ...roles: readonly Role[]
): boolean {
  return Boolean(user?.role && roles.includes(user.role))
}
