import { gql } from 'graphql-tag'

/** The monitor's taxonomy entities, with the content tagged with them. */
export const taxonomyTypeDefs = gql`
  "A life domain (levensdomein), owned by the monitor subgraph; the CMS adds its content."
  type LifeDomain @key(fields: "slug") @cacheControl(maxAge: 60) {
    "e.g. werk-en-inkomen."
    slug: String!
    "Knowledge products about this life domain, newest first."
    knowledgeProducts: [KnowledgeProduct!]
    "Practice examples about this life domain, newest first."
    practiceExamples: [PracticeExample!]
    "Events about this life domain that start now or later, soonest first."
    upcomingEvents: [Event!]
    "News about this life domain, newest first."
    news: [NewsItem!]
  }

  "An article of the CRPD (VN-verdrag Handicap), owned by the monitor subgraph; the CMS adds its content."
  type CrpdArticle @key(fields: "number") @cacheControl(maxAge: 60) {
    "Article number in the convention, e.g. 27 (work)."
    number: Int!
    "Knowledge products about this article, newest first."
    knowledgeProducts: [KnowledgeProduct!]
  }
`
