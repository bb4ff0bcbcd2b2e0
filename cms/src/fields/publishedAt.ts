import type { DateField, FieldHook } from 'payload'

/** Stamps the first publication date, unless the editor set one (e.g. for older products). */
const setPublishedAt: FieldHook = ({ siblingData, value }) => {
  if (!value && siblingData._status === 'published') return new Date().toISOString()
  return value
}

/** The publication date shown to readers; set on first publication when left empty. */
export const publishedAtField = (): DateField => ({
  name: 'publishedAt',
  type: 'date',
  label: { nl: 'Publicatiedatum', en: 'Publication date' },
  index: true,
  admin: {
    position: 'sidebar',
    date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' },
  },
  hooks: { beforeChange: [setPublishedAt] },
})
