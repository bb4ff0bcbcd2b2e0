import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ApolloServer, BaseContext } from '@apollo/server'
import { expressMiddleware } from '@as-integrations/express5'
import express, {
  type ErrorRequestHandler,
  type Express,
  type Request,
  type RequestHandler,
  type Response,
} from 'express'
import { EdgeErrorCode, sendError } from './errors'
import type { Logger } from './logger'

/** A dependency `/ready` checks; it throws (or times out) when the dependency is unreachable. */
export interface ReadinessCheck {
  name: string
  check: () => Promise<unknown>
}

export interface HttpHostOptions {
  /** The service's name, in `/health`, `/ready` and every log line. */
  service: string
  logger: Logger
  /** Largest JSON body accepted; larger ones get 413 PAYLOAD_TOO_LARGE. */
  maxBodyBytes: number
  readiness?: ReadinessCheck[]
  /**
   * `all` (default): ready only when every check passes. `any`: ready while at least one passes
   * (the gateway, which still answers partially when one subgraph is down).
   */
  readyWhen?: 'all' | 'any'
  /** Express's `trust proxy`: which proxies may set X-Forwarded-For (the client IP). */
  trustProxy?: boolean | number | string
}

export interface GraphQLRouteOptions<TContext extends BaseContext> {
  /** A started Apollo Server (typed loosely: ESM and CommonJS consumers hold different type copies). */
  apollo: object
  context: (req: Request, res: Response) => Promise<TContext>
  /** Middleware that runs before the body is read (rate limits, CORS). */
  before?: RequestHandler[]
  /** Middleware that runs on the parsed JSON body, before Apollo Server. */
  afterBody?: RequestHandler[]
}

/**
 * Sees every request before Express, as Node hands it over: it answers the request itself, or
 * calls `next` to hand it to Express untouched — or with its body read by `preReadJsonBody`,
 * which Express then keeps. `HttpHost.express` gives it Express's view (`req.ip`, `req.accepts`)
 * when it needs one.
 */
export type FrontHandler = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  next: () => void,
) => void

export interface HttpHost {
  app: Express
  server: http.Server
  /** Puts a handler in front of Express (one; the gateway's response-cache hits). */
  front(handler: FrontHandler): void
  /** The request as Express sees it (what Express's app.handle does first; it does it again). */
  express(req: http.IncomingMessage, res: http.ServerResponse): Request
  /** Serves Apollo Server at `path`: GET and POST with a JSON body, everything else refused in JSON. */
  graphql<TContext extends BaseContext>(path: string, options: GraphQLRouteOptions<TContext>): void
  /** Adds the JSON 404 and error handlers, then listens; resolves with the base URL. */
  listen(host: string, port: number): Promise<string>
}

const REQUEST_ID = /^[\w.:-]{1,128}$/
const READY_TIMEOUT_MS = 2_000

/**
 * The one way every service of the graph hosts HTTP: Express 5 with Apollo's integration,
 * a request id on every request and log line, `/health` (the process is up) and `/ready` (its
 * dependencies answer), and JSON with `errors[].extensions.code` for every answer, whatever went
 * wrong: a body that is not JSON, one over the limit, a wrong content type, an unknown route.
 * No stack frame, path or internal detail reaches a client; the log has it under the request id.
 */
