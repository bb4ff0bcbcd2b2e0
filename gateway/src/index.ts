import { createLogger } from '@idm/edge'
import { ConfigError, loadConfig } from './config.js'
import { startGateway } from './app.js'

async function main(): Promise<void> {
  const config = loadConfig()
  const logger = createLogger('gateway', config.logLevel)
  const gateway = await startGateway(config, logger)
  logger.info(
    {
      introspection: config.introspection,
      rateLimit: config.rateLimit.enabled,
      limits: config.limits,
    },
    `gateway ready at ${gateway.url}`,
  )

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info(`${signal} received, stopping`)
    gateway.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'error while stopping')
        process.exit(1)
      },
    )
  }
  process.once('SIGTERM', () => shutdown('SIGTERM'))
  process.once('SIGINT', () => shutdown('SIGINT'))
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? `gateway: ${error.message}` : error)
  process.exit(1)
})
