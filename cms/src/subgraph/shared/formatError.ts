import { EdgeErrorCode, isDatabaseUnavailable, limitErrorCode } from '@idm/edge'
import { GraphQLError, type GraphQLFormattedError } from 'graphql'
import { APIError } from 'payload'
import { ContentError, ContentErrorCode, type ContentErrorReason } from './errors'

const HTTP_STATUS: Readonly<Record<ContentErrorCode, number>> = {
  [ContentErrorCode.BadUserInput]: 400,
  [ContentErrorCode.Unauthenticated]: 401,
  [ContentErrorCode.Forbidden]: 403,
  [ContentErrorCode.NotFound]: 404,
  [ContentErrorCode.RateLimited]: 429,
  [ContentErrorCode.TokenInvalid]: 404,
  [ContentErrorCode.TokenExpired]: 410,
  [ContentErrorCode.DatabaseUnavailable]: 503,
  [ContentErrorCode.Internal]: 500,
}

const PAYLOAD_STATUS_CODES: Readonly<Record<number, ContentErrorCode>> = {
  400: ContentErrorCode.BadUserInput,
  401: ContentErrorCode.Unauthenticated,
  403: ContentErrorCode.Forbidden,
  404: ContentErrorCode.NotFound,
}

interface Known {
  code: ContentErrorCode
  message: string
  reason?: ContentErrorReason | string | undefined
}

/** What was thrown: the domain error inside a resolver's (or the context's) GraphQL error. */
function unwrap(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error
}

/** The code of an expected error: ours, or one of Payload's (access denied, validation). */
function classify(error: unknown): Known | undefined {
  const original = unwrap(error)
  if (original instanceof ContentError) {
    return { code: original.code, message: original.message, reason: original.reason }
  }
  if (original instanceof APIError) {
    const code = PAYLOAD_STATUS_CODES[original.status]
    if (code) return { code, message: original.message }
  }
  if (isDatabaseUnavailable(original)) {
    return { code: ContentErrorCode.DatabaseUnavailable, message: DATABASE_UNAVAILABLE_MESSAGE }
  }
  return undefined
}

// Never the host, port or statement: those go to the log with the request id.
const DATABASE_UNAVAILABLE_MESSAGE = 'The content database is not available; try again shortly'

const extensionsOf = ({ code, reason }: Known) => (reason ? { code, reason } : { code })

/**
 * A content error raised outside a resolver (while reading the caller's token), with its HTTP
 * status; the domain error stays attached so {@link formatError} keeps its reason.
 */
export function toGraphQLError(error: ContentError): GraphQLError {
  return new GraphQLError(error.message, {
    originalError: error,
    extensions: { ...extensionsOf(error), http: { status: HTTP_STATUS[error.code] } },
  })
}

/**
 * True for an error nobody planned for: not a content or Payload error with a code, not one of
 * Apollo's (invalid operation, bad variables) nor a refused limit. Those are logged; clients only
 * see INTERNAL_SERVER_ERROR. An unavailable database is logged too (the operator needs its
 * cause), though the client gets DATABASE_UNAVAILABLE.
 */
export function isUnexpected(error: unknown): boolean {
  const known = classify(error)
  if (known) return known.code === ContentErrorCode.DatabaseUnavailable
  if (!(error instanceof GraphQLError)) return true
  const code = error.extensions.code
  return typeof code !== 'string' || code === ContentErrorCode.Internal
}

/**
 * The one place where errors become GraphQL errors: limit refusals keep our code
 * (QUERY_TOO_DEEP, TOO_MANY_TOKENS, …), known errors keep their message and get their
 * `extensions.code` (and `reason`); anything unexpected is masked as INTERNAL_SERVER_ERROR, with
 * no message, stack or SQL of its own (the unexpected-error logger has logged it).
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const limit = limitErrorCode(formatted, error)
  if (limit === EdgeErrorCode.IntrospectionDisabled) {
    // Apollo's own text tells how to switch it on; a client needs to know only that it is off.
    return { ...formatted, message: 'Introspection is disabled', extensions: { code: limit } }
  }
  if (limit) return { ...formatted, extensions: { code: limit } }
  const known = classify(error)
  if (known) return { ...formatted, message: known.message, extensions: extensionsOf(known) }
  const code = formatted.extensions?.code
  // Apollo's own codes: unparsable or invalid operations, bad variables.
  if (typeof code === 'string' && code !== ContentErrorCode.Internal) {
    return { ...formatted, extensions: { code } }
  }
  return {
    message: 'Internal server error',
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: ContentErrorCode.Internal },
  }
}
