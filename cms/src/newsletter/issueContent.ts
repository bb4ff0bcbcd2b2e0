import type { Payload, PayloadRequest, Where } from 'payload'
import type { NewsletterIssue } from '../payload-types'
import { DEFAULT_TIMEZONE } from '../timezones'
import type { IssueContent, IssueItem } from './mails'

/** How many items "suggest" picks per kind. */
export const SUGGESTED_PER_KIND = 5

const WHEN = new Intl.DateTimeFormat('nl-NL', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: DEFAULT_TIMEZONE,
})

const idsOf = (values: ReadonlyArray<number | { id: number }> | null | undefined): number[] =>
  (values ?? []).map((value) => (typeof value === 'object' ? value.id : value))

const published = (ids: number[]): Where => ({
  and: [{ id: { in: ids } }, { _status: { equals: 'published' } }],
})

/**
 * What an issue shows, read as an anonymous reader would: a picked item that is a draft (or was
 * unpublished since) is left out, so a mail never carries unpublished text.
 */
export async function loadIssueContent(
  payload: Payload,
  issue: NewsletterIssue,
  publicUrl: string,
): Promise<IssueContent> {
  const read = { overrideAccess: false, depth: 0, limit: 50, pagination: false } as const
  const [news, knowledgeProducts, events] = await Promise.all([
    idsOf(issue.news).length
      ? payload.find({ collection: 'news', where: published(idsOf(issue.news)), ...read })
      : { docs: [] },
    idsOf(issue.knowledgeProducts).length
      ? payload.find({
          collection: 'knowledge-products',
          where: published(idsOf(issue.knowledgeProducts)),
          ...read,
        })
      : { docs: [] },
    idsOf(issue.events).length
      ? payload.find({ collection: 'events', where: published(idsOf(issue.events)), ...read })
      : { docs: [] },
  ])
  const inPickedOrder = <T extends { id: number }>(ids: number[], docs: T[]): T[] =>
    ids.flatMap((id) => docs.filter((doc) => doc.id === id))
  return {
    title: issue.title,
    intro: issue.intro,
    news: inPickedOrder(idsOf(issue.news), news.docs).map((item): IssueItem => ({
      title: item.title,
      summary: item.summary,
    })),
    knowledgeProducts: inPickedOrder(idsOf(issue.knowledgeProducts), knowledgeProducts.docs).map(
      (item): IssueItem => ({ title: item.title, summary: item.summary }),
    ),
    events: inPickedOrder(idsOf(issue.events), events.docs).map((item): IssueItem => ({
      title: item.title,
      summary: item.summary,
      when: item.startsAt ? WHEN.format(new Date(item.startsAt)) : null,
      url: `${publicUrl}/events.ics?event=${encodeURIComponent(String(item.id))}`,
      urlLabel: `Zet "${item.title}" in uw agenda`,
    })),
  }
}

/**
 * Recent news and knowledge products and upcoming events, published, newest (or soonest) first;
 * with life domains, only items tagged with one of them.
 */
export async function suggestContent(
  req: PayloadRequest,
  lifeDomains: readonly string[],
): Promise<{ news: number[]; knowledgeProducts: number[]; events: number[] }> {
  const base: Where[] = [{ _status: { equals: 'published' } }]
  if (lifeDomains.length > 0) base.push({ lifeDomains: { in: [...lifeDomains] } })
  const read = {
    req,
    overrideAccess: false,
    depth: 0,
    limit: SUGGESTED_PER_KIND,
    select: {},
  } as const
  // One after the other: the reads share the request's transaction (one connection).
  const news = await req.payload.find({
    collection: 'news',
    where: { and: base },
    sort: '-publishedAt',
    ...read,
  })
  const knowledgeProducts = await req.payload.find({
    collection: 'knowledge-products',
    where: { and: base },
    sort: '-publishedAt',
    ...read,
  })
  const events = await req.payload.find({
    collection: 'events',
    where: { and: [...base, { startsAt: { greater_than_equal: new Date().toISOString() } }] },
    sort: 'startsAt',
    ...read,
  })
  const ids = (docs: Array<{ id: number }>) => docs.map((doc) => doc.id)
  return {
    news: ids(news.docs),
    knowledgeProducts: ids(knowledgeProducts.docs),
    events: ids(events.docs),
  }
}
