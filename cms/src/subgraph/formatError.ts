import { unwrapResolverError } from '@apollo/server/errors'
import { GraphQLError, type GraphQLFormattedError } from 'graphql'
import { APIError } from 'payload'
import { ContentError, ContentErrorCode } from './errors'

const HTTP_STATUS: Readonly<Record<ContentErrorCode, number>> = {
  [ContentErrorCode.BadUserInput]: 400,
  [ContentErrorCode.Unauthenticated]: 401,
  [ContentErrorCode.Forbidden]: 403,
  [ContentErrorCode.NotFound]: 404,
  [ContentErrorCode.Internal]: 500,
}

const PAYLOAD_STATUS_CODES: Readonly<Record<number, ContentErrorCode>> = {
  400: ContentErrorCode.BadUserInput,
  401: ContentErrorCode.Unauthenticated,
  403: ContentErrorCode.Forbidden,
  404: ContentErrorCode.NotFound,
}

/** The code of an expected error: ours, or one of Payload's (access denied, validation). */
function classify(error: unknown): { code: ContentErrorCode; message: string } | undefined {
  if (error instanceof ContentError) return { code: error.code, message: error.message }
  if (error instanceof APIError) {
    const code = PAYLOAD_STATUS_CODES[error.status]
    if (code) return { code, message: error.message }
  }
  return undefined
}

/** A content error raised outside a resolver (while reading the caller's token), with its status. */
export function toGraphQLError(error: ContentError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: error.code, http: { status: HTTP_STATUS[error.code] } },
  })
}

/**
 * The one place where errors become GraphQL errors: known ones keep their message and get their
 * `extensions.code`; anything unexpected is logged and masked as INTERNAL_SERVER_ERROR.
 */
export function createFormatError(logUnexpected: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error)
    const known = classify(original)
    if (known) {
      return { ...formatted, message: known.message, extensions: { code: known.code } }
    }
    const code = formatted.extensions?.code
    // Apollo's own codes: unparsable or invalid operations, bad variables, a rejected token.
    if (typeof code === 'string' && code !== ContentErrorCode.Internal) {
      return { ...formatted, extensions: { code } }
    }
    logUnexpected(original)
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ContentErrorCode.Internal },
    }
  }
}
