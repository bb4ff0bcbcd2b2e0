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

describe('formatError for an unavailable database', () => {
  /** What TypeORM throws for a failed query: the driver's error under `driverError`. */
  function queryFailed(driverError: Error & { code?: string }): Error {
    return Object.assign(new Error(`Query failed: SELECT * FROM "municipality"`), {
      name: 'QueryFailedError',
      driverError,
    })
  }
  const pgError = (code: string, message: string) => Object.assign(new Error(message), { code })

  it.each([
    ['a refused connection', pgError('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.5:5432')],
    [
      'a refused connection on every address (AggregateError)',
      Object.assign(new AggregateError([pgError('ECONNREFUSED', 'connect 10.0.0.5:5432')], ''), {
        code: 'ECONNREFUSED',
      }),
    ],
    [
      'a session the server terminated (57P01)',
      queryFailed(pgError('57P01', 'terminating connection due to administrator command')),
    ],
    ['a server shutting down (57P03)', pgError('57P03', 'the database system is shutting down')],
    ['a connection that broke', new Error('Connection terminated unexpectedly')],
    ['a pool that could not connect in time', new Error('timeout exceeded when trying to connect')],
  ])('answers DATABASE_UNAVAILABLE for %s, without host or SQL, unlogged', (_case, cause) => {
    const { formatError, logged } = setup()
    const thrown = thrownInResolver(cause)

    const result = formatError(thrown.formatted, thrown.error)

    expect(result).toEqual({
      message: 'The monitor database is not available; try again shortly',
      path: ['municipality'],
      locations: undefined,
      extensions: { code: 'DATABASE_UNAVAILABLE', reason: 'DATABASE_UNAVAILABLE' },
    })
    expect(JSON.stringify(result)).not.toMatch(/10\.0\.0\.5|SELECT|5432/)
    // The plugin logs it once per request, with the request id (test/database-unavailable.test.ts).
    expect(logged).toEqual([])
  })

  it('keeps a failing statement an internal error (a bug, not an outage)', () => {
    const { formatError, logged } = setup()
    const thrown = thrownInResolver(queryFailed(pgError('42601', 'syntax error at or near "FORM"')))

    expect(formatError(thrown.formatted, thrown.error).extensions).toEqual({
      code: 'INTERNAL_SERVER_ERROR',
    })
    expect(logged).toHaveLength(1)
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
