import type { Access } from 'payload'
import { hasRole } from '../collections/Users/roles'

/** Admins and editors read drafts too; everybody else only published documents. */
export const publishedOrEditor: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'editor')) return true
  return { _status: { equals: 'published' } }
}
