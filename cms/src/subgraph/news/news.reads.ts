import type { Where } from 'payload'
import type { News } from '../../payload-types'
import type { Actor } from '../shared/actor'
import { type Connection, findConnection, type PageArgs } from '../shared/connection'
import { type ContentFilter, contentFilterWheres } from '../shared/filters'
import { findAll, findByIds, groupByKeys } from '../shared/find'
import { mediaId } from '../shared/media'
import { isoDate, type ReadabilityModel, toReadability } from '../shared/readability'
import { and } from '../shared/where'

/** What the content subgraph tells about a news item. */
export interface NewsItemModel {
  id: string
  title: string
  slug: string
  summary: string
  /** Resolved only when asked for, through the request's media loader. */
  imageId: number | null
  /** The stored rich text (Lexical JSON): `bodyText` is derived from it only when asked for. */
  body: unknown
  lifeDomainSlugs: string[]
  publishedAt: string | null
  readability: ReadabilityModel
}

export type NewsFilter = ContentFilter

const COLLECTION = 'news'
// Depth 0 everywhere: the image is read through the media loader only when a query asks for it
// (a populating find evaluates the media read access, a scan of the published documents).

function toModel(doc: News): NewsItemModel {
  return {
    id: String(doc.id),
    title: doc.title,
    slug: doc.slug,
    summary: doc.summary,
    imageId: mediaId(doc.image),
    body: doc.body ?? null,
    lifeDomainSlugs: doc.lifeDomains ?? [],
    publishedAt: isoDate(doc.publishedAt),
    readability: toReadability(doc.readability),
  }
}

const filterWhere = (filter: NewsFilter | null | undefined): Where | undefined =>
  and(...contentFilterWheres(filter))

/** News items the caller may read, newest first. */
export function listNewsItems(
  actor: Actor,
  args: PageArgs & { filter?: NewsFilter | null },
): Promise<Connection<NewsItemModel>> {
  return findConnection(actor, {
    collection: COLLECTION,
    kind: 'NewsItem',
    where: filterWhere(args.filter),
    depth: 0,
    args,
    toNode: toModel,
  })
}

export async function findNewsItemBySlug(
  actor: Actor,
  slug: string,
): Promise<NewsItemModel | null> {
  const [doc] = await findAll(actor, COLLECTION, { where: { slug: { equals: slug } }, depth: 0 })
  return doc ? toModel(doc) : null
}

/** By id, in the order asked; null where absent or not readable. One query. */
export function findNewsItemsByIds(
  actor: Actor,
  ids: readonly string[],
): Promise<Array<NewsItemModel | null>> {
  return findByIds(actor, COLLECTION, ids, toModel)
}

/** The news of each life domain (slug), newest first, in the order asked. One query. */
export async function findNewsByLifeDomains(
  actor: Actor,
  slugs: readonly string[],
): Promise<NewsItemModel[][]> {
  const docs = await findAll(actor, COLLECTION, {
    where: { lifeDomains: { in: [...new Set(slugs)] } },
    depth: 0,
  })
  return groupByKeys(slugs, docs.map(toModel), (item) => item.lifeDomainSlugs)
}
