import { concatAST } from 'graphql'
import { gql } from 'graphql-tag'
import { KNOWLEDGE_PRODUCT_TYPES } from '../../collections/KnowledgeProducts/types'
import { contentEnum } from '../shared/enums'
import {
  CRPD_ARTICLE_FILTER_FIELD,
  LIFE_DOMAIN_FILTER_FIELD,
  SEARCH_FILTER_FIELD,
} from '../shared/filters'

export const knowledgeProductType = contentEnum('KnowledgeProductType', KNOWLEDGE_PRODUCT_TYPES, {
  description: 'Kind of knowledge product; the CMS shows the Dutch name in brackets.',
  valueDescriptions: {
    handreiking: 'A step-by-step guide (handreiking).',
    inspiratiebundel: 'A collection of inspiring examples from municipalities (inspiratiebundel).',
    factsheet: 'Key facts on one page (factsheet).',
    toolkit: 'Tools and templates to get started (toolkit).',
    other: 'Anything else (overig).',
  },
})

export const knowledgeProductsTypeDefs = concatAST([
  gql`
    extend type Query {
      "A knowledge product by its slug; null when it does not exist or the caller may not read it."
      knowledgeProduct(slug: String!): KnowledgeProduct
      "Knowledge products the caller may read, newest first. Anonymous callers see published ones."
      knowledgeProducts(
        "Page size, at most 100."
        first: Int = 20
        "Cursor of the last edge of the previous page."
        after: String
        filter: KnowledgeProductFilter
      ): KnowledgeProductConnection!
    }

    "A guide, collection of examples or toolkit of the programme Iedereen doet mee!, edited in the CMS."
    type KnowledgeProduct @key(fields: "id") @cacheControl(maxAge: 60) {
      id: ID!
      title: String!
      "URL name, unique."
      slug: String!
      type: KnowledgeProductType!
      "One or two sentences for listings."
      summary: String
      "First publication, ISO 8601; null for a product that was never published."
      publishedAt: String
      "CBS codes (GM0363) of the municipalities featured in the product."
      municipalityCodes: [String!]!
      "Life domains (levensdomeinen) the product is about."
      lifeDomains: [LifeDomain!]
      "Numbers of the CRPD (VN-verdrag Handicap) articles the product is about, e.g. 9 (accessibility)."
      crpdArticles: [Int!]!
        @deprecated(reason: "Use conventionArticles, which carries each article's number and titles.")
      "The CRPD (VN-verdrag Handicap) articles the product is about, with their titles (from the monitor)."
      conventionArticles: [CrpdArticle!]
      coverImage: Image
      "The product as a file (PDF), when it has one."
      download: Download
      "The body as plain text, paragraphs separated by line breaks; null when empty."
      bodyText: String
      readability: Readability!
    }

    input KnowledgeProductFilter {
      ${LIFE_DOMAIN_FILTER_FIELD}
      ${CRPD_ARTICLE_FILTER_FIELD}
      type: KnowledgeProductType
      ${SEARCH_FILTER_FIELD}
    }

    type KnowledgeProductConnection @cacheControl(maxAge: 60) {
      edges: [KnowledgeProductEdge!]!
      pageInfo: PageInfo!
      "All knowledge products the caller may read, over all pages."
      totalCount: Int!
    }

    type KnowledgeProductEdge @cacheControl(inheritMaxAge: true) {
      cursor: String!
      node: KnowledgeProduct!
    }
  `,
  knowledgeProductType.typeDefs,
])
