import { createHash } from 'node:crypto'

/** The parts of a GraphQL request (POST body or GET query) that decide its answer. */
export interface CacheableRequest {
  query?: unknown
  operationName?: unknown
  variables?: unknown
  extensions?: unknown
}

const SHA256_HEX = /^[0-9a-f]{64}$/

/** sha256 hex of a document: the hash Apollo Server computes for it and APQ clients send. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * The identity of the document a request runs: the sha256 of its text, or for an automatic
 * persisted query sent by hash alone, that hash. Undefined for anything Apollo Server would refuse
 * or treat specially (no document, a hash that does not match the text, another APQ version): such
 * a request is never answered from the cache, so Apollo Server answers it with its own error.
 */
export function documentHash(request: CacheableRequest): string | undefined {
  const persisted = persistedQueryOf(request.extensions)
  if (persisted === null) return undefined
  if (typeof request.query === 'string' && request.query !== '') {
    const hash = sha256Hex(request.query)
    return persisted === undefined || persisted === hash ? hash : undefined
  }
  return request.query === undefined && persisted !== undefined ? persisted : undefined
}

/** undefined: no persistedQuery extension; null: one Apollo Server would refuse. */
function persistedQueryOf(extensions: unknown): string | undefined | null {
  if (extensions === undefined || extensions === null) return undefined
  if (typeof extensions !== 'object' || Array.isArray(extensions)) return null
  const persisted = (extensions as { persistedQuery?: unknown }).persistedQuery
  if (persisted === undefined) return undefined
  const { version, sha256Hash } = (persisted ?? {}) as { version?: unknown; sha256Hash?: unknown }
  return version === 1 && typeof sha256Hash === 'string' && SHA256_HEX.test(sha256Hash)
    ? sha256Hash
    : null
}

/**
 * The cache key of one request: a hash of the media type of the answer, the document's hash, the
 * operation name and the canonical JSON of the variables and of any other extensions. Two requests
 * share an entry only when all of these are equal; key order in the variables does not matter.
 */
export function responseCacheKey(
  mediaType: string,
  docHash: string,
  request: CacheableRequest,
): string | undefined {
  const operationName = request.operationName ?? ''
  if (typeof operationName !== 'string') return undefined
  const variables = request.variables ?? {}
  if (typeof variables !== 'object' || Array.isArray(variables)) return undefined
  const { persistedQuery: _persisted, ...extensions } = (request.extensions ?? {}) as Record<
    string,
    unknown
  >
  return createHash('sha256')
    .update(mediaType)
    .update('\n')
    .update(docHash)
    .update('\n')
    .update(operationName)
    .update('\n')
    .update(canonicalJson(variables))
    .update('\n')
    .update(canonicalJson(extensions))
    .digest('base64url')
}

/** JSON with object keys sorted at every level, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`
}
