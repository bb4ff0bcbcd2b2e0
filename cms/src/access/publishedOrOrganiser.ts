import type { Access } from 'payload'
import { hasRole } from '../collections/Users/roles'

/** Election content: organisers and admins read drafts too; everybody else only published ones. */
export const publishedOrOrganiser: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'organiser')) return true
  return { _status: { equals: 'published' } }
}
