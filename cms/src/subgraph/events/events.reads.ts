import type { Where } from 'payload'
import type { Event } from '../../payload-types'
import type { Actor } from '../shared/actor'
import { type Connection, findConnection, type PageArgs } from '../shared/connection'
import { type ContentFilter, contentFilterWheres } from '../shared/filters'
import { findAll, findByIds, groupByKeys } from '../shared/find'
import { isoDate, type ReadabilityModel, toPlainText, toReadability } from '../shared/readability'
import { and } from '../shared/where'

/** What the content subgraph tells about an event (webinar, inspiration day …). */
export interface EventModel {
  id: string
  title: string
  slug: string
  format: Event['format']
  startsAt: string
  endsAt: string
  /** IANA zone the organiser planned in, e.g. Europe/Amsterdam. */
  timeZone: string
  location: string | null
  onlineUrl: string | null
  registrationUrl: string | null
  capacity: number | null
  lifeDomainSlugs: string[]
  summary: string | null
  descriptionText: string | null
  readability: ReadabilityModel
}

/** The periods a list of events can ask for (not stored: relative to now). */
export const EVENT_PERIODS = ['upcoming', 'past'] as const
export type EventPeriod = (typeof EVENT_PERIODS)[number]

export interface EventFilter extends ContentFilter {
  when?: EventPeriod | null
  format?: Event['format'] | null
}

const COLLECTION = 'events'

export function toEventModel(doc: Event): EventModel {
  return {
    id: String(doc.id),
    title: doc.title,
    slug: doc.slug,
    format: doc.format,
    startsAt: isoDate(doc.startsAt)!,
    endsAt: isoDate(doc.endsAt)!,
    timeZone: doc.startsAt_tz,
    location: doc.location ?? null,
    onlineUrl: doc.onlineUrl ?? null,
    registrationUrl: doc.registrationUrl ?? null,
    capacity: doc.capacity ?? null,
    lifeDomainSlugs: doc.lifeDomains ?? [],
    summary: doc.summary ?? null,
    descriptionText: toPlainText(doc.description),
    readability: toReadability(doc.readability),
  }
}

function filterWhere(filter: EventFilter | null | undefined, now: Date): Where | undefined {
  return and(
    ...contentFilterWheres(filter),
    filter?.when === 'upcoming' && { startsAt: { greater_than_equal: now.toISOString() } },
    filter?.when === 'past' && { startsAt: { less_than: now.toISOString() } },
    filter?.format ? { format: { equals: filter.format } } : undefined,
  )
}

/**
 * Events the caller may read. Upcoming ones (starting now or later) soonest first; past ones and
 * an unfiltered list most recent first.
 */
export function listEvents(
  actor: Actor,
  args: PageArgs & { filter?: EventFilter | null },
  now = new Date(),
): Promise<Connection<EventModel>> {
  return findConnection(actor, {
    collection: COLLECTION,
    // The cursor names the period: a cursor of upcoming events cannot page past ones.
    kind: `Event.${args.filter?.when ?? 'all'}`,
    where: filterWhere(args.filter, now),
    order: { field: 'startsAt', direction: args.filter?.when === 'upcoming' ? 'asc' : 'desc' },
    args,
    toNode: toEventModel,
  })
}

export async function findEventBySlug(actor: Actor, slug: string): Promise<EventModel | null> {
  const [doc] = await findAll(actor, COLLECTION, { where: { slug: { equals: slug } } })
  return doc ? toEventModel(doc) : null
}

/** By id, in the order asked; null where absent or not readable. One query. */
export function findEventsByIds(
  actor: Actor,
  ids: readonly string[],
): Promise<Array<EventModel | null>> {
  return findByIds(actor, COLLECTION, ids, toEventModel)
}

/** The upcoming events of each life domain (slug), soonest first, in the order asked. One query. */
export async function findUpcomingEventsByLifeDomains(
  actor: Actor,
  slugs: readonly string[],
  now = new Date(),
): Promise<EventModel[][]> {
  const docs = await findAll(actor, COLLECTION, {
    where: {
      and: [
        { lifeDomains: { in: [...new Set(slugs)] } },
        { startsAt: { greater_than_equal: now.toISOString() } },
      ],
    },
    sort: ['startsAt', 'id'],
  })
  return groupByKeys(slugs, docs.map(toEventModel), (event) => event.lifeDomainSlugs)
}
