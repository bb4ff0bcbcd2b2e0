import type { ApolloServerPlugin } from '@apollo/server'
import { unwrapResolverError } from '@apollo/server/errors'
import { isDatabaseUnavailable, type Logger } from '@idm/edge'
import type { RequestContext } from '../context'

/**
 * Logs a request that failed because the monitor database was unavailable: once per request
 * (one outage fails every field), with the request id, the first cause in full and how many
 * fields failed. The client sees only DATABASE_UNAVAILABLE (format-error.ts).
 */
export function databaseUnavailableLog(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          const failed = errors.filter((error) => isDatabaseUnavailable(unwrapResolverError(error)))
          if (failed.length === 0) return
          logger.error(
            {
              err: unwrapResolverError(failed[0]),
              requestId: contextValue.requestId,
              path: failed[0]!.path,
              failedFields: failed.length,
            },
            'monitor database unavailable',
          )
        },
      }
    },
  }
}
