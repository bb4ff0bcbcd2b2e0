import type { SelectField } from 'payload'
import { CRPD_ARTICLES } from '../taxonomy/crpdArticles'

/** Articles of the VN-verdrag Handicap; the value is the article number as text ("9"). */
export const CRPD_ARTICLE_OPTIONS = CRPD_ARTICLES.map(({ number, nl, en }) => ({
  value: String(number),
  label: { nl: `Artikel ${number} – ${nl}`, en: `Article ${number} – ${en}` },
}))

/** The CRPD articles a document helps to carry out; options from @idm/reference. */
export const crpdArticlesField = (): SelectField => ({
  name: 'crpdArticles',
  type: 'select',
  hasMany: true,
  label: { nl: 'Artikelen VN-verdrag Handicap', en: 'CRPD articles' },
  options: CRPD_ARTICLE_OPTIONS,
  admin: { position: 'sidebar' },
})