export function createHttpHost(options: HttpHostOptions): HttpHost {
  const { logger, service } = options
  const app = express()
  app.disable('x-powered-by')
  app.disable('etag')
  app.set('trust proxy', options.trustProxy ?? false)

  app.use(requestLog(logger))

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service })
  })
  app.get('/ready', async (req, res) => {
    const checks = await Promise.all(
      (options.readiness ?? []).map(async ({ name, check }) => {
        try {
          await withTimeout(check(), READY_TIMEOUT_MS)
          return [name, 'ok'] as const
        } catch (error) {
          req.log.warn({ err: error, check: name }, 'readiness check failed')
          return [name, 'unavailable'] as const
        }
      }),
    )
    const passing = checks.filter(([, state]) => state === 'ok').length
    const ready =
      options.readyWhen === 'any' ? passing > 0 || checks.length === 0 : passing === checks.length
    res.status(ready ? 200 : 503).json({
      status: ready ? (passing === checks.length ? 'ready' : 'degraded') : 'unavailable',
      service,
      checks: Object.fromEntries(checks),
    })
  })

  let front: FrontHandler | undefined
  const server = http.createServer((req, res) => {
    if (!front) return app(req, res)
    front(req, res, () => app(req, res))
  })
  // Slow clients cannot hold a connection open forever (slowloris).
  server.headersTimeout = 10_000
  server.requestTimeout = 30_000
  server.keepAliveTimeout = 5_000

  const json = express.json({ limit: options.maxBodyBytes, type: isJsonRequest })

  return {
    app,
    server,
    front(handler) {
      front = handler
    },
    express(req, res) {
      const expressReq = Object.setPrototypeOf(req, app.request) as Request
      const expressRes = Object.setPrototypeOf(res, app.response) as Response
      expressReq.res = expressRes
      expressRes.req = expressReq
      return expressReq
    },
    graphql(path, route) {
      app.all(
        path,
        (req, res, next) => {
          if (req.method === 'GET' || req.method === 'POST' || req.method === 'OPTIONS')
            return next()
          res.setHeader('allow', 'GET, POST, OPTIONS')
          sendError(
            res,
            405,
            EdgeErrorCode.MethodNotAllowed,
            `${req.method} is not allowed here; use GET or POST`,
          )
        },
        ...(route.before ?? []),
        (req, res, next) => {
          if (req.method !== 'POST' || isJsonRequest(req)) return next()
          sendError(
            res,
            415,
            EdgeErrorCode.UnsupportedMediaType,
            'Send the operation as JSON: Content-Type: application/json',
          )
        },
        json,
        (req, _res, next) => next(preReadError(req)),
        ...(route.afterBody ?? []),
        expressMiddleware(route.apollo as ApolloServer<BaseContext>, {
          context: ({ req, res }) => route.context(req, res),
        }),
      )
    },
    async listen(host, port) {
      app.use((req, res) => {
        sendError(
          res,
          404,
          EdgeErrorCode.NotFound,
          `Nothing is served at ${req.method} ${req.path}`,
        )
      })
      app.use(errorHandler)
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, host, () => {
          server.off('error', reject)
          resolve()
        })
      })
      const address = server.address() as AddressInfo
      const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address
      return `http://${urlHost}:${address.port}`
    },
  }
}

const PRE_READ = Symbol('preRead')
interface PreReadState {
  text?: string
  error?: HttpError
}
type PreRead = http.IncomingMessage & { body?: unknown; [PRE_READ]?: PreReadState }

/**
 * Reads a small JSON body before Express and resolves with its text. When the request then
 * reaches a GraphQL route, the text is parsed there with the outcome `express.json` would have:
 * `req.body`, or (for a body that is not JSON, or an aborted request) the same error. Undefined,
 * and nothing read, for a request it does not take: not a POST of `application/json` (or
 * `+json`) in UTF-8, no Content-Length, a length of 0 or over `maxBytes`, or a Content-Encoding —
 * Express reads (or refuses) those itself.
 */
export function preReadJsonBody(
  req: http.IncomingMessage,
  maxBytes: number,
): Promise<string | undefined> | undefined {
  const { headers } = req
  const length = Number(headers['content-length'])
  if (
    req.method !== 'POST' ||
    !(length > 0 && length <= maxBytes) ||
    headers['transfer-encoding'] !== undefined ||
    (headers['content-encoding'] !== undefined && headers['content-encoding'] !== 'identity') ||
    !isJsonRequest(req) ||
    !isUtf8(headers['content-type'] ?? '')
  ) {
    return undefined
  }
  const state: PreReadState = {}
  ;(req as PreRead)[PRE_READ] = state
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let received = 0
    req.on('data', (chunk: Buffer) => {
      received += chunk.byteLength
      chunks.push(chunk)
    })
    // A client that leaves mid-body (Node destroys the request with an error).
    req.once('error', () => {
      state.error ??= { type: 'request.aborted', status: 400 }
      resolve(undefined)
    })
    req.once('end', () => {
      if (received !== length) {
        state.error = { type: 'request.size.invalid', status: 400 }
        return resolve(undefined)
      }
      const raw = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8')
      state.text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
      resolve(state.text)
    })
  })
}

