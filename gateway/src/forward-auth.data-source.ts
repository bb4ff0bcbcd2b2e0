import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway'
import type { GatewayContext } from './context.js'

/**
 * Passes the caller's credentials on to every subgraph, so each subgraph decides access itself
 * (Payload for content, the monitor's auth checker for monitor data). The gateway never judges them.
 */
export class ForwardAuthDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (context && 'authorization' in context && context.authorization) {
      request.http?.headers.set('authorization', context.authorization)
    }
  }
}
