import { ContentError, ContentErrorCode } from './errors'

/** What a cursor carries: the node's value of the field its list is sorted on, and its id. */
export type CursorKey = { value: string | number; id: number }

/**
 * Opaque cursor of a node in one kind of list (`kind`, e.g. `Event.upcoming`): its sort value and
 * id. The one cursor format of the content subgraph; clients pass it back, never parse it.
 */
export function encodeCursor(kind: string, { value, id }: CursorKey): string {
  return Buffer.from(`${kind}:${JSON.stringify([value, id])}`, 'utf8').toString('base64url')
}

/** The sort value and id a cursor points at; BAD_USER_INPUT for anything this list did not hand out. */
export function decodeCursor(kind: string, cursor: string): CursorKey {
  const invalid = new ContentError(
    ContentErrorCode.BadUserInput,
    `Invalid cursor: ${JSON.stringify(cursor)}`,
  )
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8')
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
