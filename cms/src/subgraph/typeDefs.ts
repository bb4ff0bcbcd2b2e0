import { gql } from 'graphql-tag'

/**
 * The content subgraph's schema: what the CMS publishes, joined to municipalities and life domains.
 * Every field that crosses to the other subgraph is nullable (a municipality's content, a practice
 * example's municipality, an item's life domains): when one subgraph is down or slow, only its own
 * fields become null, instead of the null bubbling up and taking the other subgraph's answer along.
 */
export const typeDefs = gql`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

  """
  Apollo Server's cache hints (docs/caching.md). Public content and its parts may be cached for a
  minute (the gateway caps every entry at RESPONSE_CACHE_MAX_AGE_SECONDS); personal data is
  uncacheable (maxAge 0), and any answer to a logged-in caller is private (cacheControl.ts).
  """
  directive @cacheControl(maxAge: Int, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT

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

    "A practice example by its slug; null when it does not exist or the caller may not read it."
    practiceExample(slug: String!): PracticeExample
    "Practice examples the caller may read, newest first."
    practiceExamples(
      "Page size, at most 100."
      first: Int = 20
      after: String
      filter: PracticeExampleFilter
    ): PracticeExampleConnection!

    "An event by its slug."
    event(slug: String!): Event
    "Events the caller may read: upcoming ones soonest first, past ones (and all) latest first."
    events(
      "Page size, at most 100."
      first: Int = 20
      after: String
      filter: EventFilter
    ): EventConnection!

    "A news item by its slug."
    newsItem(slug: String!): NewsItem
    "News items the caller may read, newest first."
    newsItems(
      "Page size, at most 100."
      first: Int = 20
      after: String
      filter: NewsFilter
    ): NewsItemConnection!

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
    coverImage: Image
    "The product as a file (PDF), when it has one."
    download: Download
    "The body as plain text, paragraphs separated by line breaks; null when empty."
    bodyText: String
    readability: Readability!
  }

  "An image with what a screen reader needs: alt is always present (empty only for decoration)."
  type Image @cacheControl(inheritMaxAge: true) {
    url: String!
    "Alternative text; the CMS requires it for every image."
    alt: String!
    caption: String
    credit: String
    width: Int
    height: Int
    "Scaled versions (thumbnail 320 px, card 768 px, hero 1600 px wide), WebP."
    sizes: [ImageSize!]!
  }

  type ImageSize @cacheControl(inheritMaxAge: true) {
    "thumbnail, card or hero."
    name: String!
    url: String!
    width: Int
    height: Int
  }

  "A downloadable file, e.g. the PDF of a guide."
  type Download @cacheControl(inheritMaxAge: true) {
    url: String!
    filename: String
    mimeType: String
    "Size in bytes."
    filesize: Int
    "Link text, e.g. Handreiking Lokale Inclusie Agenda (PDF)."
    title: String!
  }

  "How easy a text reads, scored by the CMS on save (Flesch–Douma on summary and body)."
  type Readability @cacheControl(inheritMaxAge: true) {
    "0–100, higher is easier; null for a text without words."
    score: Float
    level: ReadingLevel!
    "Dutch advice for a text harder than B1; null otherwise."
    hint: String
  }

  enum ReadingLevel {
    "Score 60 or more: about language level B1."
    B1_OR_EASIER
    HARDER_THAN_B1
    "Not scored (no text)."
    UNKNOWN
  }

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

  enum PracticeExampleKind {
    ARTICLE
    VIDEO
  }

  type Video @cacheControl(inheritMaxAge: true) {
    url: String!
    "Everything said and shown, as text."
    transcript: String
    "WebVTT captions file."
    captionsUrl: String
  }

  input PracticeExampleFilter {
    "Life domain slug."
    lifeDomain: String
    "CBS code, e.g. GM1509."
    municipality: String
    kind: PracticeExampleKind
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

  "A webinar, inspiration day or session."
  type Event @cacheControl(maxAge: 60) {
    id: ID!
    title: String!
    slug: String!
    format: EventFormat!
    "ISO 8601 (UTC)."
    startsAt: String!
    "ISO 8601 (UTC)."
    endsAt: String!
    "IANA time zone the organiser planned in, e.g. Europe/Amsterdam."
    timeZone: String!
    "Address, for PHYSICAL and HYBRID events."
    location: String
    "Link to join, for DIGITAL and HYBRID events."
    onlineUrl: String
    registrationUrl: String
    capacity: Int
    lifeDomains: [LifeDomain!]
    summary: String
    "The description as plain text; null when empty."
    descriptionText: String
    readability: Readability!
  }

  enum EventFormat {
    DIGITAL
    PHYSICAL
    HYBRID
  }

  enum EventPeriod {
    "Starting now or later, soonest first."
    UPCOMING
    "Started before now, latest first."
    PAST
  }

  input EventFilter {
    when: EventPeriod
    "Life domain slug."
    lifeDomain: String
    format: EventFormat
  }

  type EventConnection @cacheControl(maxAge: 60) {
    edges: [EventEdge!]!
    pageInfo: PageInfo!
    totalCount: Int!
  }

  type EventEdge @cacheControl(inheritMaxAge: true) {
    cursor: String!
    node: Event!
  }

  type NewsItem @cacheControl(maxAge: 60) {
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
    "Life domain slug."
    lifeDomain: String
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

  "One year of the election Meest Toegankelijke Gemeente."
  type ElectionEdition @cacheControl(maxAge: 60) {
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

  enum ElectionRoundKind {
    RATING
    PUBLIC_VOTE
    JURY
  }

  type RatingQuestion @cacheControl(inheritMaxAge: true) {
    lifeDomain: LifeDomain
    question: String!
    "How much a municipality can influence what is asked."
    influence: Influence!
    weight: Float!
  }

  enum Influence {
    DIRECT
    PARTIAL
    INDIRECT
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
  type Nomination @cacheControl(maxAge: 60) {
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

  enum NominationStage {
    NOMINATED
    FINALIST
    WINNER
    ENCOURAGEMENT_PRIZE
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

  enum ToolkitItemKind {
    POSTER
    TEXT
    INSPIRATION_SESSION
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

  "Relay page information, shared by every connection in the graph."
  type PageInfo @shareable @cacheControl(inheritMaxAge: true) {
    hasNextPage: Boolean!
    "True when the page starts after a cursor."
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }

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
