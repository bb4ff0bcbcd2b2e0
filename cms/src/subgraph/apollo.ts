import type http from 'node:http'
import { ApolloServer } from '@apollo/server'
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer'
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled'
import {
  apolloLogger,
  type Logger,
  operationLimitOptions,
  privateForLoggedInCallers,
} from '@idm/edge'
import type { SubgraphSettings } from '../config'
import { buildContentSchema } from './schema'
import type { ContentContext } from './shared/context'
import { formatError } from './shared/formatError'
import { logUnexpectedErrors } from './shared/logUnexpectedErrors'

/** Apollo Server for the content schema, with the graph's limits, logs and error formatter. */
export function createContentApollo(
  settings: SubgraphSettings,
  logger: Logger,
  httpServer: http.Server,
): ApolloServer<ContentContext> {
  const limits = operationLimitOptions<ContentContext>(settings.limits, {
    introspection: settings.introspection,
  })
  return new ApolloServer<ContentContext>({
    ...limits,
    schema: buildContentSchema(),
    formatError,
    logger: apolloLogger(logger),
    // index.ts stops Apollo and Payload on SIGTERM/SIGINT and exits 0; Apollo's own handler
    // would re-raise the signal after stopping and end the process with 143.
    stopOnTerminationSignals: false,
    plugins: [
      ...limits.plugins,
      logUnexpectedErrors(),
      privateForLoggedInCallers(),
      // No usage reporting to Apollo Studio, so no per-request trace either.
      ApolloServerPluginInlineTraceDisabled(),
      // The gateway offers the explorer; the subgraph stays a plain API without CDN assets.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
    ],
  })
}
