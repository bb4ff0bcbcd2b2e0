import { GraphQLError, type GraphQLFormattedError } from 'graphql'
import { describe, expect, it } from 'vitest'
import { MunicipalityError, MunicipalityErrorReason } from '../municipality/municipality.errors'
import { AuthError, AuthErrorReason } from '../auth/auth.errors'
import { createFormatError, type ErrorLogger, toRequestError } from './format-error'

function setup() {
  const logged: { err: unknown; message: string }[] = []
  const logger: ErrorLogger = {
    error: (details, message) => void logged.push({ err: details.err, message }),
  }
  return { formatError: createFormatError(logger), logged }
}

/** What graphql-js does to an error thrown in a resolver. */
function thrownInResolver(error: Error): { formatted: GraphQLFormattedError; error: GraphQLError } {
  const located = new GraphQLError(error.message, { path: ['municipality'], originalError: error })
  return {
    formatted: {
      ...located.toJSON(),
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] },
    },
    error: located,
  }
}

describe('formatError', () => {
  it('exposes a domain error with its code and reason', () => {
    const { formatError } = setup()
    const thrown = thrownInResolver(
      new MunicipalityError(MunicipalityErrorReason.InvalidCursor, 'after is not a cursor'),
    )

    expect(formatError(thrown.formatted, thrown.error)).toEqual({
      message: 'after is not a cursor',
      path: ['municipality'],
      locations: undefined,
      extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' },
    })
  })

  it('hides an unexpected error behind INTERNAL_SERVER_ERROR, without stack, and logs it', () => {
    const { formatError, logged } = setup()
    const thrown = thrownInResolver(new Error('connection to 10.0.0.5 refused, password=hunter2'))

    const result = formatError(thrown.formatted, thrown.error)

    expect(result).toEqual({
      message: 'Internal server error',
      path: ['municipality'],
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    })
    expect(JSON.stringify(result)).not.toContain('hunter2')
    expect(logged).toEqual([{ err: thrown.error.originalError, message: 'unexpected error' }])
  })

  it('passes a GraphQL request error through with its code but without a stack', () => {
    const { formatError } = setup()
    const error = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    })

    const result = formatError(
      { ...error.toJSON(), extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['x'] } },
      error,
    )

    expect(result).toEqual({
      message: 'Cannot query field "nope" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    })
  })
})

describe('formatError for refused operations', () => {
  it('restores the limit code Apollo wrapped as GRAPHQL_VALIDATION_FAILED', () => {
    const { formatError } = setup()
    const error = new GraphQLError('Query depth limit of 12 exceeded, found 14.', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      originalError: new GraphQLError('Query depth limit of 12 exceeded, found 14.', {
        extensions: { code: 'QUERY_TOO_DEEP' },
      }),
    })

    expect(formatError(error.toJSON(), error)).toEqual({
      message: 'Query depth limit of 12 exceeded, found 14.',
      extensions: { code: 'QUERY_TOO_DEEP' },
    })
  })

  it('keeps the cost and the limit of a too complex operation, and nothing else', () => {
    const { formatError } = setup()
    const error = new GraphQLError('The operation costs 90000, more than the limit of 50000', {
      extensions: { code: 'QUERY_TOO_COMPLEX', cost: 90000, maxCost: 50000, stacktrace: ['x'] },
    })

    expect(formatError(error.toJSON(), error).extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      cost: 90000,
      maxCost: 50000,
    })
  })

  it('reports an operation too complex to evaluate as QUERY_TOO_COMPLEX, not as an internal error', () => {
    const { formatError, logged } = setup()
    const error = new GraphQLError('The operation is too complex to evaluate', {
      extensions: { code: 'QUERY_TOO_COMPLEX' },
      originalError: new Error('Query exceeds the maximum of 10000 nodes'),
    })

    expect(formatError(error.toJSON(), error).extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' })
    expect(logged).toEqual([])
  })
})

describe('toRequestError', () => {
  it('carries an authentication failure as UNAUTHENTICATED with HTTP status 401', () => {
    const error = toRequestError(new AuthError(AuthErrorReason.ExpiredToken, 'expired'))

    expect(error.message).toBe('expired')
    expect(error.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'EXPIRED_TOKEN',
      http: { status: 401 },
    })
  })

  it('carries an unreachable session store as AUTH_UNAVAILABLE with HTTP status 503', () => {
    const error = toRequestError(
      new AuthError(AuthErrorReason.SessionStoreUnavailable, 'try again shortly'),
    )

    expect(error.extensions).toEqual({
      code: 'AUTH_UNAVAILABLE',
      reason: 'SESSION_STORE_UNAVAILABLE',
      http: { status: 503 },
    })
  })

  it('carries an ended session as UNAUTHENTICATED SESSION_ENDED with HTTP status 401', () => {
    const error = toRequestError(new AuthError(AuthErrorReason.SessionEnded, 'ended'))

    expect(error.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'SESSION_ENDED',
      http: { status: 401 },
    })
  })
})
