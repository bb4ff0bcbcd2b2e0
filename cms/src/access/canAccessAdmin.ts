import type { PayloadRequest } from 'payload'
import { hasRole, ROLES } from '../collections/Users/roles'

/**
 * Who may sign in to the admin panel at /admin: every role, municipal officials too (they read
 * their own municipality's nomination there). A user without a role may not.
 */
export const canAccessAdmin = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  hasRole(user, ...ROLES)
