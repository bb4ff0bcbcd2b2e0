import type { ApolloServerPlugin } from '@apollo/server'
import type { ContentContext } from './context'
import { isUnexpected } from './formatError'

/**
 * Logs every error nobody planned for with the request's logger, so the line carries the request
 * id a client can quote; the client itself only sees INTERNAL_SERVER_ERROR (formatError.ts).
 */
export function logUnexpectedErrors(): ApolloServerPlugin<ContentContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            if (!isUnexpected(error)) continue
            contextValue.log.error(
              { err: error.originalError ?? error, path: error.path },
              'content subgraph: unexpected error',
            )
          }
        },
      }
    },
  }
}
