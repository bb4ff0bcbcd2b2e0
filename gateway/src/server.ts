import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApolloGateway } from '@apollo/gateway'
import { ApolloServer } from '@apollo/server'
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer'
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled'
import { expressMiddleware } from '@as-integrations/express5'
import express from 'express'
import type { GatewayConfig } from './config.js'
import { contextFromHeaders, type GatewayContext } from './context.js'
import { explorerRouter, wantsExplorer } from './explorer.js'
import { ForwardAuthDataSource } from './forward-auth.data-source.js'

const ENDPOINT = '/graphql'
const EXPLORER = '/explorer'

export interface RunningGateway {
  url: string
  stop(): Promise<void>
}

/** Serves the committed supergraph; composition happens at build time, never by introspection. */
export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8')
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new ForwardAuthDataSource({ url: config.subgraphUrls[name] ?? url }),
  })

  const app = express()
  app.disable('x-powered-by')
  const httpServer = http.createServer(app)
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: true,
    // Subgraph stack traces stay in the subgraphs' logs, whatever NODE_ENV says.
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
    ],
  })
  await apollo.start()

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' })
  })
  app.get('/', (_req, res) => res.redirect(EXPLORER + '/'))
  app.use(EXPLORER, explorerRouter(ENDPOINT, EXPLORER))
  app.use(
    ENDPOINT,
    (req, res, next) => (wantsExplorer(req) ? res.redirect(EXPLORER + '/') : next()),
    corsMiddleware(config.corsOrigins),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => contextFromHeaders(req.headers) }),
  )

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(config.port, config.host, resolve)
  })
  const { port } = httpServer.address() as AddressInfo
  const host = config.host.includes(':') ? `[${config.host}]` : config.host
  return {
    url: `http://${host}:${port}${ENDPOINT}`,
    stop: () => apollo.stop(),
  }
}

function corsMiddleware(origins: string[]): express.RequestHandler {
  return (req, res, next) => {
    const origin = req.headers.origin
    if (origin && (origins.includes('*') || origins.includes(origin))) {
      res.setHeader('access-control-allow-origin', origin)
      res.setHeader('vary', 'Origin')
      res.setHeader(
        'access-control-allow-headers',
        'authorization, content-type, apollo-require-preflight',
      )
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS')
      if (req.method === 'OPTIONS') {
        res.sendStatus(204)
        return
      }
    }
    next()
  }
}
