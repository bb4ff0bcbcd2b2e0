import { type ApolloServer, HeaderMap } from '@apollo/server'
import {
  DEFAULT_HTTP_LIMITS,
  DEFAULT_SESSION_CHECK_TTL_MS,
  type OperationLimits,
  operationLimitsFrom,
  parseEnv,
  serviceSettings,
  silentLogger,
} from '@idm/edge'
import type { GraphQLFormattedError } from 'graphql'
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm'
import { SessionStore } from '../../src/auth/session-store'
import { type ContextFactory, createContextFactory, type RequestContext } from '../../src/context'
import { createDataSource } from '../../src/data-source'
import { prepareDatabase } from '../../src/database'
import { type RunningHttpServer, startHttpServer } from '../../src/http'
import { buildMonitorSchema } from '../../src/schema'
import { createApolloServer } from '../../src/apollo'
import { createTestDatabase, type TestDatabase } from './database'
import { createTestSessionDatabase, type TestSessionDatabase } from './session-database'
import { TEST_PAYLOAD_SECRET } from './tokens'

/** The operation limits a monitor runs with when no LIMIT_* variable is set. */
export const DEFAULT_LIMITS: OperationLimits = operationLimitsFrom(parseEnv(serviceSettings, {}))

export interface TestRequest {
  /** The `Authorization` header, e.g. "JWT <token>" from support/tokens.ts. */
  authorization?: string
  /** Another context factory than the monitor's own (e.g. one on an unreachable session store). */
  context?: ContextFactory
}

export interface GraphQLResult<TData> {
  data?: TData | null
  errors?: readonly GraphQLFormattedError[]
}

export interface TestMonitor {
  database: TestDatabase
  /** The stand-in for the CMS database: Payload's users and their sessions. */
  sessions: TestSessionDatabase
  sessionStore: SessionStore
  /** Every query the session store sent; clear it with `.length = 0`. */
  sessionQueries: string[]
  dataSource: DataSource
  apollo: ApolloServer<RequestContext>
  context: ContextFactory
  /** Set when started with `{ http: true }`: the real HTTP server on a free port. */
  url: string | undefined
  /** Every SQL statement sent through the DataSource, in order; clear it with `.length = 0`. */
  statements: string[]
  /**
   * Runs one operation through the real Apollo Server with a fresh request context, as an HTTP
   * POST would (the context reads `authorization`, e.g. "JWT <token>" from support/tokens.ts).
   */
  execute<TData>(
    query: string,
    variables?: Record<string, unknown>,
    request?: TestRequest,
  ): Promise<GraphQLResult<TData>>
  /** The same, also returning the HTTP status Apollo Server chose. */
  executeWithStatus<TData>(
    query: string,
    variables?: Record<string, unknown>,
    request?: TestRequest,
  ): Promise<GraphQLResult<TData> & { status: number }>
  /** Stops the server (HTTP included), the DataSource and the session store, then drops both databases. */
  destroy(): Promise<void>
}

export interface TestMonitorOptions {
  /** Also serve it over the real HTTP server on a free loopback port (`url`). */
  http?: boolean
  /** SESSION_CHECK_TTL_MS; default the production default. */
  sessionCheckTtlMs?: number
}

/**
 * The monitor subgraph on a database of its own, migrated and seeded exactly as at start-up, with
 * its session store on a throwaway CMS-like database (support/session-database.ts), under the
 * default operation limits and with introspection off, as in production.
 * Call `destroy` in `afterAll`; the databases are dropped even when setup fails.
 */
export async function startTestMonitor(options: TestMonitorOptions = {}): Promise<TestMonitor> {
  const [database, sessions] = await Promise.all([
    createTestDatabase(),
    createTestSessionDatabase(),
  ])
  const statements: string[] = []
  const sessionQueries: string[] = []
  const dataSource = createDataSource(
    { databaseUrl: database.url },
    { queryLogger: recordingLogger(statements) },
  )
  const sessionStore = new SessionStore({
    databaseUrl: sessions.url,
    checkTtlMs: options.sessionCheckTtlMs ?? DEFAULT_SESSION_CHECK_TTL_MS,
    logger: silentLogger,
    onQuery: (sql) => void sessionQueries.push(sql),
  })
  const context = createContextFactory(dataSource, {
    payloadSecret: TEST_PAYLOAD_SECRET,
    sessions: sessionStore,
  })
  let apollo: ApolloServer<RequestContext> | undefined
  let http: RunningHttpServer | undefined
  let url: string | undefined

  const destroy = async () => {
    try {
      await (http ? http.stop() : apollo?.stop())
      if (dataSource.isInitialized) await dataSource.destroy()
      await sessionStore.close()
    } finally {
      await Promise.all([database.drop(), sessions.drop()])
    }
  }

  try {
    await dataSource.initialize()
    await prepareDatabase(dataSource)
    apollo = createApolloServer({
      schema: await buildMonitorSchema(),
      logger: silentLogger,
      limits: DEFAULT_LIMITS,
      introspection: false,
    })
    if (options.http) {
      http = await startHttpServer({
        apollo,
        context,
        dataSource,
        sessions: sessionStore,
        host: '127.0.0.1',
        port: 0, // any free port
        maxBodyBytes: DEFAULT_HTTP_LIMITS.maxBodyBytes,
        logger: silentLogger,
      })
      url = http.url
    } else {
      await apollo.start()
    }
  } catch (error) {
    await destroy()
    throw error
  }

  const server = apollo
  const executeWithStatus = async <TData>(
    query: string,
    variables?: Record<string, unknown>,
    request: TestRequest = {},
  ): Promise<GraphQLResult<TData> & { status: number }> => {
    const headers = new HeaderMap([['content-type', 'application/json']])
    if (request.authorization !== undefined) headers.set('authorization', request.authorization)
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers,
        search: '',
        body: variables === undefined ? { query } : { query, variables },
      },
      context: () => (request.context ?? context)({ authorization: request.authorization }),
    })
    if (response.body.kind !== 'complete') {
      throw new Error('Expected a single (non-incremental) result')
    }
    const { data, errors } = JSON.parse(response.body.string) as GraphQLResult<TData>
    return { data, errors, status: response.status ?? 200 }
  }
  return {
    url,
    database,
    sessions,
    sessionStore,
    sessionQueries,
    dataSource,
    apollo: server,
    context,
    statements,
    destroy,
    executeWithStatus,
    async execute<TData>(
      query: string,
      variables?: Record<string, unknown>,
      request?: TestRequest,
    ) {
      const { data, errors } = await executeWithStatus<TData>(query, variables, request)
      return { data, errors }
    },
  }
}

function recordingLogger(statements: string[]): TypeOrmLogger {
  return {
    logQuery: (query) => void statements.push(query),
    logQueryError: () => undefined,
    logQuerySlow: () => undefined,
    logSchemaBuild: () => undefined,
    logMigration: () => undefined,
    log: () => undefined,
  }
}
