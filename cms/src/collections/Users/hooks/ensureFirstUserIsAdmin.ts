import type { FieldHook } from 'payload'
import type { Role } from '../roles'

/**
 * The very first account (created on the admin's "create first user" screen, where nobody is
 * signed in to choose a role) becomes an administrator; otherwise nobody could manage users.
 */
export const ensureFirstUserIsAdmin: FieldHook<{ id: number }, Role | null | undefined> = async ({
  operation,
  req,
  value,
}) => {
  if (operation !== 'create') return value
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  return totalDocs === 0 ? 'admin' : value
}
