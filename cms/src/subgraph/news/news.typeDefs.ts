import { gql } from 'graphql-tag'
import { LIFE_DOMAIN_FILTER_FIELD, SEARCH_FILTER_FIELD } from '../shared/filters'

export const newsTypeDefs = gql`
  extend type Query {
    "A news item by its slug."
    newsItem(slug: String!): NewsItem
    "News items the caller may read, newest first."
    newsItems(
      "Page size, at most 100."
      first: Int = 20
      after: String
      filter: NewsFilter
    ): NewsItemConnection!
  }

  type NewsItem @key(fields: "id") @cacheControl(maxAge: 60) {
    id: ID!
    title: String!
    slug: String!
    summary: String!
    image: Image
    "The body as plain text; null when empty."
    bodyText: String
    lifeDomains: [LifeDomain!]
    publishedAt: String
    readability: Readability!
  }

  input NewsFilter {
    ${LIFE_DOMAIN_FILTER_FIELD}
    ${SEARCH_FILTER_FIELD}
  }

  type NewsItemConnection @cacheControl(maxAge: 60) {
    edges: [NewsItemEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type NewsItemEdge @cacheControl(inheritMaxAge: true) {
    cursor: String!
    node: NewsItem!
  }
`
