import type { Access } from 'payload'
import { hasRole } from '../collections/Users/roles'

/**
 * Nominations: organisers and admins read all; a municipal official reads the published ones
 * and every nomination of their own municipality (drafts too); everybody else published ones.
 */
export const publishedOwnOrOrganiser: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin', 'organiser')) return true
  const published = { _status: { equals: 'published' } }
  if (hasRole(user, 'municipal-official') && user?.municipalityCode) {
    return { or: [published, { municipality: { equals: user.municipalityCode } }] }
  }
  return published
}
