import { concatAST } from 'graphql'
import { gql } from 'graphql-tag'
import { PRACTICE_EXAMPLE_KINDS } from '../../collections/PracticeExamples/kinds'
import { contentEnum } from '../shared/enums'
import { LIFE_DOMAIN_FILTER_FIELD, SEARCH_FILTER_FIELD } from '../shared/filters'

export const practiceExampleKind = contentEnum('PracticeExampleKind', PRACTICE_EXAMPLE_KINDS)

export const practiceExamplesTypeDefs = concatAST([
  gql`
    extend type Query {
      "A practice example by its slug; null when it does not exist or the caller may not read it."
      practiceExample(slug: String!): PracticeExample
      "Practice examples the caller may read, newest first."
      practiceExamples(
        "Page size, at most 100."
        first: Int = 20
        after: String
        filter: PracticeExampleFilter
      ): PracticeExampleConnection!
    }

    "A municipality's example of how it carries out the CRPD: an article or a video."
    type PracticeExample @key(fields: "id") @cacheControl(maxAge: 60) {
      id: ID!
      title: String!
      slug: String!
      kind: PracticeExampleKind!
      municipality: Municipality
      "Name from the municipality registry at the time of saving."
      municipalityName: String
      lifeDomains: [LifeDomain!]
      summary: String!
      image: Image
      "The body as plain text; null when empty."
      bodyText: String
      "The video of a VIDEO example, with its transcript or captions (one of them is always there)."
      video: Video
      "First publication, ISO 8601."
      publishedAt: String
      readability: Readability!
    }

    type Video @cacheControl(inheritMaxAge: true) {
      url: String!
      "Everything said and shown, as text."
      transcript: String
      "WebVTT captions file."
      captionsUrl: String
    }

    input PracticeExampleFilter {
      ${LIFE_DOMAIN_FILTER_FIELD}
      "CBS code, e.g. GM1509; BAD_USER_INPUT for a code that is no municipality."
      municipality: String
      kind: PracticeExampleKind
      ${SEARCH_FILTER_FIELD}
    }

    type PracticeExampleConnection @cacheControl(maxAge: 60) {
      edges: [PracticeExampleEdge!]!
      pageInfo: PageInfo!
      totalCount: Int!
    }

    type PracticeExampleEdge @cacheControl(inheritMaxAge: true) {
      cursor: String!
      node: PracticeExample!
    }
  `,
  practiceExampleKind.typeDefs,
])
