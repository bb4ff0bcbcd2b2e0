import type { CollectionSlug, DataFromCollectionSlug, SelectType, Where } from 'payload'
import { type Actor, asCaller } from './actor'
import { type CursorKey, decodeCursor, encodeCursor } from './cursor'
import { ContentError, ContentErrorCode } from './errors'
import { findAny } from './find'
import { and } from './where'

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 100

/** Relay page information, identical to the monitor's (`PageInfo @shareable`). */
export interface PageInfoModel {
  hasNextPage: boolean
  hasPreviousPage: boolean
  startCursor: string | null
  endCursor: string | null
}

export interface Connection<TNode> {
  edges: Array<{ cursor: string; node: TNode }>
  pageInfo: PageInfoModel
  totalCount: number
}

export interface PageArgs {
  first?: number | null
  after?: string | null
}

/** The sort a connection pages along: one field, ties broken by id in the same direction. */
export interface KeysetOrder {
  field: string
  direction: 'asc' | 'desc'
}

/** Newest first, the default order of every list without a natural one. */
export const NEWEST_FIRST: KeysetOrder = { field: 'id', direction: 'desc' }

/** The page size asked for; BAD_USER_INPUT outside 0…100. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new ContentError(
      ContentErrorCode.BadUserInput,
      `first must be between 0 and ${MAX_PAGE_SIZE}, got ${size}`,
    )
  }
  return size
}

function afterKey(order: KeysetOrder, { value, id }: CursorKey): Where {
  const beyond = order.direction === 'asc' ? 'greater_than' : 'less_than'
  if (order.field === 'id') return { id: { [beyond]: id } }
  return {
    or: [
      { [order.field]: { [beyond]: value } },
      { and: [{ [order.field]: { equals: value } }, { id: { [beyond]: id } }] },
    ],
  }
}

/** Payload's sort for a keyset order: the field, then the id, in the same direction. */
export function keysetSort(order: KeysetOrder): string | string[] {
  const prefix = order.direction === 'asc' ? '' : '-'
  return order.field === 'id' ? `${prefix}id` : [`${prefix}${order.field}`, `${prefix}id`]
}

/**
 * The content subgraph's one pager: a page of a collection as the caller may read it,
 * keyset-paginated along `order` so a cursor stays valid while documents are added or removed;
 * `totalCount` counts every page.
 */
export async function findConnection<TSlug extends CollectionSlug, TNode>(
  actor: Actor,
  {
    collection,
    kind,
    where,
    order = NEWEST_FIRST,
    depth = 0,
    select,
    args,
    toNode,
  }: {
    collection: TSlug
    /** Cursor prefix: a cursor of one list is refused by another. */
    kind: string
    where?: Where | undefined
    order?: KeysetOrder
    depth?: number
    /** Only these fields (and the id); the sort field must be among them. */
    select?: SelectType
    args: PageArgs
    toNode: (doc: DataFromCollectionSlug<TSlug>) => TNode
  },
): Promise<Connection<TNode>> {
  const size = pageSize(args.first)
  const after = args.after ? decodeCursor(kind, args.after) : undefined
  const keyOf = (doc: DataFromCollectionSlug<TSlug>): CursorKey => {
    const record = doc as unknown as Record<string, unknown> & { id: number }
    const value = record[order.field]
    return {
      value: typeof value === 'number' || typeof value === 'string' ? value : String(value),
      id: record.id,
    }
  }

  const [totalCount, docs] = await Promise.all([
    actor.payload
      .count({ collection, where, ...asCaller(actor) })
      .then((result) => result.totalDocs),
    // Payload reads `limit: 0` as "no limit", so an empty page is not asked for at all.
    size === 0
      ? Promise.resolve([])
      : findAny(actor.payload, {
          collection,
          where: and(where, after && afterKey(order, after)),
          sort: keysetSort(order),
          depth,
          ...(select ? { select } : {}),
          limit: size + 1,
          pagination: false,
          ...asCaller(actor),
        }).then((result) => result.docs as DataFromCollectionSlug<TSlug>[]),
  ])

  const edges = docs.slice(0, size).map((doc) => ({
    cursor: encodeCursor(kind, keyOf(doc)),
    node: toNode(doc),
  }))
  return {
    edges,
    pageInfo: {
      hasNextPage: docs.length > size,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  }
}
