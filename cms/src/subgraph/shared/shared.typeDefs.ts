import { gql } from 'graphql-tag'

/**
 * What every domain of the content subgraph shares: the federation link, the cache hints, Relay's
 * PageInfo and the accessible parts of content (images, downloads, reading level).
 *
 * Every field that crosses to the other subgraph is nullable (a municipality's content, a practice
 * example's municipality, an item's life domains): when one subgraph is down or slow, only its own
 * fields become null, instead of the null bubbling up and taking the other subgraph's answer along.
 */
export const sharedTypeDefs = gql`
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

  """
  Apollo Server's cache hints (docs/caching.md). Public content and its parts may be cached for a
  minute (the gateway caps every entry at RESPONSE_CACHE_MAX_AGE_SECONDS); personal data is
  uncacheable (maxAge 0), and any answer to a logged-in caller is private (cacheControl.ts).
  """
  directive @cacheControl(maxAge: Int, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT

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

  "Relay page information, shared by every connection in the graph."
  type PageInfo @shareable @cacheControl(inheritMaxAge: true) {
    hasNextPage: Boolean!
    "True when the page starts after a cursor."
    hasPreviousPage: Boolean!
    startCursor: String
    endCursor: String
  }
`
