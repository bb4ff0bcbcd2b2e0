import { TZDate } from '@date-fns/tz'
import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalCalendarMethod } from 'ical-generator'
import { FeedError, FeedErrorCode } from './feeds.errors.js'
import type { GraphReader } from './graph.js'

/** Stable UIDs: `event-<id>@<domain>`, the same in every download and for every subscriber. */
export const UID_DOMAIN = 'iedereendoetmee.nl'
/** The content subgraph's largest page; the feed pages through everything within this bound. */
const PAGE_SIZE = 100
/** At most this many pages (10,000 events): a feed never turns into an unbounded loop. */
const MAX_PAGES = 100

/** What the graph's EventFormat calls each format, by the name in the URL. */
const FORMATS: Record<string, EventFormat> = {
  digital: 'DIGITAL',
  online: 'DIGITAL',
  physical: 'PHYSICAL',
  'in-person': 'PHYSICAL',
  hybrid: 'HYBRID',
}
const PARAMETERS = new Set(['lifeDomain', 'format', 'event'])

export type EventFormat = 'DIGITAL' | 'PHYSICAL' | 'HYBRID'

export interface CalendarRequest {
  lifeDomain?: string
  format?: EventFormat
  /** One event by id, upcoming or past (the URL `Event.icsUrl` will carry). */
  event?: string
}

export interface FeedEvent {
  id: string
  title: string
  slug: string
  format: EventFormat
  startsAt: string
  endsAt: string
  timeZone: string
  location: string | null
  onlineUrl: string | null
  registrationUrl: string | null
  summary: string | null
  descriptionText: string | null
}

/** Reads the query string of /events.ics; anything unknown, repeated or malformed is refused. */
export function parseCalendarRequest(query: Record<string, unknown>): CalendarRequest {
  const request: CalendarRequest = {}
  for (const [name, value] of Object.entries(query)) {
    if (!PARAMETERS.has(name)) {
      throw new FeedError(
        FeedErrorCode.UnknownParameter,
        `Unknown parameter "${name}"; use lifeDomain, format or event`,
      )
    }
    if (typeof value !== 'string' || value === '' || value.length > 100) {
      throw new FeedError(FeedErrorCode.InvalidParameter, `Give "${name}" once, with one value`)
    }
  }
  const { lifeDomain, format, event } = query as Record<string, string | undefined>
  if (lifeDomain !== undefined) {
    if (!/^[a-z0-9-]+$/.test(lifeDomain)) {
      throw new FeedError(
        FeedErrorCode.UnknownLifeDomain,
        `No life domain has the slug "${lifeDomain}"`,
      )
    }
    request.lifeDomain = lifeDomain
  }
  if (format !== undefined) {
    const known = FORMATS[format.toLowerCase()]
    if (!known) {
      throw new FeedError(
        FeedErrorCode.InvalidParameter,
        'format must be one of digital (online), physical (in-person) or hybrid',
      )
    }
    request.format = known
  }
  if (event !== undefined) {
    if (!/^\d{1,12}$/.test(event)) {
      throw new FeedError(FeedErrorCode.InvalidParameter, 'event must be the id of an event')
    }
    if (lifeDomain !== undefined || format !== undefined) {
      throw new FeedError(FeedErrorCode.InvalidParameter, 'event cannot be combined with filters')
    }
    request.event = event
  }
  return request
}

const EVENT_FIELDS = `
  id title slug format startsAt endsAt timeZone location onlineUrl registrationUrl
  summary descriptionText
`
const EVENTS = `
  query CalendarEvents($first: Int!, $after: String, $filter: EventFilter) {
    events(first: $first, after: $after, filter: $filter) {
      edges { node { ${EVENT_FIELDS} } }
      pageInfo { hasNextPage endCursor }
    }
  }
`
const LIFE_DOMAIN = `query CalendarLifeDomain($slug: String!) { lifeDomain(slug: $slug) { slug } }`

interface EventsPage {
  events: {
    edges: Array<{ node: FeedEvent }>
    pageInfo: { hasNextPage: boolean; endCursor: string | null }
  }
}

/**
 * The events of one feed, from the graph: every upcoming published event (soonest first) that
 * matches the filters, or the one event asked for. Pages through the connection at its largest
 * page size.
 */
