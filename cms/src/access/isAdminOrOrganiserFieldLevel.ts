import type { FieldAccess } from 'payload'
import { hasRole } from '../collections/Users/roles'

/** Field-level: internal election data (organiser notes) for organisers and admins only. */
export const isAdminOrOrganiserFieldLevel: FieldAccess = ({ req: { user } }) =>
  hasRole(user, 'admin', 'organiser')
