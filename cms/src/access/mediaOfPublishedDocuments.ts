import type { Access, CollectionSlug, Field, PayloadRequest, Where } from 'payload'
import { hasRole } from '../collections/Users/roles'

/** Where media is used: upload fields to media, and rich text that may embed uploads. */
interface MediaUse {
  collection: CollectionSlug
  uploads: string[]
  richText: string[]
}

// Top-level fields only: no collection nests media in groups, arrays or blocks today.
function mediaUses(req: PayloadRequest): MediaUse[] {
  return req.payload.config.collections.flatMap((collection) => {
    // Only collections with drafts have something to publish; media of others stay private.
    if (!collection.versions?.drafts) return []
    const named = (test: (field: Field) => boolean) =>
      collection.fields.flatMap((field) => ('name' in field && test(field) ? [field.name] : []))
    const uploads = named((field) => field.type === 'upload' && field.relationTo === 'media')
    const richText = named((field) => field.type === 'richText')
    return uploads.length + richText.length > 0
      ? [{ collection: collection.slug, uploads, richText }]
      : []
  })
}

const idOf = (value: unknown): number | undefined => {
  const id: unknown =
    typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value
  return typeof id === 'number' ? id : undefined
}

const MAX_RICH_TEXT_DEPTH = 50

/** Media embedded in Lexical rich text (upload nodes), depth-bounded. */
function collectEmbedded(node: unknown, into: Set<number>, depth = 0): void {
  if (depth > MAX_RICH_TEXT_DEPTH || typeof node !== 'object' || node === null) return
  if (Array.isArray(node)) {
    for (const child of node) collectEmbedded(child, into, depth + 1)
    return
  }
  const record = node as Record<string, unknown>
  if (record.type === 'upload' && record.relationTo === 'media') {
    const id = idOf(record.value)
    if (id !== undefined) into.add(id)
  }
  for (const child of Object.values(record)) collectEmbedded(child, into, depth + 1)
}

async function publishedMediaIds(req: PayloadRequest): Promise<number[]> {
  const ids = new Set<number>()
  for (const use of mediaUses(req)) {
    const select = Object.fromEntries([...use.uploads, ...use.richText].map((name) => [name, true]))
    const { docs } = await req.payload.find({
      collection: use.collection,
      where: { _status: { equals: 'published' } },
      select,
      depth: 0,
      pagination: false,
      req,
    })
    for (const doc of docs as unknown as Array<Record<string, unknown>>) {
      for (const name of use.uploads) {
        const id = idOf(doc[name])
        if (id !== undefined) ids.add(id)
      }
      for (const name of use.richText) collectEmbedded(doc[name], ids)
    }
  }
  return [...ids]
}

// One lookup per request: populating a page of documents checks media access once per upload.
const perRequest = new WeakMap<PayloadRequest, Promise<Where>>()

/**
 * Media follow the documents that use them: editors, organisers and admins (who manage the
 * library) read every file; anybody else only files that a published document uses (an upload
 * field or an upload in rich text of a published knowledge product, practice example, news item,
 * toolkit item …). A file attached only to drafts stays private until a document using it is
 * published, and becomes private again when the last one is unpublished. Payload applies the
 * same filter to the file URLs (`/api/media/file/…`).
 */
export const mediaOfPublishedDocuments: Access = ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor', 'organiser')) return true
  let where = perRequest.get(req)
  if (!where) {
    where = publishedMediaIds(req).then(
      // Serial ids start at 1: no file matches 0 when no published document uses any.
      (ids): Where => ({ id: ids.length > 0 ? { in: ids } : { equals: 0 } }),
    )
    perRequest.set(req, where)
  }
  return where
}
