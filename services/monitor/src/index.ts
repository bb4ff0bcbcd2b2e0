import 'reflect-metadata'
import { ConfigError, createLogger } from '@idm/edge'
import { SessionStore } from './auth/session-store'
import { loadConfig } from './config'
import { createContextFactory } from './context'
import { createDataSource } from './data-source'
import { prepareDatabase } from './database'
import { startHttpServer } from './http'
import { buildMonitorSchema } from './schema'
import { createApolloServer } from './apollo'
import { electionDependencies } from './election/election.dependencies'
import { startAddressErasure } from './election/election.erasure'
import { ElectionService } from './election/election.service'

async function main(): Promise<void> {
  const config = loadConfig()
  const logger = createLogger('monitor', config.logLevel)

  const dataSource = createDataSource(config)
  const sessions = new SessionStore({
    databaseUrl: config.sessionStore.databaseUrl,
    checkTtlMs: config.sessionStore.checkTtlMs,
    logger,
  })
  const election = electionDependencies(config.election, logger)
  await dataSource.initialize()
  try {
    const { migrations, seed, taxonomy, demoAssessments } = await prepareDatabase(dataSource, {
      demoData: config.demoData,
    })
    logger.info(
      {
        migrations: migrations.length,
        municipalitiesWritten: seed.municipalitiesWritten,
        neighboursInserted: seed.neighboursInserted,
        neighboursDeleted: seed.neighboursDeleted,
        lifeDomainsWritten: taxonomy.lifeDomainsWritten,
        crpdArticlesWritten: taxonomy.crpdArticlesWritten,
        demoMeasurementsInserted: demoAssessments.measurementsInserted,
      },
      'database ready',
    )

    const apollo = createApolloServer({
      schema: await buildMonitorSchema(),
      logger,
      limits: config.limits,
      introspection: config.introspection,
    })
    const context = createContextFactory(dataSource, {
      payloadSecret: config.payloadSecret,
      sessions,
      election,
    })
    const erasure = startAddressErasure(new ElectionService(dataSource, election), logger)
    const server = await startHttpServer({
      apollo,
      context,
      trustProxy: config.trustProxy,
      dataSource,
      sessions,
      host: config.host,
      port: config.port,
      maxBodyBytes: config.maxBodyBytes,
      logger,
    })
    logger.info({ url: server.url }, 'monitor subgraph ready')

    let stopping = false
    const shutdown = (signal: NodeJS.Signals) => {
      if (stopping) return
      stopping = true
      logger.info({ signal }, 'shutting down')
      erasure.stop()
      server
        .stop()
        .then(() => Promise.all([dataSource.destroy(), sessions.close(), election.close()]))
        .then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, 'shutdown failed')
            process.exit(1)
          },
        )
    }
    process.once('SIGTERM', shutdown)
    process.once('SIGINT', shutdown)
  } catch (error) {
    await Promise.all([dataSource.destroy(), sessions.close(), election.close()])
    throw error
  }
}

main().catch((error: unknown) => {
  // A config error is the operator's to fix: the message says what; a stack adds nothing.
  if (error instanceof ConfigError) console.error(error.message)
  else createLogger('monitor').fatal({ err: error }, 'monitor failed to start')
  process.exit(1)
})
