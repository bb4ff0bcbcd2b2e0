import type { FieldAccess } from 'payload'
import { hasRole } from '../collections/Users/roles'

/**
 * Field-level: a nomination's campaign contact (name, e-mail, phone) is personal data. Organisers
 * and admins read it; a municipal official only on their own municipality's nomination.
 */
export const canReadNominationContact: FieldAccess<{
  id: number
  municipality?: string | null
}> = ({ req: { user }, doc }) => {
  if (hasRole(user, 'admin', 'organiser')) return true
  return (
    hasRole(user, 'municipal-official') &&
    Boolean(user?.municipalityCode) &&
    doc?.municipality === user?.municipalityCode
  )
}
