import type { AdviceRequest } from '../../payload-types'
import type { AdviceState } from '../../collections/AdviceRequests/states'
import type { AdviceForm, AdviceTheme } from '../../collections/AdviceRequests/topics'
import { CRPD_ARTICLES } from '../../taxonomy/crpdArticles'
import type { Actor } from '../shared/actor'
import { type Connection, findConnection, type PageArgs } from '../shared/connection'
import type { Loaders } from '../shared/loaders'
import type { EventModel } from '../events/events.reads'
import type { KnowledgeProductModel } from '../knowledgeProducts/knowledgeProducts.reads'
import type { PracticeExampleModel } from '../practiceExamples/practiceExamples.reads'

/** What the graph tells about an advice request: never the internal notes or the history. */
export interface AdviceRequestModel {
  id: string
  municipalityCode: string
  municipalityName: string | null
  question: string
  lifeDomainSlugs: string[]
  crpdArticles: number[]
  themes: AdviceTheme[]
  preferredForm: AdviceForm
  state: AdviceState
  contact: { name: string; email: string; phone: string | null; organisationRole: string | null }
  confirmed: boolean
  submittedAt: string
  updatedAt: string
  replies: Array<{ message: string; sentAt: string | null }>
}

export const COLLECTION = 'advice-requests'

// Only what the model needs: internal notes and history stay out of every read of the graph,
// also of the reads that pass access (a status link's).
export const ADVICE_SELECT = {
  municipality: true,
  municipalityName: true,
  question: true,
  lifeDomains: true,
  crpdArticles: true,
  themes: true,
  preferredForm: true,
  state: true,
  contact: true,
  confirmedAt: true,
  createdAt: true,
  updatedAt: true,
  replies: true,
} as const

type SelectedDoc = Pick<AdviceRequest, 'id' | keyof typeof ADVICE_SELECT>

export function toAdviceRequestModel(doc: SelectedDoc): AdviceRequestModel {
  return {
    id: String(doc.id),
    municipalityCode: doc.municipality,
    municipalityName: doc.municipalityName ?? null,
    question: doc.question,
    lifeDomainSlugs: doc.lifeDomains ?? [],
    crpdArticles: (doc.crpdArticles ?? []).map(Number),
    themes: doc.themes ?? [],
    preferredForm: doc.preferredForm,
    state: doc.state,
    contact: {
      name: doc.contact.name,
      email: doc.contact.email,
      phone: doc.contact.phone ?? null,
      organisationRole: doc.contact.organisationRole ?? null,
    },
    confirmed: Boolean(doc.confirmedAt),
    submittedAt: new Date(doc.createdAt).toISOString(),
    updatedAt: new Date(doc.updatedAt).toISOString(),
    replies: (doc.replies ?? []).map((reply) => ({
      message: reply.message,
      sentAt: reply.sentAt ? new Date(reply.sentAt).toISOString() : null,
    })),
  }
}

/** Advice requests the caller may read (Payload's access decides), newest first. */
export function listAdviceRequests(
  actor: Actor,
  args: PageArgs & { state?: AdviceState | null },
): Promise<Connection<AdviceRequestModel>> {
  return findConnection(actor, {
    collection: COLLECTION,
    kind: 'AdviceRequest',
    where: args.state ? { state: { equals: args.state } } : undefined,
    select: ADVICE_SELECT,
    args,
    toNode: toAdviceRequestModel,
  })
}

/** How many of each kind the adviser is shown. */
export const SUGGESTIONS_PER_KIND = 5

export interface AdviceSuggestionsModel {
  knowledgeProducts: KnowledgeProductModel[]
  practiceExamples: PracticeExampleModel[]
  upcomingEvents: EventModel[]
  municipalityCode: string
}

/** The life domains of the request and those its CRPD articles belong to. */
export function topicLifeDomains(request: {
  lifeDomainSlugs: readonly string[]
  crpdArticles: readonly number[]
}): string[] {
  const fromArticles = CRPD_ARTICLES.filter((article) =>
    request.crpdArticles.includes(article.number),
  ).flatMap((article) => article.lifeDomains)
  return [...new Set([...request.lifeDomainSlugs, ...fromArticles])]
}

function firstUnique<T extends { id: string }>(lists: readonly T[][], limit: number): T[] {
  const seen = new Set<string>()
  const out: T[] = []
  for (const item of lists.flat()) {
    if (seen.has(item.id)) continue
    seen.add(item.id)
    out.push(item)
    if (out.length === limit) break
  }
  return out
}

// A failed batch (the database) fails the suggestions, as it would any other field.
function present<T>(values: ReadonlyArray<T | Error>): T[] {
  const failed = values.find((value): value is Error => value instanceof Error)
  if (failed) throw failed
  return values as T[]
}

/**
 * Published content on the request's topics, read as the caller through the request's loaders
 * (one query per kind for every request of the answer): knowledge products on its CRPD articles
 * first, then on its life domains; practice examples and upcoming events on its life domains and
 * those of its CRPD articles. The municipality's weakest life domains come from the monitor, on
 * `municipality { weakestTopics }` (published scores only).
 */
export async function adviceSuggestions(
  loaders: Loaders,
  request: Pick<AdviceRequestModel, 'lifeDomainSlugs' | 'crpdArticles' | 'municipalityCode'>,
): Promise<AdviceSuggestionsModel> {
  const domains = topicLifeDomains(request)
  const [byArticle, byDomain, examples, events] = await Promise.all([
    loaders.knowledgeProductsByCrpdArticle.loadMany(request.crpdArticles),
    loaders.knowledgeProductsByLifeDomain.loadMany(request.lifeDomainSlugs),
    loaders.practiceExamplesByLifeDomain.loadMany(domains),
    loaders.upcomingEventsByLifeDomain.loadMany(domains),
  ])
  const soonest = present(events)
    .flat()
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  return {
    knowledgeProducts: firstUnique(
      [...present(byArticle), ...present(byDomain)],
      SUGGESTIONS_PER_KIND,
    ),
    practiceExamples: firstUnique(present(examples), SUGGESTIONS_PER_KIND),
    upcomingEvents: firstUnique([soonest], SUGGESTIONS_PER_KIND),
    municipalityCode: request.municipalityCode,
  }
}
