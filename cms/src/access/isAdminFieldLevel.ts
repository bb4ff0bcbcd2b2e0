import type { FieldAccess } from 'payload'
import { hasRole } from '../collections/Users/roles'

/** Field-level: only admins may set or change the field (roles, municipality). */
export const isAdminFieldLevel: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
