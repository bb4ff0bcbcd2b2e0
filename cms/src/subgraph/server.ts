/**
 * `npm run subgraph -w @idm/cms`: the content subgraph on CONTENT_HOST:CONTENT_PORT. It reads the
 * CMS database through Payload's Local API as the calling user, so Payload's access rules decide
 * what each caller sees.
 */
import { settings } from '../config'
import { getStandalonePayload } from '../standalonePayload'
import { startContentServer } from './app'

const { contentHost, contentPort } = settings()
const payload = await getStandalonePayload()
const server = await startContentServer({ payload, host: contentHost, port: contentPort })
console.log(`content subgraph ready at ${server.url}`)

let stopping = false
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return
  stopping = true
  payload.logger.info(`content subgraph: ${signal}, stopping`)
  let exitCode = 0
  try {
    await server.stop()
    await payload.destroy()
  } catch (error) {
    payload.logger.error({ err: error, msg: 'content subgraph: unclean stop' })
    exitCode = 1
  }
  process.exit(exitCode)
}

process.once('SIGTERM', (signal) => void shutdown(signal))
process.once('SIGINT', (signal) => void shutdown(signal))
