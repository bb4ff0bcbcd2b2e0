import { gql } from 'graphql-tag'

export const municipalityTypeDefs = gql`
  "A Dutch municipality, owned by the monitor subgraph; the CMS adds its knowledge products."
  type Municipality @key(fields: "code") @cacheControl(maxAge: 60) {
    "CBS code, e.g. GM0363 (Amsterdam)."
    code: String!
    "Knowledge products that feature this municipality, newest first."
    knowledgeProducts: [KnowledgeProduct!]
    "Practice examples of this municipality, newest first."
    practiceExamples: [PracticeExample!]
    "Nominations of this municipality in the election, newest first."
    nominations: [Nomination!]
  }
`
