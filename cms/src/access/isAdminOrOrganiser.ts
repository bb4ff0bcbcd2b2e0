import type { Access } from 'payload'
import { hasRole } from '../collections/Users/roles'

/** Election organisers run the election Meest Toegankelijke Gemeente; admins may do anything. */
export const isAdminOrOrganiser: Access = ({ req: { user } }) => hasRole(user, 'admin', 'organiser')
