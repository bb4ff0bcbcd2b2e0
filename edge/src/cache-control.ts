import type { ApolloServerPlugin } from '@apollo/server'

const PAYLOAD_TOKEN = /(?:^|;\s*)payload-token=/

/**
 * An Apollo Server plugin for each subgraph: any answer to a caller with credentials is PRIVATE,
 * whatever the schema's hints say. An editor sees drafts, an organiser personal data and an
 * official unpublished measurements under the same fields an anonymous reader asks for, so only
 * an anonymous answer may ever be public (docs/caching.md). Typed `never` so that both copies of
 * Apollo Server's types (CommonJS and ES module consumers) accept it.
 */
export function privateForLoggedInCallers(): never {
  const plugin: ApolloServerPlugin = {
    async requestDidStart({ request, overallCachePolicy }) {
      const headers = request.http?.headers
      if (headers?.get('authorization') || PAYLOAD_TOKEN.test(headers?.get('cookie') ?? '')) {
        overallCachePolicy.restrict({ scope: 'PRIVATE' })
      }
    },
  }
  return plugin as never
}
