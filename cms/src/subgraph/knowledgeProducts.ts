import type { Payload, Where } from 'payload'
import type { KnowledgeProductType } from '../collections/KnowledgeProducts/types'
import type { KnowledgeProduct, User } from '../payload-types'
import { decodeCursor, encodeCursor } from './cursor'
import { ContentError, ContentErrorCode } from './errors'

/**
 * Who is asking, for the content service: the caller's CMS user (null for anonymous callers)
 * and the Payload instance to read with. Every read passes both, so Payload's access rules decide.
 */
export interface Actor {
  payload: Payload
  user: User | null
}

/** What the content subgraph tells about a knowledge product. */
export interface KnowledgeProductModel {
  id: string
  title: string
  slug: string
  type: KnowledgeProductType
  summary: string | null
  publishedAt: string | null
  municipalityCodes: string[]
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

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 100

const COLLECTION = 'knowledge-products'

// The body is not part of the graph (yet); leaving it out keeps list queries light.
const SELECT = {
  title: true,
  slug: true,
  type: true,
  summary: true,
  publishedAt: true,
  municipalities: true,
} as const

type SelectedDoc = Pick<KnowledgeProduct, 'id' | keyof typeof SELECT>

/** The Local API options that make Payload apply its access rules to this caller. */
function asCaller(actor: Actor) {
  return {
    collection: COLLECTION,
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
  const size = first ?? DEFAULT_PAGE_SIZE
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new ContentError(
      ContentErrorCode.BadUserInput,
      `first must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`,
    )
  }
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
