import { ApolloServer, type ApolloServerPlugin } from '@apollo/server'
import type { GraphQLSchema } from 'graphql'
import type { RequestContext } from './context'
import { createFormatError } from './errors/format-error'
import type { Logger } from './logger'

export function createApolloServer(options: {
  schema: GraphQLSchema
  logger: Logger
  plugins?: ApolloServerPlugin<RequestContext>[]
}): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema: options.schema,
    logger: options.logger,
    plugins: options.plugins,
    introspection: true,
    // index.ts owns shutdown (HTTP server, then DataSource); Apollo's handler would re-raise the signal.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(options.logger),
  })
}
