import type {
  CollectionSlug,
  DataFromCollectionSlug,
  FindOptions,
  Payload,
  SelectType,
  Where,
} from 'payload'
import { type Actor, asCaller } from './actor'

/**
 * Payload's `find` for a collection given as a type parameter, typed loosely: inferring its
 * result over the union of every collection's document is too complex for tsc (TS2590).
 */
export function findAny<TSlug extends CollectionSlug>(
  payload: Payload,
  options: FindOptions<TSlug, SelectType>,
): Promise<{ docs: unknown[] }> {
  return (
    payload.find as (options: FindOptions<TSlug, SelectType>) => Promise<{ docs: unknown[] }>
  )(options)
}

/** The documents the caller may read, at most one Local API `find` for all of them. */
export async function findAll<TSlug extends CollectionSlug>(
  actor: Actor,
  collection: TSlug,
  {
    where,
    sort = '-id',
    depth = 0,
    select,
  }: { where: Where; sort?: string | string[]; depth?: number; select?: SelectType },
): Promise<DataFromCollectionSlug<TSlug>[]> {
  const { docs } = await findAny(actor.payload, {
    collection,
    where,
    sort,
    depth,
    ...(select ? { select } : {}),
    limit: 0,
    pagination: false,
    ...asCaller(actor),
  })
  return docs as DataFromCollectionSlug<TSlug>[]
}

/**
 * Documents by id, in the order asked, with one Local API `find` as the caller: null where a
 * document is absent or the caller may not read it (a draft for an anonymous caller).
 */
export async function findByIds<TSlug extends CollectionSlug, TModel extends { id: string }>(
  actor: Actor,
  collection: TSlug,
  ids: readonly string[],
  toModel: (doc: DataFromCollectionSlug<TSlug>) => TModel,
  options: { depth?: number; select?: SelectType } = {},
): Promise<Array<TModel | null>> {
  const wanted = numericIds(ids)
  if (wanted.length === 0) return ids.map(() => null)
  const docs = await findAll(actor, collection, { where: { id: { in: wanted } }, ...options })
  return byIds(ids, docs.map(toModel))
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
