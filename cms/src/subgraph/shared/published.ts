import { isDeepStrictEqual } from 'node:util'
import type { CollectionSlug, FlattenedField, Payload, PayloadRequest } from 'payload'
import type { Actor } from './actor'

/**
 * The public read path: reads that every caller without editing rights makes (a municipality's
 * knowledge products and practice examples, the second fetch of every municipality page) can skip
 * Payload's Local API (its relational query builder and field traversal cost four to five times
 * the statement itself) and read published rows with one prepared SQL statement.
 *
 * That is only right while it returns exactly what Payload's `find` would return to that caller,
 * so the access rule stays Payload's and is asked, never copied: a caller takes this path only
 * when the collection's declared read access gives them "published documents" and nothing else,
 * and none of the fields read has read access of its own. Anything else (an editor's `true`, any
 * other constraint, a field rule added later) keeps the read in Payload. cms/test/published-reads
 * compares both paths, document by document, for every role.
 */

/** Payload's main table of a collection with drafts holds the published version of a document. */
const PUBLISHED_ONLY = { _status: { equals: 'published' } }

/** Per collection config and list of fields read: whether none has a read rule (checked once). */
const fieldRulesChecked = new WeakMap<object, Map<string, boolean>>()

/** No field named in `read` (`*`: every field), nor any field nested in one, has a read rule. */
function noFieldReadAccess(fields: readonly FlattenedField[], read: readonly string[]): boolean {
  return fields.every(
    (field) =>
      !(read.includes('*') || read.includes(field.name)) ||
      (field.access?.read === undefined &&
        (!('flattenedFields' in field) || noFieldReadAccess(field.flattenedFields, ['*']))),
  )
}

/**
 * Whether `actor` reads `collection` as the public does (see above): its read access answers the
 * published-documents constraint for them, and `fields` (top-level names) have no read rule.
 */
export async function readsPublishedOnly(
  actor: Actor,
  collection: CollectionSlug,
  fields: readonly string[],
): Promise<boolean> {
  const config = actor.payload.collections[collection]?.config
  if (!config?.versions || typeof config.versions !== 'object' || !config.versions.drafts) {
    return false
  }
  let checked = fieldRulesChecked.get(config)
  if (!checked) fieldRulesChecked.set(config, (checked = new Map()))
  let plain = checked.get(fields.join())
  if (plain === undefined) {
    plain = noFieldReadAccess(config.flattenedFields, fields)
    checked.set(fields.join(), plain)
  }
  if (!plain) return false
  const read = config.access.read
  if (!read) return false
  // The rule sees what it would see in Payload's `find` for this caller: the user and Payload.
  const req = { user: actor.user, payload: actor.payload } as unknown as PayloadRequest
  return isDeepStrictEqual(await read({ req }), PUBLISHED_ONLY)
}

/** One prepared statement on Payload's pool (prepared once per connection, by name). */
export async function queryPublished<TRow>(
  payload: Payload,
  statement: { name: string; text: string },
  values: unknown[],
): Promise<TRow[]> {
  const { rows } = await payload.db.pool.query<TRow & Record<string, unknown>>({
    ...statement,
    values,
  })
  return rows
}
