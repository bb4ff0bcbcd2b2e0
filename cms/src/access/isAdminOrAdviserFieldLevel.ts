import type { FieldAccess } from 'payload'
import { hasRole } from '../collections/Users/roles'

/**
 * Field-level: the project team's own data on an advice request (internal notes, the history of
 * who moved it): advisers and admins only, never the requesting municipality.
 */
export const isAdminOrAdviserFieldLevel: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'adviser')
