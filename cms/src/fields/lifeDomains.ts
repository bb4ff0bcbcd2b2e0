import type { SelectField } from 'payload'
import { LIFE_DOMAINS } from '../taxonomy/lifeDomains'

export const LIFE_DOMAIN_OPTIONS = LIFE_DOMAINS.map(({ slug, nl, en }) => ({
  value: slug,
  label: { nl, en },
}))

/** The life domains (levensdomeinen) a document is about; options from @idm/reference. */
export const lifeDomainsField = (): SelectField => ({
  name: 'lifeDomains',
  type: 'select',
  hasMany: true,
  label: { nl: 'Levensdomeinen', en: 'Life domains' },
  options: LIFE_DOMAIN_OPTIONS,
  admin: { position: 'sidebar' },
})
