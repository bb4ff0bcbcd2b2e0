import { concatAST } from 'graphql'
import { gql } from 'graphql-tag'
import { INFLUENCE_LEVELS } from '../../collections/ElectionEditions'
import { ELECTION_ROUNDS } from '../../collections/ElectionEditions/rounds'
import { NOMINATION_STAGES } from '../../collections/Nominations/stages'
import { TOOLKIT_KINDS } from '../../collections/ToolkitItems'
import { contentEnum } from '../shared/enums'

export const electionRoundKind = contentEnum('ElectionRoundKind', ELECTION_ROUNDS)
export const influence = contentEnum('Influence', INFLUENCE_LEVELS)
export const nominationStage = contentEnum('NominationStage', NOMINATION_STAGES)
export const toolkitItemKind = contentEnum('ToolkitItemKind', TOOLKIT_KINDS)

/** The election Meest Toegankelijke Gemeente: editions, nominations and the campaign toolkit. */
export const electionTypeDefs = concatAST([
  gql`
    extend type Query {
      "An edition of the election Meest Toegankelijke Gemeente by its year."
      electionEdition(year: Int!): ElectionEdition
      "Editions of the election, newest year first."
      electionEditions(
        "Page size, at most 100."
        first: Int = 20
        after: String
      ): ElectionEditionConnection!

      "A nomination by id; null when it does not exist or the caller may not read it."
      nomination(id: ID!): Nomination
      "Nominations of one edition (its year), in order of entry."
      nominations(
        edition: Int!
        "Page size, at most 100."
        first: Int = 20
        after: String
      ): NominationConnection!

      "A toolkit item by id."
      toolkitItem(id: ID!): ToolkitItem
      "The campaign toolkit of one edition (its year), in order of entry."
      toolkitItems(
        edition: Int!
        "Page size, at most 100."
        first: Int = 20
        after: String
      ): ToolkitItemConnection!
    }

    "One year of the election Meest Toegankelijke Gemeente."
    type ElectionEdition @key(fields: "id") @cacheControl(maxAge: 60) {
      id: ID!
      year: Int!
      title: String
      theme: String
      "Rating, public vote and jury, in that order."
      rounds: [ElectionRound!]!
      ratingQuestions: [RatingQuestion!]!
      jury: [JuryMember!]!
      awards: Awards!
    }

    type ElectionRound @cacheControl(inheritMaxAge: true) {
      round: ElectionRoundKind!
      "ISO 8601."
      opensAt: String!
      closesAt: String!
    }

    type RatingQuestion @cacheControl(inheritMaxAge: true) {
      lifeDomain: LifeDomain
      question: String!
      "How much a municipality can influence what is asked."
      influence: Influence!
      weight: Float!
    }

    type JuryMember @cacheControl(inheritMaxAge: true) {
      name: String!
      role: String
    }

    type Awards @cacheControl(inheritMaxAge: true) {
      winner: Municipality
      encouragementPrizes: [Municipality!]
    }

    type ElectionEditionConnection @cacheControl(maxAge: 60) {
      edges: [ElectionEditionEdge!]!
      pageInfo: PageInfo!
      totalCount: Int!
    }

    type ElectionEditionEdge @cacheControl(inheritMaxAge: true) {
      cursor: String!
      node: ElectionEdition!
    }

    "A municipality in one edition of the election, and how far it got."
    type Nomination @key(fields: "id") @cacheControl(maxAge: 60) {
      id: ID!
      "Null when the caller may not read the edition."
      edition: ElectionEdition
      municipality: Municipality
      municipalityName: String
      stage: NominationStage!
      rank: Int
      "Why the municipality was nominated (public)."
      motivation: String
      juryReport: String
      "Personal data: only for organisers, admins and the municipality's own officials; null otherwise."
      campaignContact: CampaignContact
      "Internal notes: only for organisers and admins; null otherwise."
      organiserNotes: String @cacheControl(maxAge: 0)
    }

    type CampaignContact @cacheControl(maxAge: 0) {
      name: String
      email: String
      phone: String
    }

    type NominationConnection @cacheControl(maxAge: 60) {
      edges: [NominationEdge!]!
      pageInfo: PageInfo!
      totalCount: Int!
    }

    type NominationEdge @cacheControl(inheritMaxAge: true) {
      cursor: String!
      node: Nomination!
    }

    "Campaign material for nominated municipalities: a poster, a ready-made text or a session."
    type ToolkitItem @cacheControl(maxAge: 60) {
      id: ID!
      title: String!
      kind: ToolkitItemKind!
      description: String
      "The poster (PDF or image) of a POSTER item."
      file: Download
      "The ready-made text of a TEXT item, with {gemeente}, {provincie}, {cbscode}, {jaar}, {thema}."
      template: String
      """
      The ready-made text filled in for one municipality (CBS code); null for other kinds or
      without a municipality. BAD_USER_INPUT for an unknown code.
      """
      text(municipality: String): String
      "The inspiration session of an INSPIRATION_SESSION item."
      event: Event
      edition: ElectionEdition
    }

    type ToolkitItemConnection @cacheControl(maxAge: 60) {
      edges: [ToolkitItemEdge!]!
      pageInfo: PageInfo!
      totalCount: Int!
    }

    type ToolkitItemEdge @cacheControl(inheritMaxAge: true) {
      cursor: String!
      node: ToolkitItem!
    }
  `,
  electionRoundKind.typeDefs,
  influence.typeDefs,
  nominationStage.typeDefs,
  toolkitItemKind.typeDefs,
])
