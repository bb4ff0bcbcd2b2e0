import type { Access } from 'payload'
import { hasRole } from '../collections/Users/roles'

/**
 * Admins reach every account; anyone else their own, as a row filter. Advisers also see the
 * project team's accounts (advisers and admins), so they can hand an advice request to a colleague.
 */
export const canReadUsers: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const self = { id: { equals: user.id } }
  if (hasRole(user, 'adviser')) return { or: [self, { role: { in: ['adviser', 'admin'] } }] }
  return self
}
