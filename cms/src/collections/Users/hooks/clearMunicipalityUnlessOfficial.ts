import type { FieldHook } from 'payload'

/**
 * Only a municipal official belongs to a municipality; dropping a stale code when the role
 * changes keeps it out of the user's JWT, which the monitor trusts.
 */
export const clearMunicipalityUnlessOfficial: FieldHook = ({ siblingData, value }) =>
  siblingData.role === 'municipal-official' ? value : null