/** Parses a pre-read body into `req.body` (a cached answer never needed it parsed). */
function preReadError(req: http.IncomingMessage): HttpError | undefined {
  const state = (req as PreRead)[PRE_READ]
  if (!state || state.error) return state?.error
  const text = state.text ?? ''
  const first = /\S/.exec(text)?.[0]
  try {
    // body-parser's strict mode: an object or an array, nothing else.
    if (first !== '{' && first !== '[') throw new SyntaxError('not an object or array')
    ;(req as PreRead).body = JSON.parse(text)
    return undefined
  } catch {
    return { type: 'entity.parse.failed', status: 400 }
  }
}

function isUtf8(contentType: string): boolean {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]
  return charset === undefined || charset.toLowerCase() === 'utf-8'
}

function isJsonRequest(req: http.IncomingMessage): boolean {
  const mediaType = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase() ?? ''
  return mediaType === 'application/json' || mediaType.endsWith('+json')
}

interface HttpError {
  status?: number
  statusCode?: number
  type?: string
  expose?: boolean
}

/** body-parser's error types, as the answers a client gets. */
const BODY_ERRORS: Record<string, [number, EdgeErrorCode, string]> = {
  'entity.too.large': [413, EdgeErrorCode.PayloadTooLarge, 'The request body is too large'],
  'entity.parse.failed': [400, EdgeErrorCode.BadRequest, 'The request body is not valid JSON'],
  'encoding.unsupported': [415, EdgeErrorCode.UnsupportedMediaType, 'Unsupported content encoding'],
  'charset.unsupported': [
    415,
    EdgeErrorCode.UnsupportedMediaType,
    'Unsupported charset; use UTF-8',
  ],
  'request.aborted': [400, EdgeErrorCode.BadRequest, 'The request was aborted'],
  'request.size.invalid': [400, EdgeErrorCode.BadRequest, 'The request body is incomplete'],
}

const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const httpError = (typeof error === 'object' && error !== null ? error : {}) as HttpError
  const known = httpError.type ? BODY_ERRORS[httpError.type] : undefined
  if (known) {
    const [status, code, message] = known
    if (code === EdgeErrorCode.PayloadTooLarge) res.setHeader('connection', 'close')
    sendError(res, status, code, message)
    return
  }
  const status = httpError.status ?? httpError.statusCode ?? 500
  if (status >= 400 && status < 500) {
    sendError(res, status, EdgeErrorCode.BadRequest, 'The request is malformed')
    return
  }
  req.log.error({ err: error }, 'request failed')
  sendError(res, 500, EdgeErrorCode.InternalServerError, 'Internal server error')
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  return Promise.race([
    promise,
    new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms)
    }),
  ]).finally(() => clearTimeout(timer))
}

const UNLOGGED_PATHS = new Set(['/health', '/ready'])

/**
 * The request id (the caller's `x-request-id` when well-formed, else a new UUID) on the request,
 * the answer and every log line; `req.log`, the request's logger, made only when something logs
 * (a child logger per request costs more than a cached answer); and one access line per answer
 * (`request completed`, or `request aborted` when the client left first) at info, warn (4xx) or
 * error (5xx), built only when that level is on. Probes are not logged.
 */
function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const id = assignRequestId(req, res)
    let child: Logger | undefined
    Object.defineProperty(req, 'log', {
      configurable: true,
      enumerable: false,
      get: () => (child ??= logger.child({ reqId: id })),
    })
    if (UNLOGGED_PATHS.has(req.path)) return next()
    const started = performance.now()
    const done = (message: string) => {
      const status = res.statusCode
      const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info'
      if (!logger.isLevelEnabled(level)) return
      logger[level](
        {
          reqId: id,
          req: { method: req.method, url: req.originalUrl },
          res: { statusCode: status },
          responseTime: Math.round(performance.now() - started),
        },
        message,
      )
    }
    res.once('finish', () => done('request completed'))
    res.once('close', () => {
      if (!res.writableFinished) done('request aborted')
    })
    next()
  }
}

/**
 * The request's id — the caller's `x-request-id` when well-formed, else a new UUID — on `req.id`
 * and the answer's `x-request-id`; kept when a handler in front of Express gave it already.
 */
export function assignRequestId(req: http.IncomingMessage, res: http.ServerResponse): string {
  if (typeof req.id === 'string') return req.id
  const incoming = req.headers['x-request-id']
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
  req.id = id
  res.setHeader('x-request-id', id)
  return id
}

/** The request id and the request's logger (a child of the service logger that names the id). */
export function requestMeta(req: http.IncomingMessage): { requestId: string; log: Logger } {
  return { requestId: String(req.id), log: req.log as Logger }
}
