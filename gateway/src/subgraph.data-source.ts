import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway'
import { EdgeErrorCode } from '@idm/edge'
import { GraphQLError } from 'graphql'
import type { Readable } from 'node:stream'
import { Agent } from 'undici'
import { CircuitBreaker } from './circuit-breaker.js'
import type { GatewayContext } from './context.js'

export interface SubgraphOptions {
  name: string
  url: string
  timeoutMs: number
  maxResponseBytes: number
}

/**
 * Why a subgraph gave no usable answer (no answer, too large, an HTTP error without a coded
 * error): the code a client sees; the detail goes to the log only. A GraphQLError because
 * errorFromResponse must return one.
 */
class SubgraphFailure extends GraphQLError {
  constructor(
    readonly code: EdgeErrorCode,
    readonly detail: string,
  ) {
    super(detail)
  }
}

const FAILURE_MESSAGES: Partial<Record<EdgeErrorCode, string>> = {
  [EdgeErrorCode.SubgraphUnavailable]: 'is unavailable',
  [EdgeErrorCode.SubgraphTimeout]: 'did not answer in time',
  [EdgeErrorCode.SubgraphResponseTooLarge]: 'sent an answer that is too large',
  [EdgeErrorCode.SubgraphBadResponse]: 'sent an answer that could not be used',
}

// One keep-alive pool per subgraph, bounded, closing idle sockets before the subgraphs do (5 s).
const MAX_SOCKETS_PER_SUBGRAPH = 128
const KEEP_ALIVE_MS = 4_000
const CIRCUIT = { failureThreshold: 5, cooldownMs: 2_000 }

/**
 * How the gateway talks to one subgraph: forwards the caller's credentials and the request id,
 * bounds every request by a timeout and a response size, opens a circuit after repeated failures,
 * and turns every failure into a coded error that names the subgraph (SUBGRAPH_UNAVAILABLE,
 * SUBGRAPH_TIMEOUT, …) without its URL or body. A subgraph's 401 makes the whole answer 401.
 * The gateway judges no credentials itself: each subgraph decides access.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly subgraph: SubgraphOptions
  private readonly breaker = new CircuitBreaker(CIRCUIT)
  private readonly agent: Agent
  private readonly origin: string
  private readonly path: string

  constructor(subgraph: SubgraphOptions) {
    super({ url: subgraph.url })
    this.subgraph = subgraph
    this.agent = new Agent({
      connections: MAX_SOCKETS_PER_SUBGRAPH,
      keepAliveTimeout: KEEP_ALIVE_MS,
      connect: { timeout: subgraph.timeoutMs },
    })
    const target = new URL(subgraph.url)
    this.origin = target.origin
    this.path = `${target.pathname}${target.search}`
    // RemoteGraphQLDataSource calls fetcher(url, init) and reads ok/status/headers/json/text.
    this.fetcher = ((url: string, init: SubgraphRequestInit) => this.send(url, init)) as never
  }

  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers
    if (!headers || !context || !('requestId' in context)) return
    headers.set('x-request-id', context.requestId)
    if (context.authorization) headers.set('authorization', context.authorization)
    // Replaces whatever the caller sent: the subgraphs trust this hop, not the caller.
    if (context.clientIp) headers.set('x-forwarded-for', context.clientIp)
    if (context.userAgent) headers.set('user-agent', context.userAgent)
  }

  /**
   * Identical subgraph reads that are in flight share one HTTP request: a burst of the same page
   * costs the subgraph one execution instead of one per caller. The key holds the URL, the
   * caller's Authorization and the whole body, so callers share only what each would have got
   * on its own; every caller parses its own copy of the bytes (no shared mutable objects).
   */
  private readonly inFlight = new Map<string, Promise<SubgraphAnswer>>()

  private async send(url: string, init: SubgraphRequestInit): Promise<BufferedResponse> {
    const body = typeof init.body === 'string' ? init.body : ''
    const headers = init.headers ?? {}
    if (!isQuery(body)) return new BufferedResponse(await this.exchange(url, headers, body))
    const key = `${url}\n${headers.authorization ?? ''}\n${body}`
    let answer = this.inFlight.get(key)
    if (!answer) {
      answer = this.exchange(url, headers, body).finally(() => this.inFlight.delete(key))
      this.inFlight.set(key, answer)
    }
    return new BufferedResponse(await answer)
  }

  /**
   * One request on the keep-alive pool. undici's `request` rather than `fetch`: it writes the
   * headers and the body in one write and reads a Node stream, where `fetch` wrapped the string
   * body in a web stream (one socket write per chunk) and built WHATWG objects per request —
   * measured as a third of the gateway's CPU per request.
   */
  private async exchange(
    url: string,
    headers: Record<string, string>,
    body: string,
  ): Promise<SubgraphAnswer> {
    if (!this.breaker.allow()) {
      throw new SubgraphFailure(EdgeErrorCode.SubgraphUnavailable, 'circuit open')
    }
    const signal = AbortSignal.timeout(this.subgraph.timeoutMs)
    try {
      const response = await this.agent.request({
        origin: this.origin,
        path: this.path,
        method: 'POST',
        headers,
        body,
        signal,
      })
      const bytes = await readCapped(response.body, this.subgraph.maxResponseBytes)
      // It answered: alive, whatever the status (an HTTP 5xx is reported, not tripped on).
      this.breaker.succeeded()
      return { url, status: response.statusCode, headers: response.headers, body: bytes }
    } catch (error) {
      if (error instanceof SubgraphFailure) {
        this.breaker.succeeded() // it answered; the answer was the problem
        throw error
      }
      this.breaker.failed()
      if (signal.aborted) {
        throw new SubgraphFailure(
          EdgeErrorCode.SubgraphTimeout,
          `no answer within ${this.subgraph.timeoutMs} ms`,
        )
      }
      throw new SubgraphFailure(EdgeErrorCode.SubgraphUnavailable, describe(error))
    }
  }

  /** A non-2xx answer: the subgraph's own coded error where it gave one (4xx), else unavailable. */
  override async errorFromResponse(response: SubgraphHttpAnswer): Promise<GraphQLError> {
    const first = await firstError(response)
    const extensions = { subgraph: this.subgraph.name }
    if (response.status === 401) {
      return new SubgraphAuthError(
        first?.message ?? 'The login token is not accepted; log in again',
        {
          extensions: { code: EdgeErrorCode.Unauthenticated, ...pickReason(first), ...extensions },
        },
      )
    }
    const code = first?.extensions?.code
    if (typeof code === 'string' && code !== EdgeErrorCode.InternalServerError && first) {
      return new GraphQLError(first.message, {
        extensions: { code, ...pickReason(first), ...extensions },
      })
    }
    return new SubgraphFailure(
      response.status >= 500
        ? EdgeErrorCode.SubgraphUnavailable
        : EdgeErrorCode.SubgraphBadResponse,
      `HTTP ${response.status}`,
    )
  }

  override didEncounterError(
    error: Error,
    _fetchRequest: unknown,
    _fetchResponse: unknown,
    context?: GatewayContext,
    _request?: unknown,
  ): never {
    const log = context && 'log' in context ? context.log : undefined
    if (error instanceof SubgraphAuthError) {
      if (context && 'requestId' in context) context.authFailure ??= error
      throw error
    }
    const failure =
      error instanceof SubgraphFailure
        ? error
        : error instanceof GraphQLError
          ? undefined
          : new SubgraphFailure(EdgeErrorCode.SubgraphBadResponse, describe(error))
    if (!failure) throw error
    log?.warn(
      { subgraph: this.subgraph.name, code: failure.code, detail: failure.detail },
      'subgraph request failed',
    )
    throw new GraphQLError(
      `The ${this.subgraph.name} service ${FAILURE_MESSAGES[failure.code] ?? 'failed'}; its fields are null`,
      { extensions: { code: failure.code, subgraph: this.subgraph.name } },
    )
  }

  async close(): Promise<void> {
    await this.agent.close()
  }
}

