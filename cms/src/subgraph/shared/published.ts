import { isDeepStrictEqual } from 'node:util'
import type { CollectionSlug, FlattenedField, Payload, PayloadRequest } from 'payload'
import type { Actor } from './actor'

/**
 * The public read path: reads that every caller without editing rights makes (a municipality's
 * knowledge products and practice examples, the second fetch of every municipality page) can skip
 * Payload's Local API and read published rows with one prepared SQL statement. Measured directly
 * at the subgraph: 240 req/s through two Local API `find`s (drizzle's relational query building
 * and Payload's field traversal were most of the CPU), about 1,400 with the one statement.
 *
 * That is only right while it returns exactly what Payload's `find` would return to that caller,
 * so the access rule stays Payload's and is asked, never copied: a caller takes this path only
 * when the collection's declared read access gives them "published documents" and nothing else,
 * and nothing else of Payload's changes what a read returns (read hooks on the collection or a
 * field read, field-level read access, localized fields). Anything else (an editor's `true`, any
 * other constraint, a hook or field rule added later) keeps the read in Payload.
 * cms/test/published-reads compares both paths, document by document, for every role.
 */

/** Payload's main table of a collection with drafts holds the published version of a document. */
const PUBLISHED_ONLY = { _status: { equals: 'published' } }

/** Per collection config and list of fields read: whether SQL reads them as Payload does. */
const plainReadsChecked = new WeakMap<object, Map<string, boolean>>()

const hasHooks = (hooks: readonly unknown[] | undefined) => (hooks?.length ?? 0) > 0
type ReadHooks = { beforeRead?: unknown[]; afterRead?: unknown[] } | undefined
const readHooksOf = (field: FlattenedField): ReadHooks =>
  'hooks' in field ? (field.hooks as ReadHooks) : undefined

/**
 * No field named in `read` (`*`: every field), nor any field nested in one, has a read rule, a
 * read hook or localized values: Payload would return its stored value to anybody who may read
 * the document.
 */
function plainFields(fields: readonly FlattenedField[], read: readonly string[]): boolean {
  return fields.every(
    (field) =>
      !(read.includes('*') || read.includes(field.name)) ||
      (field.access?.read === undefined &&
        !hasHooks(readHooksOf(field)?.beforeRead) &&
        !hasHooks(readHooksOf(field)?.afterRead) &&
        !('localized' in field && field.localized) &&
        (!('flattenedFields' in field) || plainFields(field.flattenedFields, ['*']))),
  )
}

/**
 * Whether `actor` reads `collection` as the public does (see above): its read access answers the
 * published-documents constraint for them; the collection has drafts and no read hooks; and
 * `fields` (top-level names) have no read rule, read hook or localization.
 */
export async function readsPublishedOnly(
  actor: Actor,
  collection: CollectionSlug,
  fields: readonly string[],
): Promise<boolean> {
  const config = actor.payload.collections[collection]?.config
  if (!config) return false
  let checked = plainReadsChecked.get(config)
  if (!checked) plainReadsChecked.set(config, (checked = new Map()))
  const key = fields.join()
  let plain = checked.get(key)
  if (plain === undefined) {
    plain =
      typeof config.versions === 'object' &&
      Boolean(config.versions.drafts) &&
      !hasHooks(config.hooks?.beforeRead) &&
      !hasHooks(config.hooks?.afterRead) &&
      plainFields(config.flattenedFields, fields)
    checked.set(key, plain)
  }
  if (!plain) return false
  // The rule sees what it would see in Payload's `find` for this caller: the user and Payload.
  const req = { user: actor.user, payload: actor.payload } as unknown as PayloadRequest
  return isDeepStrictEqual(await config.access.read({ req }), PUBLISHED_ONLY)
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
