import { createHttpHost, type Logger, silentLogger } from '@idm/edge'
import type { Payload } from 'payload'
import { parseSubgraphSettings, type SubgraphSettings } from '../config'
import { createContentApollo } from './apollo'
import { createCallerIdentifier } from './shared/caller'
import { createContext } from './shared/context'
import { ContentError } from './shared/errors'
import { toGraphQLError } from './shared/formatError'

const GRAPHQL_PATH = '/graphql'

export interface ContentServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4002/graphql. */
  url: string
  /** Drains open requests, then closes the HTTP listener and Apollo Server. */
  stop(): Promise<void>
}

export interface ContentServerOptions {
  payload: Payload
  host: string
  /** 0 picks a free port (tests). */
  port: number
  /** Access and error logs (JSON); silent when left out (tests). */
  logger?: Logger
  /** Limits, body size and introspection; the graph's defaults when left out (tests). */
  settings?: SubgraphSettings
}

/**
 * Serves the content subgraph at `/graphql` on the graph's shared HTTP host: JSON errors for
 * every refusal, request ids, access logs, `/health`, and `/ready` while the CMS database answers.
 */
export async function startContentServer({
  payload,
  host,
  port,
  logger = silentLogger,
  settings = parseSubgraphSettings({}),
}: ContentServerOptions): Promise<ContentServer> {
  const httpHost = createHttpHost({
    service: 'content',
    logger,
    maxBodyBytes: settings.maxBodyBytes,
    trustProxy: settings.trustProxy,
    readiness: [{ name: 'database', check: () => payload.db.pool.query('SELECT 1') }],
  })
  const apollo = createContentApollo(settings, logger, httpHost.server)
  await apollo.start()
  const identify = createCallerIdentifier(payload)

  httpHost.graphql(GRAPHQL_PATH, {
    apollo,
    context: async (req) => {
      try {
        return await createContext(
          payload,
          req.headers.authorization,
          req.log,
          settings.publicUrl,
          req.ip,
          identify,
        )
      } catch (error) {
        if (error instanceof ContentError) throw toGraphQLError(error)
        // Apollo answers 500 and formatError masks it; the log keeps what happened.
        req.log.error({ err: error }, 'content subgraph: could not identify the caller')
        throw error
      }
    },
  })
  let baseUrl: string
  try {
    baseUrl = await httpHost.listen(host, port)
  } catch (error) {
    await apollo.stop()
    throw error
  }

  return {
    url: `${baseUrl}${GRAPHQL_PATH}`,
    // The drain plugin waits for open requests, then closes the listener.
    stop: () => apollo.stop(),
  }
}
