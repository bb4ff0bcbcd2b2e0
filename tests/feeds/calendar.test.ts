import { randomBytes } from 'node:crypto'
import ical, { type VEvent } from 'node-ical'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, startTestPlatform, type TestPlatform } from '../support/platform.js'
import { cmsDatabaseOf } from './support/cms-database.js'

/**
 * GET /events.ics through the real gateway, subgraphs and CMS database: the feed is parsed back
 * with node-ical and compared with what the graph itself answers an anonymous caller.
 */
interface GraphEvent {
  id: string
  title: string
  format: string
  startsAt: string
  endsAt: string
  timeZone: string
  location: string | null
  onlineUrl: string | null
  registrationUrl: string | null
}

const EVENTS = `query ($after: String, $filter: EventFilter) {
  events(first: 100, after: $after, filter: $filter) {
    edges { node { id title format startsAt endsAt timeZone location onlineUrl registrationUrl } }
    pageInfo { hasNextPage endCursor }
  }
}`

/** node-ical gives a property with parameters (URL;VALUE=URI) as { params, val }. */
const value = (property: unknown) =>
  typeof property === 'object' && property !== null && 'val' in property ? property.val : property

const uid = (id: string) => `event-${id}@iedereendoetmee.nl`

describe('calendar feed through the real gateway', () => {
  let platform: TestPlatform
  let cms: pg.Client
  const inserted: Record<'draft' | 'published', string> = { draft: '', published: '' }
  const origin = () => new URL(platform.urls.graphql).origin

  beforeAll(async () => {
    const appName = `idm-feeds-${randomBytes(4).toString('hex')}`
    platform = await startTestPlatform({
      admin: false,
      env: { PGAPPNAME: appName, RATE_LIMIT_POINTS: '100000', SUBGRAPH_TIMEOUT_MS: '1500' },
    })
    cms = await cmsDatabaseOf(appName)
    // Written as Payload stores them (the admin is not started here): one upcoming draft, and
    // one upcoming published event to prove such rows do reach the feed.
    for (const status of ['draft', 'published'] as const) {
      const { rows } = await cms.query<{ id: number }>(
        `insert into events (title, slug, format, starts_at, ends_at, startsat_tz, endsat_tz, online_url, _status)
         values ($1, $2, 'digital', '2027-05-20T12:00:00Z', '2027-05-20T13:00:00Z',
                 'Europe/Amsterdam', 'Europe/Amsterdam', 'https://webinar.example.org/x', $3)
         returning id`,
        [`Feedtest ${status}`, `feedtest-${status}-${appName}`, status],
      )
      inserted[status] = String(rows[0]!.id)
      await cms.query(
        `insert into events_life_domains ("order", parent_id, value) values (1, $1, 'vervoer')`,
        [rows[0]!.id],
      )
    }
  })
  afterAll(async () => {
    await cms?.end()
    await platform?.stop()
  })

  async function graphEvents(filter: Record<string, unknown>): Promise<GraphEvent[]> {
    const events: GraphEvent[] = []
    let after: string | null = null
    for (;;) {
      const answer = await graphql(platform.urls.graphql, EVENTS, { variables: { after, filter } })
      expect(answer.errors).toBeUndefined()
      const connection = (answer.data as { events: EventsConnection }).events
      events.push(...connection.edges.map((edge) => edge.node))
      if (!connection.pageInfo.hasNextPage) return events
      after = connection.pageInfo.endCursor
    }
  }

  async function feed(query = '') {
    const response = await fetch(`${origin()}/events.ics${query}`)
    const text = await response.text()
    return { response, text }
  }

  function parsed(text: string): VEvent[] {
    return Object.values(ical.sync.parseICS(text)).filter(
      (component): component is VEvent => component?.type === 'VEVENT',
    )
  }

  function expectSameEvents(feedEvents: VEvent[], events: GraphEvent[]) {
    expect(feedEvents.map((event) => event.uid)).toEqual(events.map((event) => uid(event.id)))
    for (const [index, event] of events.entries()) {
      const inFeed = feedEvents[index]!
      expect(inFeed.summary).toBe(event.title)
      expect(inFeed.start.toISOString()).toBe(event.startsAt)
      expect(inFeed.end?.toISOString()).toBe(event.endsAt)
      expect(inFeed.start.tz).toBe(event.timeZone === 'UTC' ? 'Etc/UTC' : event.timeZone)
      expect(inFeed.location).toBe(event.location ?? event.onlineUrl ?? undefined)
      expect(value(inFeed.url)).toBe(event.registrationUrl ?? event.onlineUrl ?? undefined)
    }
  }

  it('serves every upcoming published event, as the graph gives them, and never a draft', async () => {
    const { response, text } = await feed()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    const graphAnswer = await fetch(platform.urls.graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: EVENTS, variables: { filter: { when: 'UPCOMING' } } }),
    })
    // The feed may be kept exactly as long as the graph's own answer for the same data.
    expect(response.headers.get('cache-control')).toBe(graphAnswer.headers.get('cache-control'))
    expect(response.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/)

    const upcoming = await graphEvents({ when: 'UPCOMING' })
    expect(upcoming.length).toBeGreaterThanOrEqual(3)
    const events = parsed(text)
    expectSameEvents(events, upcoming)
    const uids = events.map((event) => event.uid)
    expect(uids).toContain(uid(inserted.published))
    expect(uids).not.toContain(uid(inserted.draft))
    expect(text).not.toContain('Feedtest draft')
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam')
    // The demo's hybrid session: 13:00 UTC in February is 14:00 in Amsterdam.
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20270211T140000')
  })

  it('filters by life domain and by format, as the graph does', async () => {
    const byDomain = await feed('?lifeDomain=vervoer')
    expect(byDomain.response.status).toBe(200)
    const vervoer = await graphEvents({ when: 'UPCOMING', lifeDomain: 'vervoer' })
    expect(vervoer.map((event) => event.id)).toContain(inserted.published)
    expectSameEvents(parsed(byDomain.text), vervoer)

    const online = await feed('?format=online')
    const digital = await graphEvents({ when: 'UPCOMING', format: 'DIGITAL' })
    expect(digital.length).toBeGreaterThan(0)
    expectSameEvents(parsed(online.text), digital)
    expect((await graphEvents({ when: 'UPCOMING' })).length).toBeGreaterThan(digital.length)

    const both = await feed('?lifeDomain=vrije-tijd&format=hybrid')
    expectSameEvents(
      parsed(both.text),
      await graphEvents({ when: 'UPCOMING', lifeDomain: 'vrije-tijd', format: 'HYBRID' }),
    )
  })

  it('serves one event by id, past ones too, and no draft', async () => {
    const past = await graphEvents({ when: 'PAST' })
    const first = past[0]!
    const single = await feed(`?event=${first.id}`)
    expect(single.response.status).toBe(200)
    expectSameEvents(parsed(single.text), [first])

    const draft = await feed(`?event=${inserted.draft}`)
    expect(draft.response.status).toBe(404)
    expect(JSON.parse(draft.text).errors[0].extensions.code).toBe('EVENT_NOT_FOUND')
  })

  it("gives every event its calendar file's URL in the graph (Event.icsUrl), which serves it", async () => {
    const answer = await graphql(
      platform.urls.graphql,
      `
        query ($filter: EventFilter) {
          events(first: 1, filter: $filter) {
            edges {
              node {
                id
                icsUrl
              }
            }
          }
        }
      `,
      { variables: { filter: { when: 'UPCOMING' } } },
    )
    expect(answer.errors).toBeUndefined()
    const node = (
      answer.data as { events: { edges: Array<{ node: { id: string; icsUrl: string } }> } }
    ).events.edges[0]!.node
    const link = new URL(node.icsUrl)
    expect(`${link.pathname}${link.search}`).toBe(`/events.ics?event=${node.id}`)
    // The public URL (GATEWAY_PUBLIC_URL) says localhost; the test asks the gateway it started.
    const served = await feed(link.search)
    expect(served.response.status).toBe(200)
    expect(parsed(served.text).map((event) => event.uid)).toEqual([uid(node.id)])
  })

  it.each([
    ['?lifeDomain=onbekend', 400, 'UNKNOWN_LIFE_DOMAIN'],
    ['?format=per-postduif', 400, 'INVALID_PARAMETER'],
    ['?format=digital&format=hybrid', 400, 'INVALID_PARAMETER'],
    ['?colour=blue', 400, 'UNKNOWN_PARAMETER'],
    ['?event=abc', 400, 'INVALID_PARAMETER'],
  ])('refuses %s with JSON and a code', async (query, status, code) => {
    const { response, text } = await feed(query)
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = JSON.parse(text) as { errors: Array<{ extensions: { code: string } }> }
    expect(body.errors[0]!.extensions.code).toBe(code)
    expect(text).not.toMatch(/\n\s+at |node_modules|\/work\/|\.ts:\d+|127\.0\.0\.1/)
  })

  it('a hung monitor: 503 DATA_UNAVAILABLE instead of a partial file; the content-only feed still serves', async () => {
    const monitor = platform.service('monitor')
    const group = -monitor.pid!
    process.kill(group, 'SIGSTOP')
    try {
      // Events come from the content subgraph alone.
      const hybrid = await feed('?format=hybrid')
      expect(hybrid.response.status).toBe(200)
      expect(parsed(hybrid.text).length).toBeGreaterThan(0)

      // A life domain is checked with the monitor; the registry is the monitor's.
      for (const path of ['/events.ics?lifeDomain=thuis', '/open-data/gemeenten.csv']) {
        const response = await fetch(`${origin()}${path}`)
        const text = await response.text()
        expect(response.status, path).toBe(503)
        expect(response.headers.get('content-type')).toMatch(/^application\/json/)
        expect(response.headers.get('cache-control')).toBe('no-store')
        expect(JSON.parse(text).errors[0].extensions.code).toBe('DATA_UNAVAILABLE')
        expect(text).not.toMatch(/\n\s+at |node_modules|\/work\/|\.ts:\d+|127\.0\.0\.1|graphql/)
      }
    } finally {
      process.kill(group, 'SIGCONT')
    }
  })
})

interface EventsConnection {
  edges: Array<{ node: GraphEvent }>
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}
