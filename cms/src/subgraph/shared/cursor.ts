import { ContentError, ContentErrorCode } from './errors'

const PREFIX = 'KnowledgeProduct:'

/** Opaque cursor of a knowledge product in a connection: clients pass it back, never parse it. */
export function encodeCursor(id: number): string {
  return Buffer.from(`${PREFIX}${id}`, 'utf8').toString('base64url')
}

/** The id a cursor points at. Throws BAD_USER_INPUT for anything this API did not hand out. */
export function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8')
  const id = decoded.startsWith(PREFIX) ? Number(decoded.slice(PREFIX.length)) : Number.NaN
  if (!Number.isSafeInteger(id) || id < 1) {
    throw new ContentError(
      ContentErrorCode.BadUserInput,
      `Invalid cursor: ${JSON.stringify(cursor)}`,
    )
  }
  return id
}
