import type { FieldHook, TextField, TextFieldSingleValidation } from 'payload'
import { localize } from '../localized'
import { formatSlug, SLUG_PATTERN } from './formatSlug'

/** Normalises a typed slug, or derives one from `sourceField` when the editor left it empty. */
const generateSlug =
  (sourceField: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim() !== '') return formatSlug(value)
    const source: unknown = data?.[sourceField]
    if (typeof source === 'string' && source.trim() !== '') return formatSlug(source)
    return value
  }

const validateSlug: TextFieldSingleValidation = (value, { req, required }) => {
  if (value === null || value === undefined || value === '') {
    return required
      ? localize(req, {
          nl: 'Vul een titel of slug in.',
          en: 'Enter a title or a slug.',
        })
      : true
  }
  return (
    SLUG_PATTERN.test(value) ||
    localize(req, {
      nl: 'Een slug bestaat uit kleine letters, cijfers en koppeltekens, zoals "wonen-is-hoofdzaak".',
      en: 'A slug consists of lowercase letters, digits and hyphens, like "wonen-is-hoofdzaak".',
    })
  )
}

/** Unique URL name of a document, generated from `sourceField` (the title) when left empty. */
export const slugField = (sourceField = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  label: { nl: 'Slug (webadres)', en: 'Slug' },
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: {
      nl: 'Wordt bij opslaan uit de titel gemaakt als u dit leeg laat.',
      en: 'Generated from the title on save when left empty.',
    },
  },
  hooks: { beforeValidate: [generateSlug(sourceField)] },
  validate: validateSlug,
})