export async function readCalendarEvents(
  graph: GraphReader,
  request: CalendarRequest,
): Promise<FeedEvent[]> {
  if (request.lifeDomain) {
    const { lifeDomain } = await graph.query<{ lifeDomain: { slug: string } | null }>(LIFE_DOMAIN, {
      slug: request.lifeDomain,
    })
    if (!lifeDomain) {
      throw new FeedError(
        FeedErrorCode.UnknownLifeDomain,
        `No life domain has the slug "${request.lifeDomain}"`,
      )
    }
  }
  // The graph has no event(id): a single event is found among all events, upcoming and past.
  const filter = request.event
    ? {}
    : {
        when: 'UPCOMING',
        ...(request.lifeDomain ? { lifeDomain: request.lifeDomain } : {}),
        ...(request.format ? { format: request.format } : {}),
      }
  const events: FeedEvent[] = []
  let after: string | null = null
  for (let page = 0; page < MAX_PAGES; page++) {
    const { events: connection }: EventsPage = await graph.query<EventsPage>(EVENTS, {
      first: PAGE_SIZE,
      after,
      filter,
    })
    for (const { node } of connection.edges) {
      if (!request.event) events.push(node)
      else if (node.id === request.event) return [node]
    }
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break
    after = connection.pageInfo.endCursor
  }
  if (request.event) {
    throw new FeedError(
      FeedErrorCode.EventNotFound,
      `No published event has the id ${request.event}`,
    )
  }
  return events
}

const FORMAT_NL: Record<EventFormat, string> = {
  DIGITAL: 'Online',
  PHYSICAL: 'Op locatie',
  HYBRID: 'Op locatie en online',
}

/** The UID of an event in every feed. */
export const eventUid = (id: string) => `event-${id}@${UID_DOMAIN}`

/**
 * The iCalendar file (RFC 5545). Times are written as wall-clock time in the zone the organiser
 * planned in (`DTSTART;TZID=Europe/Amsterdam:…`) with its VTIMEZONE, so a calendar shows the
 * right local time across daylight saving; an event planned in UTC is written in UTC (`…Z`).
 */
export function renderCalendar(
  events: FeedEvent[],
  { name, url, now = new Date() }: { name: string; url?: string; now?: Date },
): string {
  const calendar = ical({
    name,
    prodId: { company: 'VNG', product: 'Iedereen doet mee', language: 'NL' },
    method: ICalCalendarMethod.PUBLISH,
    ...(url ? { url, source: url } : {}),
  })
  // The calendar's own time zone stays unset: ical-generator would then write DTSTAMP in it,
  // without the Z that RFC 5545 requires. The VTIMEZONE blocks are added below instead.
  const zones = new Set<string>()
  for (const event of events) {
    const zoned = event.timeZone && event.timeZone !== 'UTC' ? event.timeZone : undefined
    if (zoned) zones.add(zoned)
    const at = (iso: string) => (zoned ? new TZDate(iso, zoned) : new Date(iso))
    calendar.createEvent({
      id: eventUid(event.id),
      start: at(event.startsAt),
      end: at(event.endsAt),
      timezone: zoned ?? null,
      stamp: now,
      summary: event.title,
      description: describe(event),
      location: event.location ?? event.onlineUrl,
      url: event.registrationUrl ?? event.onlineUrl,
      x: [['X-IDM-FORMAT', event.format]],
    })
  }
  const text = calendar.toString()
  const timezones = [...zones]
    .map((zone) => getVtimezoneComponent(zone))
    .filter((component): component is string => Boolean(component))
    .map((component) => component.replace(/\r?\n/g, '\r\n').replace(/(\r\n)?$/, '\r\n'))
    .join('')
  const at = text.search(/BEGIN:VEVENT|END:VCALENDAR/)
  return text.slice(0, at) + timezones + text.slice(at)
}

function describe(event: FeedEvent): string {
  return [
    event.summary,
    event.descriptionText,
    `Vorm: ${FORMAT_NL[event.format]}`,
    event.location ? `Locatie: ${event.location}` : undefined,
    event.onlineUrl ? `Online: ${event.onlineUrl}` : undefined,
    event.registrationUrl ? `Aanmelden: ${event.registrationUrl}` : undefined,
  ]
    .filter(Boolean)
    .join('\n\n')
}
