import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway'
import { EdgeErrorCode } from '@idm/edge'
import { GraphQLError } from 'graphql'
import { Agent, fetch } from 'undici'
import { CircuitBreaker } from './circuit-breaker.js'
import type { GatewayContext } from './context.js'

export interface SubgraphOptions {
  name: string
  url: string
  timeoutMs: number
  maxResponseBytes: number
}

/** Why a subgraph gave no usable answer; the code a client sees. */
class SubgraphFailure extends Error {
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
const CIRCUIT = { failureThreshold: 5, cooldownMs: 5_000 }

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

  constructor(subgraph: SubgraphOptions) {
    super({ url: subgraph.url })
    this.subgraph = subgraph
    this.agent = new Agent({
      connections: MAX_SOCKETS_PER_SUBGRAPH,
      keepAliveTimeout: KEEP_ALIVE_MS,
      connect: { timeout: subgraph.timeoutMs },
    })
    // RemoteGraphQLDataSource calls fetcher(url, init) and reads ok/status/headers/json/text.
    this.fetcher = ((url: string, init: RequestInit) => this.send(url, init)) as never
  }

  override willSendRequest({
    request,
    context,
  }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers
    if (!headers || !context || !('requestId' in context)) return
    headers.set('x-request-id', context.requestId)
    if (context.authorization) headers.set('authorization', context.authorization)
  }

  private async send(url: string, init: RequestInit): Promise<Response> {
    if (!this.breaker.allow()) {
      throw new SubgraphFailure(EdgeErrorCode.SubgraphUnavailable, 'circuit open')
    }
    const signal = AbortSignal.timeout(this.subgraph.timeoutMs)
    try {
      const response = await fetch(url, {
        method: init.method,
        headers: init.headers as Record<string, string>,
        body: init.body as string,
        dispatcher: this.agent,
        signal,
      })
      const body = await readCapped(response.body, this.subgraph.maxResponseBytes)
      // It answered: alive, whatever the status (an HTTP 5xx is reported, not tripped on).
      this.breaker.succeeded()
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers as unknown as Headers,
      })
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
  override async errorFromResponse(response: Response): Promise<GraphQLError> {
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
    return new SubgraphHttpError(
      this.subgraph.name,
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
        : error instanceof SubgraphHttpError
          ? new SubgraphFailure(error.failureCode, error.detail)
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

/** A subgraph answered with an HTTP error and no usable coded error; never shown as is. */
class SubgraphHttpError extends GraphQLError {
  constructor(
    readonly subgraph: string,
    readonly failureCode: EdgeErrorCode,
    readonly detail: string,
  ) {
    super(detail)
  }
}

interface SubgraphError {
  message: string
  extensions?: Record<string, unknown>
}

async function firstError(response: Response): Promise<SubgraphError | undefined> {
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
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array> {
  if (!body) return new Uint8Array()
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength
    if (size > maxBytes) {
      await body.cancel().catch(() => undefined)
      throw new SubgraphFailure(
        EdgeErrorCode.SubgraphResponseTooLarge,
        `answer over ${maxBytes} bytes`,
      )
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? error.message
}
