import type { Access } from 'payload'
import { hasRole } from '../collections/Users/roles'

/**
 * Newsletter issues change only while they are drafts: once sending starts, every batch must get
 * the same issue (and its deliveries stay the record of who got it). Admins and editors; the
 * sending job writes its progress with overrideAccess.
 */
export const draftIssueOfEditor: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'editor') ? { status: { equals: 'draft' } } : false
