import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server'
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer'
import type { DataSource } from 'typeorm'
import type { ContextFactory, RequestContext } from './context'
import type { Logger } from './logger'

const MAX_BODY_BYTES = 1024 * 1024

export interface HttpServerOptions {
  apollo: ApolloServer<RequestContext>
  context: ContextFactory
  dataSource: DataSource
  host: string
  port: number
  logger: Logger
}

export interface RunningHttpServer {
  url: string
  /** Stops accepting requests, lets in-flight ones finish, and stops Apollo Server. */
  stop(): Promise<void>
}

/** Plain node:http: `/graphql` goes to Apollo Server, `/health` checks the database. */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const { apollo, logger } = options
  const httpServer = createServer((req, res) => {
    route(req, res, options).catch((error: unknown) => {
      logger.error(`HTTP handler failed: ${error instanceof Error ? error.stack : String(error)}`)
      if (!res.headersSent) sendJson(res, 500, { error: 'Internal server error' })
      else res.destroy()
    })
  })
  apollo.addPlugin(ApolloServerPluginDrainHttpServer({ httpServer }))
  await apollo.start()

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(options.port, options.host, () => {
      httpServer.off('error', reject)
      resolve()
    })
  })
  const { port } = httpServer.address() as AddressInfo
  const host = options.host.includes(':') ? `[${options.host}]` : options.host

  return { url: `http://${host}:${port}/graphql`, stop: () => apollo.stop() }
}

async function route(
  req: IncomingMessage,
  res: ServerResponse,
  options: HttpServerOptions,
): Promise<void> {
  const { pathname, search } = new URL(req.url ?? '/', 'http://localhost')

  if (pathname === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
    const healthy = await options.dataSource.query('SELECT 1').then(
      () => true,
      (error: unknown) => {
        options.logger.warn(
          `Health check failed: ${error instanceof Error ? error.message : String(error)}`,
        )
        return false
      },
    )
    sendJson(res, healthy ? 200 : 503, { status: healthy ? 'ok' : 'unavailable' })
    return
  }
  if (pathname !== '/graphql') {
    sendJson(res, 404, { error: 'Not found; GraphQL is served at /graphql' })
    return
  }

  const body = await readBody(req)
  if (body.kind === 'too-large') {
    sendJson(res, 413, { error: `Request body exceeds ${MAX_BODY_BYTES} bytes` })
    return
  }
  let parsed: unknown
  if (body.text !== '' && isJson(req.headers['content-type'])) {
    try {
      parsed = JSON.parse(body.text)
    } catch {
      sendJson(res, 400, { error: 'Request body is not valid JSON' })
      return
    }
  }

  const headers = new HeaderMap()
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value)
  }
  const httpGraphQLRequest: HTTPGraphQLRequest = {
    method: (req.method ?? 'GET').toUpperCase(),
    headers,
    search,
    body: parsed,
  }

  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest,
    context: () => options.context({ authorization: req.headers.authorization }),
  })
  for (const [key, value] of response.headers) res.setHeader(key, value)
  res.statusCode = response.status ?? 200
  if (response.body.kind === 'complete') {
    res.end(response.body.string)
    return
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk)
  res.end()
}

type Body = { kind: 'ok'; text: string } | { kind: 'too-large' }

async function readBody(req: IncomingMessage): Promise<Body> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return { kind: 'too-large' }
    chunks.push(chunk)
  }
  return { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') }
}

function isJson(contentType: string | undefined): boolean {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase() ?? ''
  return mediaType === 'application/json' || mediaType.endsWith('+json')
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.statusCode = status
  res.setHeader('content-type', 'application/json; charset=utf-8')
  res.end(JSON.stringify(payload))
}
