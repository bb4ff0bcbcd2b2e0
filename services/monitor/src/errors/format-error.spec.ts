import { GraphQLError, type GraphQLFormattedError } from 'graphql'
import { describe, expect, it } from 'vitest'
import { MunicipalityError, MunicipalityErrorReason } from '../municipality/municipality.errors'
import type { Logger } from '../logger'
import { AuthError, AuthErrorReason } from '../auth/auth.errors'
import { createFormatError, toRequestError } from './format-error'

function setup() {
  const logged: string[] = []
  const logger: Logger = {
    debug: () => undefined,
    info: () => undefined,
    warn: () => undefined,
    error: (message) => void logged.push(message),
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
    expect(logged.join('\n')).toContain('connection to 10.0.0.5 refused')
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
})
