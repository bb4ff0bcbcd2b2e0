import crpdArticlesJson from '@idm/reference/crpd-articles.json'
import lifeDomainsJson from '@idm/reference/life-domains.json'
import { LIFE_DOMAIN_SLUG_PATTERN } from './life-domain.entity'

export interface LifeDomainRecord {
  slug: string
  nameNl: string
  nameEn: string
}

export interface CrpdArticleRecord {
  number: number
  titleEn: string
  titleNl: string
  lifeDomains: string[]
}

/** The life domains of @idm/reference, in file order; throws on a malformed or duplicate entry. */
export function taxonomyLifeDomains(): LifeDomainRecord[] {
  const records = lifeDomainsJson.map((entry) => {
    if (!LIFE_DOMAIN_SLUG_PATTERN.test(entry.slug) || !entry.nl || !entry.en) {
      throw new Error(`life-domains.json: malformed entry ${JSON.stringify(entry)}`)
    }
    return { slug: entry.slug, nameNl: entry.nl, nameEn: entry.en }
  })
  if (new Set(records.map((record) => record.slug)).size !== records.length) {
    throw new Error('life-domains.json: duplicate slugs')
  }
  return records
}

/** The CRPD articles of @idm/reference; every life domain they name must exist. */
export function taxonomyCrpdArticles(): CrpdArticleRecord[] {
  const slugs = new Set(taxonomyLifeDomains().map((domain) => domain.slug))
  const records = crpdArticlesJson.map((entry) => {
    if (!Number.isInteger(entry.number) || !entry.en || !entry.nl) {
      throw new Error(`crpd-articles.json: malformed entry ${JSON.stringify(entry)}`)
    }
    for (const slug of entry.lifeDomains) {
      if (!slugs.has(slug))
        throw new Error(
          `crpd-articles.json: article ${entry.number} names unknown life domain ${slug}`,
        )
    }
    return {
      number: entry.number,
      titleEn: entry.en,
      titleNl: entry.nl,
      lifeDomains: [...entry.lifeDomains],
    }
  })
  if (new Set(records.map((record) => record.number)).size !== records.length) {
    throw new Error('crpd-articles.json: duplicate article numbers')
  }
  return records
}
