import type { ApolloServerPlugin } from '@apollo/server'
import { EdgeErrorCode } from '@idm/edge'
import type { GatewayContext } from './context.js'
import { formatGatewayError } from './format-error.js'

/**
 * An invalid, expired or revoked token is one answer across the graph: HTTP 401 with a single
 * UNAUTHENTICATED error and no data, whichever subgraph refused it (each checks the token and its
 * session itself; the gateway only carries their verdict to the top).
 */
export const unauthenticatedResponsePlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const failure = contextValue.authFailure
        if (!failure || response.body.kind !== 'single') return
        response.http.status = 401
        const result = response.body.singleResult as { data?: unknown; errors?: unknown }
        delete result.data
        result.errors = [formatGatewayError(failure.toJSON(), failure)]
      },
    }
  },
}

/** Logs every error with the request id: unexpected ones as errors, expected ones at debug. */
export const errorLogPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          const code = error.extensions.code
          if (
            code === undefined ||
            code === EdgeErrorCode.InternalServerError ||
            code === 'DOWNSTREAM_SERVICE_ERROR'
          ) {
            contextValue.log.error(
              { err: error.originalError ?? error, path: error.path },
              'unexpected error',
            )
          } else {
            contextValue.log.debug(
              { code, message: error.message, path: error.path },
              'request error',
            )
          }
        }
      },
    }
  },
}
