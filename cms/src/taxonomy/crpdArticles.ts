import crpdArticles from '@idm/reference/crpd-articles.json' with { type: 'json' }

/** An article of the UN Convention on the Rights of Persons with Disabilities, from @idm/reference. */
export interface CrpdArticle {
  number: number
  en: string
  nl: string
  lifeDomains: string[]
}

export const CRPD_ARTICLES: readonly CrpdArticle[] = crpdArticles
