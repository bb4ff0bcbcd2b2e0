// First, before the imports below load @apollo/gateway (here and in subgraph.data-source.ts):
// plain exports for @apollo/federation-internals. index.ts and the tests start the gateway here.
import './federation-internals.preload.js'
import { readFileSync } from 'node:fs'
import { ApolloGateway } from '@apollo/gateway'
import { ApolloServer } from '@apollo/server'
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl'
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer'
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled'
import {
  apolloLogger,
  createHttpHost,
  createLogger,
  createRateLimiter,
  type Logger,
  operationLimitOptions,
  rateLimitMiddleware,
  requestMeta,
} from '@idm/edge'
import type { Request, RequestHandler, Response } from 'express'
import { registerAdvicePages } from './advice-pages.js'
import type { GatewayConfig } from './config.js'
import { authorizationFromHeaders, type GatewayContext } from './context.js'
import { corsMiddleware } from './cors.js'
import { registerElectionPages } from './election-pages.js'
import { committedSchemaIntrospection, explorerRouter, wantsExplorer } from './explorer.js'
import { feedsRouter } from './feeds/feeds.router.js'
import { formatGatewayError } from './format-error.js'
import { registerNewsletterPages } from './newsletter-pages.js'
import { persistedQueryOptions } from './persisted-queries.js'
import { errorLogPlugin, unauthenticatedResponsePlugin } from './plugins.js'
import {
  responseCacheMiddleware,
  responseCachePlugin,
  responseCacheTicket,
} from './response-cache.js'
import { responseCacheFront } from './response-cache.front.js'
import {
  connectCacheRedis,
  MemoryResponseStore,
  RedisResponseStore,
  type ResponseStore,
} from './response-cache.store.js'
import { SubgraphDataSource } from './subgraph.data-source.js'

const ENDPOINT = '/graphql'
const EXPLORER = '/explorer'
const EXPLORER_ENDPOINT = `${EXPLORER}/graphql`
const SUBGRAPH_READY_TIMEOUT_MS = 1_000

export interface RunningGateway {
  url: string
  stop(): Promise<void>
}

/**
 * Serves the committed supergraph (composition happens at build time, never by introspection)
 * behind the hardened edge: operation limits before planning, per-IP rate limits, per-subgraph
 * timeouts and circuits, JSON errors with codes and nothing internal, request ids in every log.
 */
export async function startGateway(
  config: GatewayConfig,
  logger: Logger = createLogger('gateway', config.logLevel),
): Promise<RunningGateway> {
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8')
  const dataSources: SubgraphDataSource[] = []
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: apolloLogger(logger),
    buildService: ({ name, url }) => {
      const dataSource = new SubgraphDataSource({
        name,
        url: config.subgraphUrls[name] ?? url ?? '',
        timeoutMs: config.subgraphTimeoutMs,
        maxResponseBytes: config.maxSubgraphResponseBytes,
      })
      dataSources.push(dataSource)
      return dataSource
    },
  })

  const host = createHttpHost({
    service: 'gateway',
    logger,
    maxBodyBytes: config.maxBodyBytes,
    trustProxy: config.trustProxy,
    // Ready while any subgraph answers: the gateway still serves the others' fields, and taking
    // every gateway out of rotation because one subgraph is down would turn partial into total.
    readyWhen: 'any',
    readiness: Object.entries(config.subgraphUrls).map(([name, url]) => ({
      name,
      check: async () => {
        const response = await fetch(new URL('/ready', url), {
          signal: AbortSignal.timeout(SUBGRAPH_READY_TIMEOUT_MS),
        })
        if (!response.ok) throw new Error(`${name} /ready answered ${response.status}`)
      },
    })),
  })

  const cacheSettings = config.responseCache
  const cacheRedis = cacheSettings.redisUrl
    ? connectCacheRedis(cacheSettings.redisUrl, logger)
    : undefined
  let responseStore: ResponseStore | undefined
  if (cacheSettings.enabled) {
    const memory = new MemoryResponseStore(cacheSettings)
    responseStore = cacheRedis
      ? new RedisResponseStore(cacheRedis, memory, cacheSettings.maxAgeSeconds * 1000)
      : memory
  }

  const limitOptions = operationLimitOptions<GatewayContext>(config.limits, {
    introspection: config.introspection,
  })
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    logger: apolloLogger(logger),
    ...limitOptions,
    formatError: formatGatewayError,
    persistedQueries: persistedQueryOptions(cacheRedis),
    plugins: [
      ...limitOptions.plugins,
      // The policy comes from the subgraphs' Cache-Control headers; responseCachePlugin writes ours.
      ApolloServerPluginCacheControl({ calculateHttpHeaders: false }),
      responseCachePlugin({ store: responseStore, maxAgeSeconds: cacheSettings.maxAgeSeconds }),
      unauthenticatedResponsePlugin,
      errorLogPlugin,
      ApolloServerPluginDrainHttpServer({ httpServer: host.server }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      // Never usage reporting, even with APOLLO_KEY in the environment: it would build a trace
      // per request, ask every subgraph for ftv1 traces and send operations out of the cluster.
      ApolloServerPluginUsageReportingDisabled(),
    ],
  })
  await apollo.start()

  const limiter = createRateLimiter(config.rateLimit, logger)
  const rateLimit = rateLimitMiddleware(limiter)
  const route = (before: RequestHandler[], afterBody: RequestHandler[] = []) => ({
    apollo,
    context: async (req: Request, res: Response): Promise<GatewayContext> => ({
      authorization: authorizationFromHeaders(req.headers),
      responseCache: responseCacheTicket(res),
      clientIp: req.ip,
      userAgent: req.headers['user-agent'],
      ...requestMeta(req),
    }),
    before,
    afterBody,
  })

  if (config.explorer) {
    host.graphql(
      EXPLORER_ENDPOINT,
      route(
        [rateLimit],
        [committedSchemaIntrospection(() => gateway.schema!, config.limits.maxTokens)],
      ),
    )
    host.app.get('/', (_req, res) => res.redirect(`${EXPLORER}/`))
    host.app.use(EXPLORER, explorerRouter(EXPLORER_ENDPOINT, EXPLORER))
  }
  host.graphql(
    ENDPOINT,
    route(
      [
        (req, res, next) =>
          config.explorer && wantsExplorer(req) ? res.redirect(`${EXPLORER}/`) : next(),
        corsMiddleware(config.corsOrigins),
        rateLimit,
      ],
      responseStore ? [responseCacheMiddleware(responseStore)] : [],
    ),
  )

  // Hits are answered in front of Express (its routing, body parser and logs cost more than a hit).
  if (responseStore) {
    host.front(
      responseCacheFront({
        path: ENDPOINT,
        store: responseStore,
        limiter,
        corsOrigins: config.corsOrigins,
        maxBodyBytes: config.maxBodyBytes,
        logger,
        express: host.express,
      }),
    )
  }

  // The calendar feed and the open-data files, built from anonymous operations on this server.
  host.app.use(feedsRouter({ apollo, rateLimit }))

  registerElectionPages(host.app, { server: host.server, rateLimit })
  registerNewsletterPages(host.app, { server: host.server, rateLimit })
  registerAdvicePages(host.app, { server: host.server, rateLimit })

  const base = await host.listen(config.host, config.port)
  return {
    url: `${base}${ENDPOINT}`,
    stop: async () => {
      await apollo.stop()
      await limiter.close()
      await responseStore?.close()
      await cacheRedis?.quit().catch(() => undefined)
      await Promise.all(dataSources.map((dataSource) => dataSource.close()))
    },
  }
}
