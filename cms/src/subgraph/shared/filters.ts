import type { Where } from 'payload'
import { municipalityCodeProblem } from '../../fields/municipality'
import { CRPD_ARTICLES } from '../../taxonomy/crpdArticles'
import { LIFE_DOMAINS } from '../../taxonomy/lifeDomains'
import { ContentError, ContentErrorCode } from './errors'

/** The longest text search accepted, in characters. */
export const MAX_SEARCH_LENGTH = 100

/**
 * What every content list can be filtered on, the same way in every domain: a life domain and a
 * text search. Each domain adds its own kind (type, kind, format, when) and relations
 * (municipality, the CRPD article where the collection records them).
 */
export interface ContentFilter {
  lifeDomain?: string | null
  search?: string | null
}

const badInput = (message: string) => new ContentError(ContentErrorCode.BadUserInput, message)

/** Documents about this life domain; BAD_USER_INPUT for a slug that is no life domain. */
export function lifeDomainWhere(slug: string): Where {
  if (!LIFE_DOMAINS.some((domain) => domain.slug === slug)) {
    throw badInput(
      `filter.lifeDomain: ${JSON.stringify(slug)} is not a life domain (one of ${LIFE_DOMAINS.map((domain) => domain.slug).join(', ')})`,
    )
  }
  return { lifeDomains: { in: [slug] } }
}

/** Documents about this CRPD article; BAD_USER_INPUT for a number the programme does not list. */
export function crpdArticleWhere(number: number): Where {
  if (!CRPD_ARTICLES.some((article) => article.number === number)) {
    throw badInput(`filter.crpdArticle: ${number} is not a CRPD article listed by the programme`)
  }
  // Stored as text ("9"): the select's values are the article numbers.
  return { crpdArticles: { in: [String(number)] } }
}

/** Documents of this municipality (CBS code); BAD_USER_INPUT for a code that is no municipality. */
export function municipalityWhere(field: string, code: string): Where {
  const problem = municipalityCodeProblem(code)
  if (problem) throw badInput(`filter.municipality: ${problem.en}`)
  return { [field]: { equals: code } }
}

/**
 * Documents whose title or summary contains every word of the search, case-insensitively
 * (Payload's `like`); a blank search is no filter. BAD_USER_INPUT beyond 100 characters.
 */
export function searchWhere(
  search: string | null | undefined,
  fields: readonly string[] = ['title', 'summary'],
): Where | undefined {
  const text = search?.trim() ?? ''
  if (text === '') return undefined
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badInput(`filter.search: at most ${MAX_SEARCH_LENGTH} characters, got ${text.length}`)
  }
  return { or: fields.map((field) => ({ [field]: { like: text } })) }
}

/** The conditions of the shared part of a filter. */
export function contentFilterWheres(filter: ContentFilter | null | undefined): Where[] {
  return [
    filter?.lifeDomain ? lifeDomainWhere(filter.lifeDomain) : undefined,
    searchWhere(filter?.search),
  ].filter((where): where is Where => where !== undefined)
}

/** The SDL of the shared filter fields, for every domain's filter input (one wording everywhere). */
export const LIFE_DOMAIN_FILTER_FIELD = `
  "Life domain slug, e.g. werk-en-inkomen; BAD_USER_INPUT for a slug that is no life domain."
  lifeDomain: String`
export const CRPD_ARTICLE_FILTER_FIELD = `
  "CRPD article number, e.g. 9 (accessibility); BAD_USER_INPUT for an article the programme does not list."
  crpdArticle: Int`
export const SEARCH_FILTER_FIELD = `
  "Words that must all occur in the title or the summary, in any case; at most ${MAX_SEARCH_LENGTH} characters."
  search: String`
