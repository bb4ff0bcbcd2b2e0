import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest } from '@apollo/server'
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer'
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled'
import type { Payload } from 'payload'
import { createContext, type ContentContext } from './context'
import { ContentError } from './errors'
import { createFormatError, toGraphQLError } from './formatError'
import { buildContentSchema } from './schema'

const GRAPHQL_PATH = '/graphql'
const HEALTH_PATH = '/health'
const MAX_BODY_BYTES = 1024 * 1024

export interface ContentServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4002/graphql. */
  url: string
  apollo: ApolloServer<ContentContext>
  stop(): Promise<void>
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(body))
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

async function toGraphQLRequest(req: IncomingMessage, url: URL): Promise<HTTPGraphQLRequest> {
  const headers = new HeaderMap()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const raw = req.method === 'POST' ? await readBody(req) : ''
  let body: unknown = raw
  if (raw && headers.get('content-type')?.includes('json')) {
    try {
      body = JSON.parse(raw)
    } catch {
      throw new HttpError(400, 'Malformed JSON body')
    }
  }
  return { method: req.method ?? 'GET', headers, search: url.search, body }
}

/** The Apollo server of the content subgraph, without a listener (tests execute on it directly). */
export function createContentApollo(
  payload: Payload,
  httpServer?: Server,
): ApolloServer<ContentContext> {
  return new ApolloServer<ContentContext>({
    schema: buildContentSchema(),
    formatError: createFormatError((error) =>
      payload.logger.error({ err: error, msg: 'content subgraph: unexpected error' }),
    ),
    includeStacktraceInErrorResponses: false,
    // server.ts stops Apollo and Payload on SIGTERM/SIGINT and exits 0; Apollo's own handler
    // would re-raise the signal after stopping and end the process with 143.
    stopOnTerminationSignals: false,
    plugins: [
      // No usage reporting to Apollo Studio, so no per-request trace either.
      ApolloServerPluginInlineTraceDisabled(),
      // The gateway offers the explorer; the subgraph stays a plain API without CDN assets.
      ApolloServerPluginLandingPageDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  })
}

/** Context for one request, with token errors turned into a 401 GraphQL error. */
export async function contextFor(
  payload: Payload,
  authorization: string | undefined,
): Promise<ContentContext> {
  try {
    return await createContext(payload, authorization)
  } catch (error) {
    throw error instanceof ContentError ? toGraphQLError(error) : error
  }
}

/**
 * Serves the content subgraph at `/graphql` and a liveness probe at `/health` on plain node:http.
 * Port 0 picks a free port (tests).
 */
export async function startContentServer({
  payload,
  host,
  port,
}: {
  payload: Payload
  host: string
  port: number
}): Promise<ContentServer> {
  const httpServer = createServer()
  const apollo = createContentApollo(payload, httpServer)
  await apollo.start()

  httpServer.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname === HEALTH_PATH) {
      sendJson(res, 200, { status: 'ok' })
      return
    }
    if (url.pathname !== GRAPHQL_PATH) {
      sendJson(res, 404, { error: `Not found; the GraphQL endpoint is ${GRAPHQL_PATH}` })
      return
    }
    void (async () => {
      try {
        const response = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: await toGraphQLRequest(req, url),
          context: () => contextFor(payload, req.headers.authorization),
        })
        for (const [name, value] of response.headers) res.setHeader(name, value)
        res.statusCode = response.status ?? 200
        if (response.body.kind === 'complete') {
          res.end(response.body.string)
          return
        }
        for await (const chunk of response.body.asyncIterator) res.write(chunk)
        res.end()
      } catch (error) {
        if (error instanceof HttpError) {
          sendJson(res, error.status, {
            errors: [{ message: error.message, extensions: { code: 'BAD_REQUEST' } }],
          })
          return
        }
        payload.logger.error({ err: error, msg: 'content subgraph: request failed' })
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] })
        else res.end()
      }
    })()
  })

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(port, host, () => {
      httpServer.off('error', reject)
      resolve()
    })
  })
  const address = httpServer.address() as AddressInfo
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address

  return {
    url: `http://${urlHost}:${address.port}${GRAPHQL_PATH}`,
    apollo,
    // Drains open requests (drain plugin), then closes the listener.
    stop: () => apollo.stop(),
  }
}
