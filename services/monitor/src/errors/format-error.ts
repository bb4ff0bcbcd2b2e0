import { unwrapResolverError } from '@apollo/server/errors'
import { isDatabaseUnavailable, limitErrorCode } from '@idm/edge'
import { GraphQLError, type GraphQLFormattedError } from 'graphql'
import type { ValidationError } from 'class-validator'
import { ArgumentValidationError } from 'type-graphql'
import { DomainError, ErrorCode } from './domain-error'

const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR'

// Only errors raised before execution set the response status; resolver errors keep HTTP 200.
const REQUEST_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.BadUserInput]: 400,
  // The request may be fine; the session store is not: the client may retry.
  [ErrorCode.AuthUnavailable]: 503,
}

/** What formatError needs from a logger (the service's pino logger has it). */
export interface ErrorLogger {
  error(details: { err: unknown }, message: string): void
}

// What a refused operation may tell the client besides its code.
const LIMIT_EXTENSIONS = ['cost', 'maxCost'] as const

/**
 * A domain error raised while building the request context (reading the caller's token),
 * as the GraphQL error Apollo Server answers with, carrying its HTTP status (401 for a bad token).
 */
export function toRequestError(error: DomainError): GraphQLError {
  const status = REQUEST_STATUS[error.code]
  return new GraphQLError(error.message, {
    extensions: {
      code: error.code,
      reason: error.reason,
      ...(status === undefined ? {} : { http: { status } }),
    },
  })
}

/**
 * The one place where thrown errors become client-facing GraphQL errors.
 * An operation refused by a limit keeps its limit code (QUERY_TOO_DEEP, …), domain errors keep
 * their code and message, an unreachable database is DATABASE_UNAVAILABLE, validation errors list
 * what was wrong, GraphQL's own request errors pass through, and anything else is logged and hidden.
 */
export function createFormatError(logger: ErrorLogger) {
  return function formatError(
    formatted: GraphQLFormattedError,
    error: unknown,
  ): GraphQLFormattedError {
    const cause = unwrapResolverError(error)
    const base = { locations: formatted.locations, path: formatted.path }

    // Before the other branches: Apollo wraps a refused operation as GRAPHQL_VALIDATION_FAILED or
    // GRAPHQL_PARSE_FAILED, and the cost plugin's "too complex to evaluate" carries an original error.
    const limitCode = limitErrorCode(formatted, error)
    if (limitCode !== undefined) {
      const extensions: Record<string, unknown> = { code: limitCode }
      for (const key of LIMIT_EXTENSIONS) {
        if (formatted.extensions?.[key] !== undefined) extensions[key] = formatted.extensions[key]
      }
      return { ...base, message: formatted.message, extensions }
    }

    if (cause instanceof DomainError) {
      return {
        ...base,
        message: cause.message,
        extensions: { code: cause.code, reason: cause.reason },
      }
    }
    // The platform's failure, not a bug: a code the client can retry on, and nothing about the
    // host or the statement. Logged with the request id by the database-unavailable plugin.
    if (isDatabaseUnavailable(cause)) {
      return {
        ...base,
        message: 'The monitor database is not available; try again shortly',
        extensions: { code: ErrorCode.DatabaseUnavailable, reason: ErrorCode.DatabaseUnavailable },
      }
    }
    if (cause instanceof ArgumentValidationError) {
      return {
        ...base,
        message: validationMessage(cause),
        extensions: { code: ErrorCode.BadUserInput },
      }
    }
    // Parse, validation and variable-coercion errors (graphql-js, possibly re-wrapped by Apollo)
    // and GraphQLErrors thrown on purpose are meant for clients; wrapped arbitrary errors are not.
    if (cause instanceof GraphQLError && isClientFacing(cause)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {}
      return {
        ...formatted,
        extensions: { ...extensions, code: extensions.code ?? INTERNAL_SERVER_ERROR },
      }
    }

    logger.error({ err: cause }, 'unexpected error')
    return {
      ...base,
      message: 'Internal server error',
      extensions: { code: INTERNAL_SERVER_ERROR },
    }
  }
}

function isClientFacing(error: GraphQLError): boolean {
  const original = error.originalError
  return original === undefined || original === null || original instanceof GraphQLError
}

function validationMessage(error: ArgumentValidationError): string {
  // Several constraints on one field may share a message; say it once.
  const problems = [...new Set(error.extensions.validationErrors.flatMap(constraintMessages))]
  return problems.length > 0 ? `Invalid arguments: ${problems.join('; ')}` : error.message
}

// Input objects nest their validation errors under `children`.
function constraintMessages(validation: ValidationError): string[] {
  return [
    ...Object.values(validation.constraints ?? {}),
    ...(validation.children ?? []).flatMap(constraintMessages),
  ]
}
