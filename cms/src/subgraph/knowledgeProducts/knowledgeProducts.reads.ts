import type { Where } from 'payload'
import type { KnowledgeProductType } from '../../collections/KnowledgeProducts/types'
import type { Actor } from '../shared/actor'
import { type Connection, findConnection, type PageArgs } from '../shared/connection'
import { type ContentFilter, contentFilterWheres, crpdArticleWhere } from '../shared/filters'
import { findAll, findByIds, groupByKeys } from '../shared/find'
import { mediaId } from '../shared/media'
import type { PublishedContentLoader } from '../municipality/municipality.reads'
import { readsPublishedOnly } from '../shared/published'
import { isoDate, type ReadabilityModel, toReadability } from '../shared/readability'
import { and } from '../shared/where'
import type { KnowledgeProductDoc } from './knowledgeProducts.sql'

/** What the content subgraph tells about a knowledge product. */
export interface KnowledgeProductModel {
  id: string
  title: string
  slug: string
  type: KnowledgeProductType
  summary: string | null
  publishedAt: string | null
  municipalityCodes: string[]
  lifeDomainSlugs: string[]
  crpdArticles: number[]
  /** Resolved only when asked for, through the request's media loader. */
  coverImageId: number | null
  downloadId: number | null
  /** The stored rich text (Lexical JSON): `bodyText` is derived from it only when asked for. */
  body: unknown
  readability: ReadabilityModel
}

export interface KnowledgeProductFilter extends ContentFilter {
  crpdArticle?: number | null
  type?: KnowledgeProductType | null
}

const COLLECTION = 'knowledge-products'

// Depth 0 (the default of every read): the cover image and download are ids, read through the
// media loader only when a query asks for them. Populating them cost four times the find itself,
// because every populating find evaluates the media read access (a scan of the published documents).
const SELECT = {
  title: true,
  slug: true,
  type: true,
  summary: true,
  body: true,
  file: true,
  coverImage: true,
  lifeDomains: true,
  crpdArticles: true,
  publishedAt: true,
  municipalities: true,
  readability: true,
} as const satisfies Record<Exclude<keyof KnowledgeProductDoc, 'id'>, true>
const FIELDS = Object.keys(SELECT)

function toModel(doc: KnowledgeProductDoc): KnowledgeProductModel {
  return {
    id: String(doc.id),
    title: doc.title,
    slug: doc.slug,
    type: doc.type,
    summary: doc.summary ?? null,
    publishedAt: isoDate(doc.publishedAt),
    municipalityCodes: doc.municipalities ?? [],
    lifeDomainSlugs: doc.lifeDomains ?? [],
    crpdArticles: (doc.crpdArticles ?? []).map(Number),
    coverImageId: mediaId(doc.coverImage),
    downloadId: mediaId(doc.file),
    body: doc.body ?? null,
    readability: toReadability(doc.readability),
  }
}

export async function findKnowledgeProductBySlug(
  actor: Actor,
  slug: string,
): Promise<KnowledgeProductModel | null> {
  const [doc] = await findAll(actor, COLLECTION, {
    where: { slug: { equals: slug } },
    select: SELECT,
  })
  return doc ? toModel(doc) : null
}

const filterWhere = (filter: KnowledgeProductFilter | null | undefined): Where | undefined =>
  and(
    ...contentFilterWheres(filter),
    typeof filter?.crpdArticle === 'number' && crpdArticleWhere(filter.crpdArticle),
    filter?.type ? { type: { equals: filter.type } } : undefined,
  )

/** Knowledge products the caller may read, newest first. */
export function listKnowledgeProducts(
  actor: Actor,
  args: PageArgs & { filter?: KnowledgeProductFilter | null },
): Promise<Connection<KnowledgeProductModel>> {
  return findConnection(actor, {
    collection: COLLECTION,
    kind: 'KnowledgeProduct',
    where: filterWhere(args.filter),
    select: SELECT,
    args,
    toNode: toModel,
  })
}

/** By id, in the order asked; null where absent or not readable. One query. */
export function findKnowledgeProductsByIds(
  actor: Actor,
  ids: readonly string[],
): Promise<Array<KnowledgeProductModel | null>> {
  return findByIds(actor, COLLECTION, ids, toModel, { select: SELECT })
}

/**
 * The knowledge products featuring each municipality (CBS code), newest first. One statement:
 * for a caller who reads published documents only (shared/published.ts), the published rows in
 * SQL, through the request's loader shared with the practice examples; else Payload's `find` as
 * the caller.
 */
export async function findKnowledgeProductsByMunicipalities(
  actor: Actor,
  codes: readonly string[],
  published: PublishedContentLoader,
): Promise<KnowledgeProductModel[][]> {
  if (await readsPublishedOnly(actor, COLLECTION, FIELDS)) {
    const contents = await Promise.all(codes.map((code) => published.load(code)))
    return contents.map(({ knowledgeProducts }) => knowledgeProducts.map(toModel))
  }
  const docs = await knowledgeProductDocsByMunicipalities(actor, codes)
  return groupByKeys(codes, docs.map(toModel), (product) => product.municipalityCodes)
}

/** The same documents through Payload's Local API as the caller: for every caller and rule. */
export function knowledgeProductDocsByMunicipalities(
  actor: Actor,
  codes: readonly string[],
): Promise<KnowledgeProductDoc[]> {
  return findAll(actor, COLLECTION, {
    where: { municipalities: { in: [...new Set(codes)] } },
    select: SELECT,
  })
}

/** The knowledge products of each life domain (slug), newest first. One query. */
export async function findKnowledgeProductsByLifeDomains(
  actor: Actor,
  slugs: readonly string[],
): Promise<KnowledgeProductModel[][]> {
  const docs = await findAll(actor, COLLECTION, {
    where: { lifeDomains: { in: [...new Set(slugs)] } },
    select: SELECT,
  })
  return groupByKeys(slugs, docs.map(toModel), (product) => product.lifeDomainSlugs)
}

/** The knowledge products about each CRPD article (its number), newest first. One query. */
export async function findKnowledgeProductsByCrpdArticles(
  actor: Actor,
  numbers: readonly number[],
): Promise<KnowledgeProductModel[][]> {
  const docs = await findAll(actor, COLLECTION, {
    // Stored as text ("9"): the select's values are the article numbers.
    where: { crpdArticles: { in: [...new Set(numbers)].map(String) } },
    select: SELECT,
  })
  return groupByKeys(numbers, docs.map(toModel), (product) => product.crpdArticles)
}
