import type { Access } from 'payload'
import { hasRole } from '../collections/Users/roles'

/** The project team's advisers handle advice requests; admins act as advisers too. */
export const isAdminOrAdviser: Access = ({ req: { user } }) => hasRole(user, 'admin', 'adviser')
