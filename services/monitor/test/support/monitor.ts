import type { ApolloServer } from '@apollo/server'
import type { GraphQLFormattedError } from 'graphql'
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm'
import { createContextFactory, type RequestContext } from '../../src/context'
import { createDataSource } from '../../src/data-source'
import { prepareDatabase } from '../../src/database'
import { startHttpServer } from '../../src/http'
import { silentLogger } from '../../src/logger'
import { buildMonitorSchema } from '../../src/schema'
import { createApolloServer } from '../../src/server'
import { createTestDatabase, type TestDatabase } from './database'

export interface GraphQLResult<TData> {
  data?: TData | null
  errors?: readonly GraphQLFormattedError[]
}

export interface TestMonitor {
  database: TestDatabase
  dataSource: DataSource
  apollo: ApolloServer<RequestContext>
  context: () => Promise<RequestContext>
  /** Set when started with `{ http: true }`: the real HTTP server on a free port. */
  url: string | undefined
  /** Every SQL statement sent through the DataSource, in order; clear it with `.length = 0`. */
  statements: string[]
  /** Runs one operation through the real Apollo Server with a fresh request context. */
  execute<TData>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<TData>>
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
  const context = createContextFactory(dataSource)
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
  return {
    url,
    database,
    dataSource,
    apollo: server,
    context,
    statements,
    destroy,
    async execute<TData>(query: string, variables?: Record<string, unknown>) {
      const response = await server.executeOperation<TData>(
        { query, variables },
        { contextValue: await context() },
      )
      if (response.body.kind !== 'single')
        throw new Error('Expected a single (non-incremental) result')
      const { data, errors } = response.body.singleResult
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
