import { concatAST } from 'graphql'
import { gql } from 'graphql-tag'
import { ADVICE_STATES } from '../../collections/AdviceRequests/states'
import { ADVICE_FORMS, ADVICE_THEMES } from '../../collections/AdviceRequests/topics'
import { contentEnum } from '../shared/enums'

export const adviceRequestState = contentEnum('AdviceRequestState', ADVICE_STATES, {
  description:
    "Where a request is in the project team's queue: NEW → ASSIGNED → IN_PROGRESS → DONE, or DECLINED.",
})
export const adviceForm = contentEnum('AdviceForm', ADVICE_FORMS, {
  description: 'How the requester would like to be advised.',
})
export const adviceTopic = contentEnum('AdviceTopic', ADVICE_THEMES, {
  description: 'Themes of the programme, besides life domains and CRPD articles.',
  valueDescriptions: {
    'local-inclusion-agenda': 'Lokale Inclusie Agenda',
    'lived-experience': 'Ervaringsdeskundigheid',
    'inclusive-employment': 'Inclusief werkgeverschap',
    accessibility: 'Toegankelijkheid',
    other: 'Anders',
  },
})

/** Tailored advice ("advies op maat"): requests to the project team, their states and replies. */
export const adviceTypeDefs = concatAST([
  gql`
    extend type Query {
      """
      The project team's queue: every confirmed request for advisers, every request for admins,
      the own municipality's for municipal officials. UNAUTHENTICATED anonymously, FORBIDDEN for
      other roles. Personal data: never cached.
      """
      adviceRequests(
        "Only requests in this state."
        state: AdviceRequestState
        "Page size, at most 100."
        first: Int = 20
        after: String
      ): AdviceRequestConnection! @cacheControl(maxAge: 0)
      """
      A municipal official's requests: those of their own municipality, with states and replies.
      UNAUTHENTICATED anonymously, FORBIDDEN for other roles.
      """
      myAdviceRequests(
        "Page size, at most 100."
        first: Int = 20
        after: String
      ): AdviceRequestConnection! @cacheControl(maxAge: 0)
      """
      A request by the status token mailed to its requester (a capability link: whoever holds it
      sees the request). TOKEN_INVALID for an unknown token.
      """
      adviceRequestStatus(token: String!): AdviceRequest! @cacheControl(maxAge: 0)
    }

    extend type Mutation {
      """
      Asks the project team for advice. A logged-in municipal official asks for their own
      municipality (FORBIDDEN for another) and the request joins the queue at once; without a
      login, contact.email is required and the request joins the queue once the link in the
      confirmation e-mail is confirmed. Other roles: FORBIDDEN. At most 5 per hour per e-mail
      address and 20 per hour per client (RATE_LIMITED); every field is checked (BAD_USER_INPUT).
      """
      requestAdvice(input: RequestAdviceInput!): RequestAdvicePayload!
      "Confirms an anonymous request with the token of its confirmation e-mail (valid 7 days)."
      confirmAdviceRequest(input: ConfirmAdviceRequestInput!): ConfirmAdviceRequestPayload!
    }

    input RequestAdviceInput {
      "CBS code of the municipality, e.g. GM0363."
      municipalityCode: String!
      "Life-domain slugs, e.g. werk-en-inkomen."
      lifeDomains: [String!]
      "CRPD article numbers, e.g. 27."
      crpdArticles: [Int!]
      "Themes; with lifeDomains and crpdArticles at least one topic in all."
      topics: [AdviceTopic!]
      "The question, 10 to 4,000 characters."
      question: String!
      preferredForm: AdviceForm!
      contact: AdviceContactInput!
    }

    input AdviceContactInput {
      name: String!
      "Required without a login; an official's account address when left out."
      email: String
      phone: String
      "The requester's role in the municipality, e.g. beleidsadviseur sociaal domein."
      organisationRole: String
    }

    input ConfirmAdviceRequestInput {
      "The token from the confirmation e-mail's link."
      token: String!
    }

    type RequestAdvicePayload {
      "True when the request waits for the link in the confirmation e-mail."
      confirmationRequired: Boolean!
      "The new request, for a logged-in official; null without a login (the e-mail has the status link)."
      request: AdviceRequest
    }

    type ConfirmAdviceRequestPayload {
      state: AdviceRequestState!
      "True when the link had been used before; nothing changed."
      alreadyConfirmed: Boolean!
    }

    "A request for tailored advice. Personal data: only for its municipality's officials, the project team and admins."
    type AdviceRequest @cacheControl(maxAge: 0) {
      id: ID!
      municipality: Municipality
      municipalityName: String
      question: String!
      lifeDomains: [LifeDomain!]!
      crpdArticles: [CrpdArticle!]!
      topics: [AdviceTopic!]!
      preferredForm: AdviceForm!
      state: AdviceRequestState!
      contact: AdviceContact!
      "False while an anonymous request waits for its e-mail confirmation."
      confirmed: Boolean!
      "ISO 8601."
      submittedAt: String!
      updatedAt: String!
      "What the project team replied (each reply was e-mailed to the requester), oldest first."
      replies: [AdviceReply!]!
      "Published content on the request's topics, and the municipality's weakest life domains."
      suggestions: AdviceSuggestions!
    }

    type AdviceContact @cacheControl(maxAge: 0) {
      name: String!
      email: String!
      phone: String
      organisationRole: String
    }

    type AdviceReply @cacheControl(maxAge: 0) {
      message: String!
      "ISO 8601."
      sentAt: String
    }

    "What the adviser starts from: published content tagged with the request's topics."
    type AdviceSuggestions @cacheControl(maxAge: 0) {
      "Up to 5: on the request's CRPD articles first, then on its life domains."
      knowledgeProducts: [KnowledgeProduct!]!
      "Up to 5, on its life domains and those of its CRPD articles."
      practiceExamples: [PracticeExample!]!
      "Up to 5 upcoming events on the same life domains, soonest first."
      upcomingEvents: [Event!]!
      "The municipality: its weakestTopics (monitor, published self-assessment only) are the life domains to start from."
      municipality: Municipality
    }

    type AdviceRequestConnection @cacheControl(maxAge: 0) {
      edges: [AdviceRequestEdge!]!
      pageInfo: PageInfo!
      totalCount: Int!
    }

    type AdviceRequestEdge @cacheControl(maxAge: 0) {
      cursor: String!
      node: AdviceRequest!
    }
  `,
  adviceRequestState.typeDefs,
  adviceForm.typeDefs,
  adviceTopic.typeDefs,
])
