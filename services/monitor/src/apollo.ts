import { ApolloServer, type ApolloServerPlugin } from '@apollo/server'
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled'
import {
  apolloLogger,
  type Logger,
  type OperationLimits,
  operationLimitOptions,
  privateForLoggedInCallers,
} from '@idm/edge'
import type { GraphQLSchema } from 'graphql'
import type { RequestContext } from './context'
import { databaseUnavailableLog } from './errors/database-unavailable.plugin'
import { createFormatError } from './errors/format-error'

export interface ApolloServerOptions {
  schema: GraphQLSchema
  logger: Logger
  /**
   * Enforced here as at the gateway: a request that reaches the monitor directly must not be
   * able to exhaust it either.
   */
  limits: OperationLimits
  /** Introspection and "Did you mean …" hints (GRAPHQL_INTROSPECTION); off in production. */
  introspection: boolean
  plugins?: ApolloServerPlugin<RequestContext>[]
}

export function createApolloServer(options: ApolloServerOptions): ApolloServer<RequestContext> {
  const limitOptions = operationLimitOptions<RequestContext>(options.limits, {
    introspection: options.introspection,
  })
  return new ApolloServer<RequestContext>({
    schema: options.schema,
    logger: apolloLogger(options.logger),
    ...limitOptions,
    plugins: [
      ...limitOptions.plugins,
      // No federated tracing (ftv1): a caller asking for it with a header would get timings and
      // unmasked error messages; the gateway never asks (no usage reporting).
      ApolloServerPluginInlineTraceDisabled(),
      privateForLoggedInCallers(),
      databaseUnavailableLog(options.logger),
      ...(options.plugins ?? []),
    ],
    // index.ts owns shutdown (HTTP server, then DataSource); Apollo's handler would re-raise the signal.
    stopOnTerminationSignals: false,
    formatError: createFormatError(options.logger),
  })
}
