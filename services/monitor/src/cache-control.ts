import type { ApolloServerPlugin } from '@apollo/server'

const PAYLOAD_TOKEN = /(?:^|;\s*)payload-token=/

/**
 * Any answer to a caller with credentials is PRIVATE, whatever the schema's hints say: an official
 * sees unpublished measurements under the same fields (assessmentTrend) an anonymous reader asks
 * for, so only an anonymous answer may ever be public (docs/caching.md).
 */
export function privateForLoggedInCallers(): ApolloServerPlugin {
  return {
    async requestDidStart({ request, overallCachePolicy }) {
      const headers = request.http?.headers
      if (headers?.get('authorization') || PAYLOAD_TOKEN.test(headers?.get('cookie') ?? '')) {
        overallCachePolicy.restrict({ scope: 'PRIVATE' })
      }
    },
  }
}
