import { type ApolloServer, HeaderMap } from '@apollo/server'
import type { GraphQLFormattedError } from 'graphql'
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm'
import { type ContextFactory, createContextFactory, type RequestContext } from '../../src/context'
import { createDataSource } from '../../src/data-source'
import { prepareDatabase } from '../../src/database'
import { startHttpServer } from '../../src/http'
import { silentLogger } from '../../src/logger'
import { buildMonitorSchema } from '../../src/schema'
import { createApolloServer } from '../../src/server'
import { createTestDatabase, type TestDatabase } from './database'
import { TEST_PAYLOAD_SECRET } from './tokens'

export interface GraphQLResult<TData> {
  data?: TData | null
  errors?: readonly GraphQLFormattedError[]
}

export interface TestMonitor {
  database: TestDatabase
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
    request?: { authorization?: string },
  ): Promise<GraphQLResult<TData>>
  /** The same, also returning the HTTP status Apollo Server chose. */
  executeWithStatus<TData>(
    query: string,
    variables?: Record<string, unknown>,
    request?: { authorization?: string },
  ): Promise<GraphQLResult<TData> & { status: number }>
  /** Stops the server (HTTP included) and the DataSource, then drops the database. */
  destroy(): Promise<void>
}

/**
 * The monitor subgraph on a database of its own, migrated and seeded exactly as at start-up.
 * Call `destroy` in `afterAll`; the database is dropped even when setup fails.
 */
export async function startTestMonitor(options: { http?: boolean } = {}): Promise<TestMonitor> {
  const database = await createTestDatabase()
  const statements: string[] = []
  const dataSource = createDataSource(
    { databaseUrl: database.url },
    { queryLogger: recordingLogger(statements) },
  )
  const context = createContextFactory(dataSource, { payloadSecret: TEST_PAYLOAD_SECRET })
  let apollo: ApolloServer<RequestContext> | undefined
  let url: string | undefined

  const destroy = async () => {
    try {
      await apollo?.stop()
      if (dataSource.isInitialized) await dataSource.destroy()
    } finally {
      await database.drop()
    }
  }

  try {
    await dataSource.initialize()
    await prepareDatabase(dataSource)
    apollo = createApolloServer({ schema: await buildMonitorSchema(), logger: silentLogger })
    if (options.http) {
      const http = await startHttpServer({
        apollo,
        context,
        dataSource,
        host: '127.0.0.1',
        port: 0, // any free port
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
    request: { authorization?: string } = {},
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
      context: () => context(request),
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
    dataSource,
    apollo: server,
    context,
    statements,
    destroy,
    executeWithStatus,
    async execute<TData>(
      query: string,
      variables?: Record<string, unknown>,
      request?: { authorization?: string },
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
