import { ConfigError, loadConfig } from './config.js'
import { startGateway } from './server.js'

async function main(): Promise<void> {
  const config = loadConfig()
  const gateway = await startGateway(config)
  console.log(`gateway ready at ${gateway.url}`)

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    console.log(`gateway: ${signal} received, stopping`)
    gateway.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('gateway: error while stopping', error)
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
