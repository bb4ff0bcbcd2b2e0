import type { CollectionSlug, DataFromCollectionSlug, Where } from 'payload'
import { ContentError, ContentErrorCode } from './errors'
import type { Actor } from './actor'

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

type KeyValue = string | number

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

/** Opaque cursor of a node in one kind of connection: its sort value and id. */
export function encodeKeyCursor(kind: string, value: KeyValue, id: number): string {
  return Buffer.from(`${kind}:${JSON.stringify([value, id])}`, 'utf8').toString('base64url')
}

/** The sort value and id a cursor points at; BAD_USER_INPUT for anything we did not hand out. */
export function decodeKeyCursor(kind: string, cursor: string): { value: KeyValue; id: number } {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8')
  const invalid = new ContentError(
    ContentErrorCode.BadUserInput,
    `Invalid cursor: ${JSON.stringify(cursor)}`,
  )
  if (!decoded.startsWith(`${kind}:`)) throw invalid
  let parsed: unknown
  try {
    parsed = JSON.parse(decoded.slice(kind.length + 1))
  } catch {
    throw invalid
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid
  const [value, id] = parsed as unknown[]
  if (typeof value !== 'string' && typeof value !== 'number') throw invalid
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) throw invalid
  return { value, id }
}

/** The Local API options that make Payload apply its access rules (incl. field level) to this caller. */
export function asCaller(actor: Actor) {
  return { overrideAccess: false, user: actor.user ?? undefined } as const
}

function afterKey(order: KeysetOrder, value: KeyValue, id: number): Where {
  const beyond = order.direction === 'asc' ? 'greater_than' : 'less_than'
  if (order.field === 'id') return { id: { [beyond]: id } }
  return {
    or: [
      { [order.field]: { [beyond]: value } },
      { and: [{ [order.field]: { equals: value } }, { id: { [beyond]: id } }] },
    ],
  }
}

const and = (...wheres: Array<Where | undefined>): Where | undefined => {
  const present = wheres.filter((where): where is Where => where !== undefined)
  if (present.length === 0) return undefined
  return present.length === 1 ? present[0] : { and: present }
}

/**
 * One page of a collection as the caller may read it, keyset-paginated along `order` so a cursor
 * stays valid while documents are added or removed; `totalCount` counts every page.
 */
export async function findConnection<TSlug extends CollectionSlug, TNode>(
  actor: Actor,
  {
    collection,
    kind,
    where,
    order = NEWEST_FIRST,
    depth = 0,
    args,
    toNode,
  }: {
    collection: TSlug
    /** Cursor prefix: a cursor of one connection is refused by another. */
    kind: string
    where?: Where
    order?: KeysetOrder
    depth?: number
    args: PageArgs
    toNode: (doc: DataFromCollectionSlug<TSlug>) => TNode
  },
): Promise<Connection<TNode>> {
  const size = pageSize(args.first)
  const after = args.after ? decodeKeyCursor(kind, args.after) : undefined
  const sortValue = (doc: DataFromCollectionSlug<TSlug>): KeyValue => {
    const value = (doc as unknown as Record<string, unknown>)[order.field]
    return typeof value === 'number' || typeof value === 'string' ? value : String(value)
  }
  const prefix = order.direction === 'asc' ? '' : '-'
  const sort = order.field === 'id' ? `${prefix}id` : [`${prefix}${order.field}`, `${prefix}id`]

  const [totalCount, docs] = await Promise.all([
    actor.payload
      .count({ collection, where, ...asCaller(actor) })
      .then((result) => result.totalDocs),
    // Payload reads `limit: 0` as "no limit", so an empty page is not asked for at all.
    size === 0
      ? Promise.resolve([])
      : actor.payload
          .find({
            collection,
            where: and(where, after && afterKey(order, after.value, after.id)),
            sort,
            depth,
            limit: size + 1,
            pagination: false,
            ...asCaller(actor),
          })
          .then((result) => result.docs as DataFromCollectionSlug<TSlug>[]),
  ])

  const edges = docs.slice(0, size).map((doc) => ({
    cursor: encodeKeyCursor(kind, sortValue(doc), (doc as unknown as { id: number }).id),
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

/** The documents the caller may read, at most one Local API `find` for all of them. */
export async function findAll<TSlug extends CollectionSlug>(
  actor: Actor,
  collection: TSlug,
  { where, sort = '-id', depth = 0 }: { where: Where; sort?: string | string[]; depth?: number },
): Promise<DataFromCollectionSlug<TSlug>[]> {
  const { docs } = await actor.payload.find({
    collection,
    where,
    sort,
    depth,
    limit: 0,
    pagination: false,
    ...asCaller(actor),
  })
  return docs as DataFromCollectionSlug<TSlug>[]
}

/** Groups documents by key, in the order of `keys` (DataLoader's contract). */
export function groupByKeys<TKey, TItem>(
  keys: readonly TKey[],
  items: readonly TItem[],
  keysOf: (item: TItem) => readonly TKey[],
): TItem[][] {
  return keys.map((key) => items.filter((item) => keysOf(item).includes(key)))
}

/** Items by id, in the order of `ids`; null where absent. */
export function byIds<TItem extends { id: string }>(
  ids: readonly string[],
  items: readonly TItem[],
): Array<TItem | null> {
  const map = new Map(items.map((item) => [item.id, item]))
  return ids.map((id) => map.get(id) ?? null)
}

/** Positive integer ids from GraphQL IDs; anything else can match no document. */
export const numericIds = (ids: readonly string[]): number[] =>
  ids.map(Number).filter((id) => Number.isSafeInteger(id) && id > 0)
