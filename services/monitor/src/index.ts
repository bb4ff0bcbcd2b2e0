import 'reflect-metadata'
import { ConfigError, loadConfig } from './config'
import { createContextFactory } from './context'
import { createDataSource } from './data-source'
import { prepareDatabase } from './database'
import { startHttpServer } from './http'
import { createLogger } from './logger'
import { buildMonitorSchema } from './schema'
import { createApolloServer } from './server'

async function main(): Promise<void> {
  const config = loadConfig()
  const logger = createLogger(config.logLevel)

  const dataSource = createDataSource(config)
  await dataSource.initialize()
  try {
    const { migrations, seed, referenceData, demoAssessments } = await prepareDatabase(dataSource)
    logger.info(
      `database ready: ${migrations.length} migration(s) applied, ` +
        `${seed.municipalitiesWritten} municipalities written, ` +
        `${seed.neighboursInserted} neighbour links added, ${seed.neighboursDeleted} removed, ` +
        `${referenceData.lifeDomainsWritten} life domains and ` +
        `${referenceData.crpdArticlesWritten} CRPD articles written, ` +
        `${demoAssessments.measurementsInserted} synthetic demo measurements added`,
    )

    const apollo = createApolloServer({ schema: await buildMonitorSchema(), logger })
    const server = await startHttpServer({
      apollo,
      context: createContextFactory(dataSource, config),
      dataSource,
      host: config.host,
      port: config.port,
      logger,
    })
    logger.info(`monitor subgraph ready at ${server.url}`)

    let stopping = false
    const shutdown = (signal: NodeJS.Signals) => {
      if (stopping) return
      stopping = true
      logger.info(`${signal} received, shutting down`)
      server
        .stop()
        .then(() => dataSource.destroy())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error(`shutdown failed: ${error instanceof Error ? error.stack : String(error)}`)
            process.exit(1)
          },
        )
    }
    process.once('SIGTERM', shutdown)
    process.once('SIGINT', shutdown)
  } catch (error) {
    await dataSource.destroy()
    throw error
  }
}

main().catch((error: unknown) => {
  // A config error is the operator's to fix: the message says what; a stack adds nothing.
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
})
