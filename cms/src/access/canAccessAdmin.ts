import type { PayloadRequest } from 'payload'
import { ADMIN_PANEL_ROLES, hasRole } from '../collections/Users/roles'

/** Who may sign in to the admin panel at /admin. */
export const canAccessAdmin = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  hasRole(user, ...ADMIN_PANEL_ROLES)
