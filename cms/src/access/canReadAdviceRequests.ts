import type { Access } from 'payload'
import { hasRole } from '../collections/Users/roles'

/**
 * Advice requests hold personal data (the requester's contact details and question). Admins read
 * every request; advisers the queue, i.e. confirmed requests (an anonymous request waits for its
 * e-mail confirmation); a municipal official the confirmed requests of their own municipality.
 * Editors, organisers, anonymous callers and officials without a municipality read none.
 */
export const canReadAdviceRequests: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const confirmed = { confirmedAt: { exists: true } }
  if (hasRole(user, 'adviser')) return confirmed
  if (hasRole(user, 'municipal-official') && user?.municipalityCode) {
    return { and: [confirmed, { municipality: { equals: user.municipalityCode } }] }
  }
  return false
}
