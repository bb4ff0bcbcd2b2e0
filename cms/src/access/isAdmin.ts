import type { Access } from 'payload'
import { hasRole } from '../collections/Users/roles'

export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')
