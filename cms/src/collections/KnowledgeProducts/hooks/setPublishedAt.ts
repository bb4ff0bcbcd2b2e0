import type { FieldHook } from 'payload'

/** Stamps the first publication date, unless the editor set one (e.g. for older products). */
export const setPublishedAt: FieldHook = ({ siblingData, value }) => {
  if (!value && siblingData._status === 'published') return new Date().toISOString()
  return value
}
