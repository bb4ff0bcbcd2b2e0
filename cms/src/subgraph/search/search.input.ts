import { LIFE_DOMAINS } from '../../taxonomy/lifeDomains'
import { ContentError, ContentErrorCode } from '../shared/errors'

/** The shortest and longest search accepted, in characters (after trimming). */
export const MIN_QUERY_LENGTH = 2
export const MAX_QUERY_LENGTH = 200

/** What `search` can return, in the order ties are broken. */
export const SEARCH_RESULT_TYPES = [
  'KNOWLEDGE_PRODUCT',
  'PRACTICE_EXAMPLE',
  'EVENT',
  'NEWS_ITEM',
] as const
export type SearchResultType = (typeof SEARCH_RESULT_TYPES)[number]

export interface SearchFilter {
  types?: readonly string[] | null
  lifeDomains?: readonly string[] | null
}

/** A search as checked: its words, the types asked for and the life domains (null: any). */
export interface SearchInput {
  /** The trimmed query, for trigram similarity. */
  text: string
  /** Every word as a prefix, all required: the text for `to_tsquery('dutch', …)`. */
  tsquery: string
  types: SearchResultType[]
  lifeDomains: string[] | null
}

const badInput = (message: string) => new ContentError(ContentErrorCode.BadUserInput, message)

// Letters and digits of any script; everything else (quotes, operators, punctuation) separates
// words, so the tsquery text holds nothing but quoted words and `&`.
const WORD = /[\p{L}\p{N}]+/gu

/**
 * The search as the SQL takes it; BAD_USER_INPUT (naming the argument) for a query outside
 * 2–200 characters or without a letter or digit, an unknown type or life domain.
 */
export function parseSearch(query: string, filter: SearchFilter | null | undefined): SearchInput {
  const text = query.trim()
  if (text.length < MIN_QUERY_LENGTH || text.length > MAX_QUERY_LENGTH) {
    throw badInput(
      `query: between ${MIN_QUERY_LENGTH} and ${MAX_QUERY_LENGTH} characters, got ${text.length}`,
    )
  }
  const words = text.match(WORD) ?? []
  if (words.length === 0) throw badInput('query: has no letter or digit to search for')

  const types = filter?.types?.length ? filter.types : SEARCH_RESULT_TYPES
  for (const type of types) {
    if (!(SEARCH_RESULT_TYPES as readonly string[]).includes(type)) {
      throw badInput(
        `filter.types: ${JSON.stringify(type)} is not a search result type (one of ${SEARCH_RESULT_TYPES.join(', ')})`,
      )
    }
  }
  const lifeDomains = filter?.lifeDomains?.length ? [...new Set(filter.lifeDomains)] : null
  for (const slug of lifeDomains ?? []) {
    if (!LIFE_DOMAINS.some((domain) => domain.slug === slug)) {
      throw badInput(
        `filter.lifeDomains: ${JSON.stringify(slug)} is not a life domain (one of ${LIFE_DOMAINS.map((domain) => domain.slug).join(', ')})`,
      )
    }
  }

  return {
    text,
    tsquery: words.map((word) => `'${word.toLowerCase()}':*`).join(' & '),
    types: SEARCH_RESULT_TYPES.filter((type) => types.includes(type)),
    lifeDomains,
  }
}

/** Markers ts_headline puts around a hit: private-use characters, removed from the text first. */
export const HIT_START = '\uE000'
export const HIT_END = '\uE001'

/** The marker a snippet carries around each hit (the only markup in it). */
export const MARK_START = '<mark>'
export const MARK_END = '</mark>'

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * ts_headline's fragment as a snippet: the text HTML-escaped, then the hits wrapped in
 * `<mark>`…`</mark>`, so a snippet is safe to render as HTML and its marks are its only tags.
 */
export function toSnippet(headline: string): string {
  return headline
    .replace(/[&<>"']/g, (char) => ESCAPES[char]!)
    .replaceAll(HIT_START, MARK_START)
    .replaceAll(HIT_END, MARK_END)
    .replace(/\s+/g, ' ')
    .trim()
}
