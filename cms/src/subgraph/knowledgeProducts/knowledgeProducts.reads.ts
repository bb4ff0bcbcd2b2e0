import type { Where } from 'payload'
import type { KnowledgeProductType } from '../collections/KnowledgeProducts/types'
import type { KnowledgeProduct } from '../payload-types'
import type { Actor } from './actor'
import { DEFAULT_PAGE_SIZE, pageSize } from './connection'
import { decodeCursor, encodeCursor } from './cursor'
import { mediaId } from './media'
import { type ReadabilityModel, toPlainText, toReadability } from './readability'

export type { Actor } from './actor'

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
  /** Resolved only when asked for, through the request's media loader (resolvers.ts). */
  coverImageId: number | null
  downloadId: number | null
  bodyText: string | null
  readability: ReadabilityModel
}

export interface KnowledgeProductPage {
  edges: Array<{ cursor: string; node: KnowledgeProductModel }>
  pageInfo: {
    hasNextPage: boolean
    hasPreviousPage: boolean
    startCursor: string | null
    endCursor: string | null
  }
  totalCount: number
}

const COLLECTION = 'knowledge-products'

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
} as const

type SelectedDoc = Pick<KnowledgeProduct, 'id' | keyof typeof SELECT>

/** The Local API options that make Payload apply its access rules to this caller. */
function asCaller(actor: Actor) {
  return {
    collection: COLLECTION,
    // Depth 0: the cover image and download are ids, read through the media loader only when a
    // query asks for them. Populating them here cost four times the find itself, because every
    // populating find evaluates the media read access (a scan of the published documents).
    depth: 0,
    overrideAccess: false,
    select: SELECT,
    user: actor.user ?? undefined,
  } as const
}

function toModel(doc: SelectedDoc): KnowledgeProductModel {
  return {
    id: String(doc.id),
    title: doc.title,
    slug: doc.slug,
    type: doc.type,
    summary: doc.summary ?? null,
    publishedAt: doc.publishedAt ? new Date(doc.publishedAt).toISOString() : null,
    municipalityCodes: doc.municipalities ?? [],
    lifeDomainSlugs: doc.lifeDomains ?? [],
    crpdArticles: (doc.crpdArticles ?? []).map(Number),
    coverImageId: mediaId(doc.coverImage),
    downloadId: mediaId(doc.file),
    bodyText: toPlainText(doc.body),
    readability: toReadability(doc.readability),
  }
}

export async function findKnowledgeProductBySlug(
  actor: Actor,
  slug: string,
): Promise<KnowledgeProductModel | null> {
  const { docs } = await actor.payload.find({
    ...asCaller(actor),
    where: { slug: { equals: slug } },
    limit: 1,
    pagination: false,
  })
  const [doc] = docs
  return doc ? toModel(doc) : null
}

/**
 * A page of the knowledge products the caller may read, newest first. Keyset pagination on the
 * id: a cursor stays valid while products are added or removed.
 */
export async function listKnowledgeProducts(
  actor: Actor,
  { first = DEFAULT_PAGE_SIZE, after }: { first?: number | null; after?: string | null },
): Promise<KnowledgeProductPage> {
  const size = pageSize(first)
  const afterId = after ? decodeCursor(after) : undefined
  const page: Where | undefined = afterId === undefined ? undefined : { id: { less_than: afterId } }

  const [totalCount, docs] = await Promise.all([
    actor.payload
      .count({ collection: COLLECTION, overrideAccess: false, user: actor.user ?? undefined })
      .then((result) => result.totalDocs),
    // Payload reads `limit: 0` as "no limit", so an empty page is not asked for at all.
    size === 0
      ? Promise.resolve([])
      : actor.payload
          .find({
            ...asCaller(actor),
            where: page,
            sort: '-id',
            limit: size + 1,
            pagination: false,
          })
          .then((result) => result.docs),
  ])

  const edges = docs
    .slice(0, size)
    .map((doc) => ({ cursor: encodeCursor(doc.id), node: toModel(doc) }))
  return {
    edges,
    pageInfo: {
      hasNextPage: docs.length > size,
      hasPreviousPage: afterId !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  }
}

/** Knowledge products by id, in the order asked; null where absent or not readable. */
export async function findKnowledgeProductsByIds(
  actor: Actor,
  ids: readonly string[],
): Promise<Array<KnowledgeProductModel | null>> {
  const numericIds = ids.map(Number).filter((id) => Number.isSafeInteger(id) && id > 0)
  if (numericIds.length === 0) return ids.map(() => null)
  const { docs } = await actor.payload.find({
    ...asCaller(actor),
    where: { id: { in: numericIds } },
    limit: numericIds.length,
    pagination: false,
  })
  const byId = new Map(docs.map((doc) => [String(doc.id), toModel(doc)]))
  return ids.map((id) => byId.get(id) ?? null)
}

/**
 * The knowledge products featuring each municipality (CBS code), in the order asked, with one
 * query for all codes. Newest first within each municipality.
 */
export async function findKnowledgeProductsByMunicipalities(
  actor: Actor,
  codes: readonly string[],
): Promise<KnowledgeProductModel[][]> {
  const { docs } = await actor.payload.find({
    ...asCaller(actor),
    where: { municipalities: { in: [...new Set(codes)] } },
    sort: '-id',
    limit: 0,
    pagination: false,
  })
  const products = docs.map(toModel)
  return codes.map((code) => products.filter((product) => product.municipalityCodes.includes(code)))
}

/**
 * The knowledge products of each life domain (slug), in the order asked, with one query for all
 * slugs. Newest first within each domain.
 */
export async function findKnowledgeProductsByLifeDomains(
  actor: Actor,
  slugs: readonly string[],
): Promise<KnowledgeProductModel[][]> {
  const { docs } = await actor.payload.find({
    ...asCaller(actor),
    where: { lifeDomains: { in: [...new Set(slugs)] } },
    sort: '-id',
    limit: 0,
    pagination: false,
  })
  const products = docs.map(toModel)
  return slugs.map((slug) => products.filter((product) => product.lifeDomainSlugs.includes(slug)))
}
