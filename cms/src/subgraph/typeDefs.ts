import { gql } from 'graphql-tag'

/** The content subgraph's schema: knowledge products from the CMS, joined to municipalities. */
export const typeDefs = gql`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

  type Query {
    "A knowledge product by its slug; null when it does not exist or the caller may not read it."
    knowledgeProduct(slug: String!): KnowledgeProduct
    "Knowledge products the caller may read, newest first. Anonymous callers see published ones."
    knowledgeProducts(
      "Page size, at most 100."
      first: Int = 20
      "Cursor of the last edge of the previous page."
      after: String
    ): KnowledgeProductConnection!
  }

  "A guide, collection of examples or toolkit of the programme Iedereen doet mee!, edited in the CMS."
  type KnowledgeProduct @key(fields: "id") {
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
  }

  "Kind of knowledge product; the CMS shows the Dutch name in brackets."
  enum KnowledgeProductType {
    "A step-by-step guide (handreiking)."
    HANDREIKING
    "A collection of inspiring examples from municipalities (inspiratiebundel)."
    INSPIRATIEBUNDEL
    "Key facts on one page (factsheet)."
    FACTSHEET
    "Tools and templates to get started (toolkit)."
    TOOLKIT
    "Anything else (overig)."
    OTHER
  }

  type KnowledgeProductConnection {
    edges: [KnowledgeProductEdge!]!
    pageInfo: PageInfo!
    "All knowledge products the caller may read, over all pages."
    totalCount: Int!
  }

  type KnowledgeProductEdge {
    cursor: String!
    node: KnowledgeProduct!
  }

  "Relay page information, shared by every connection in the graph."
  type PageInfo @shareable {
    hasNextPage: Boolean!
    "True when the page starts after a cursor."
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }

  "A Dutch municipality, owned by the monitor subgraph; the CMS adds its knowledge products."
  type Municipality @key(fields: "code") {
    "CBS code, e.g. GM0363 (Amsterdam)."
    code: String!
    "Knowledge products that feature this municipality, newest first."
    knowledgeProducts: [KnowledgeProduct!]!
  }
`
