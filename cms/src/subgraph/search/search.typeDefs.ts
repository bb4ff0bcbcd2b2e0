import { gql } from 'graphql-tag'
import { MAX_QUERY_LENGTH, MIN_QUERY_LENGTH, SEARCH_RESULT_TYPES } from './search.input'

export const searchTypeDefs = gql`
  extend type Query {
    """
    One search across knowledge products, practice examples, events and news the caller may read,
    best first: Dutch full-text search on title and summary (every word also as a prefix, so
    "inclu" finds "Inclusie"; "woningen" finds "woning"), titles weighing more than summaries.
    BAD_USER_INPUT for a query outside ${MIN_QUERY_LENGTH}–${MAX_QUERY_LENGTH} characters or without a letter or digit,
    and for an unknown type or life domain.
    """
    search(
      "The words to search for, ${MIN_QUERY_LENGTH}–${MAX_QUERY_LENGTH} characters."
      query: String!
      "Page size, at most 100."
      first: Int = 20
      after: String
      filter: SearchFilter
    ): SearchResultConnection!
  }

  "What search can return."
  enum SearchResultType {
    ${SEARCH_RESULT_TYPES.join('\n    ')}
  }

  input SearchFilter {
    "Only these types; absent or empty: every type."
    types: [SearchResultType!]
    "Only documents about one of these life domains (slugs); absent or empty: any."
    lifeDomains: [String!]
  }

  "A knowledge product, practice example, event or news item found by search."
  union SearchResult = KnowledgeProduct | PracticeExample | Event | NewsItem

  type SearchResultConnection @cacheControl(maxAge: 60) {
    edges: [SearchResultEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type SearchResultEdge @cacheControl(inheritMaxAge: true) {
    cursor: String!
    "Relevance (ts_rank, higher is better); only comparable within one search."
    score: Float!
    """
    Up to two fragments of the summary (the title when there is none) around the hits, joined by
    " … ". HTML-escaped text in which each hit is wrapped in <mark>…</mark>, the only markup.
    """
    snippet: String!
    node: SearchResult! @cacheControl(inheritMaxAge: true)
  }
`
