import { concatAST } from 'graphql'
import { gql } from 'graphql-tag'
import { EVENT_FORMATS } from '../../collections/Events/validation'
import { contentEnum } from '../shared/enums'
import { LIFE_DOMAIN_FILTER_FIELD, SEARCH_FILTER_FIELD } from '../shared/filters'
import { EVENT_PERIODS } from './events.reads'

export const eventFormat = contentEnum('EventFormat', EVENT_FORMATS)
export const eventPeriod = contentEnum('EventPeriod', EVENT_PERIODS, {
  valueDescriptions: {
    upcoming: 'Starting now or later, soonest first.',
    past: 'Started before now, latest first.',
  },
})

export const eventsTypeDefs = concatAST([
  gql`
    extend type Query {
      "An event by its slug."
      event(slug: String!): Event
      "Events the caller may read: upcoming ones soonest first, past ones (and all) latest first."
      events(
        "Page size, at most 100."
        first: Int = 20
        after: String
        filter: EventFilter
      ): EventConnection!
    }

    "A webinar, inspiration day or session."
    type Event @key(fields: "id") @cacheControl(maxAge: 60) {
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
      "This event as an iCalendar file (the gateway's /events.ics): for an add-to-calendar link."
      icsUrl: String!
    }

    input EventFilter {
      when: EventPeriod
      ${LIFE_DOMAIN_FILTER_FIELD}
      format: EventFormat
      ${SEARCH_FILTER_FIELD}
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
  `,
  eventFormat.typeDefs,
  eventPeriod.typeDefs,
])
