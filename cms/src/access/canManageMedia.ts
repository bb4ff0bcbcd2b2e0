import type { Access } from 'payload'
import { hasRole } from '../collections/Users/roles'

/** Editors upload images and downloads; organisers upload the election's posters. */
export const canManageMedia: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor', 'organiser')
