import type { ApolloServer } from '@apollo/server'
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer'
import { createHttpHost, type Logger } from '@idm/edge'
import type { DataSource } from 'typeorm'
import type { SessionStore } from './auth/session-store'
import type { ContextFactory, RequestContext } from './context'

export interface HttpServerOptions {
  /** Not started yet: the HTTP server adds its drain plugin, then starts it. */
  apollo: ApolloServer<RequestContext>
  context: ContextFactory
  dataSource: DataSource
  sessions: Pick<SessionStore, 'ping'>
  host: string
  port: number
  maxBodyBytes: number
  logger: Logger
  /** Express `trust proxy`: lets the gateway's X-Forwarded-For name the client (election limits). */
  trustProxy?: boolean | number | string
}

export interface RunningHttpServer {
  url: string
  /** Stops accepting requests, lets in-flight ones finish, and stops Apollo Server. */
  stop(): Promise<void>
}

/**
 * The monitor on the graph's shared HTTP host: `/graphql`, `/health` (the process is up) and
 * `/ready` (the monitor database and the CMS session store answer), JSON errors for everything else.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { apollo, dataSource, sessions } = options
  const host = createHttpHost({
    service: 'monitor',
    logger: options.logger,
    maxBodyBytes: options.maxBodyBytes,
    trustProxy: options.trustProxy,
    readiness: [
      { name: 'database', check: () => dataSource.query('SELECT 1') },
      { name: 'sessions', check: () => sessions.ping() },
    ],
  })
  // Apollo's stop then closes the HTTP server after in-flight requests finish.
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer: host.server }))
  await apollo.start()
  host.graphql('/graphql', {
    apollo,
    context: (req) =>
      options.context({
        authorization: req.headers.authorization,
        requestId: req.id,
        clientIp: req.ip,
        userAgent: req.headers['user-agent'],
      }),
  })
  const baseUrl = await host.listen(options.host, options.port)

  return {
    url: `${baseUrl}/graphql`,
    async stop() {
      await apollo.stop()
      if (host.server.listening) {
        await new Promise<void>((resolve, reject) =>
          host.server.close((error) => (error ? reject(error) : resolve())),
        )
      }
    },
  }
}