/** A subgraph refused the caller's token (HTTP 401). */
class SubgraphAuthError extends GraphQLError {}

/** What errorFromResponse reads of a non-2xx answer. */
interface SubgraphHttpAnswer {
  status: number
  json(): Promise<unknown>
}

interface SubgraphError {
  message: string
  extensions?: Record<string, unknown>
}

async function firstError(response: SubgraphHttpAnswer): Promise<SubgraphError | undefined> {
  try {
    const body = (await response.json()) as { errors?: SubgraphError[] }
    const first = body.errors?.[0]
    return typeof first?.message === 'string' ? first : undefined
  } catch {
    return undefined
  }
}

function pickReason(error: SubgraphError | undefined): { reason?: string } {
  const reason = error?.extensions?.reason
  return typeof reason === 'string' ? { reason } : {}
}

/** Reads a body of at most `maxBytes`; a larger one is cut off and refused. */
async function readCapped(body: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.byteLength
    if (size > maxBytes) {
      body.destroy()
      throw new SubgraphFailure(
        EdgeErrorCode.SubgraphResponseTooLarge,
        `answer over ${maxBytes} bytes`,
      )
    }
    chunks.push(chunk)
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)
}

/** What RemoteGraphQLDataSource passes its fetcher. */
interface SubgraphRequestInit {
  method?: string
  headers?: Record<string, string>
  body?: string | Buffer
}

/** A subgraph's whole answer, read once; shared by deduplicated callers, never mutated. */
interface SubgraphAnswer {
  url: string
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

// The gateway plans reads as `query …` or `{ … }` and writes as `mutation …`; the body is
// JSON.stringify({ query, … }), so its start names the operation type. Only reads are shared.
function isQuery(body: string): boolean {
  return body.startsWith('{"query":"query') || body.startsWith('{"query":"{')
}

/**
 * The fetch Response contract RemoteGraphQLDataSource reads (status, headers, json/text), over
 * bytes already in memory: no web stream per answer, and each caller gets its own parse.
 */
class BufferedResponse {
  readonly url: string
  readonly status: number
  readonly ok: boolean
  readonly statusText = ''
  readonly redirected = false
  readonly headers: Headers
  private readonly bytes: Buffer
  private used = false

  constructor(answer: SubgraphAnswer) {
    this.url = answer.url
    this.status = answer.status
    this.ok = answer.status >= 200 && answer.status < 300
    this.bytes = answer.body
    this.headers = new Headers()
    for (const [name, value] of Object.entries(answer.headers)) {
      if (Array.isArray(value)) for (const item of value) this.headers.append(name, item)
      else if (value !== undefined) this.headers.set(name, value)
    }
  }

  get bodyUsed(): boolean {
    return this.used
  }

  async text(): Promise<string> {
    this.used = true
    return this.bytes.toString('utf8')
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text())
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    this.used = true
    const copy = new ArrayBuffer(this.bytes.byteLength)
    new Uint8Array(copy).set(this.bytes)
    return copy
  }

  clone(): BufferedResponse {
    return new BufferedResponse({
      url: this.url,
      status: this.status,
      headers: Object.fromEntries(this.headers),
      body: this.bytes,
    })
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? error.message
}
