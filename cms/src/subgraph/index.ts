/**
 * `npm run subgraph -w @idm/cms`: the content subgraph on CONTENT_HOST:CONTENT_PORT. It reads the
 * CMS database through Payload's Local API as the calling user, so Payload's access rules decide
 * what each caller sees.
 */
import { createLogger } from '@idm/edge'
import { ConfigError, parseContentServerSettings } from '../config'
import { getStandalonePayload } from '../standalonePayload'
import { startContentServer } from './app'

// Every bad variable, the CMS's and the subgraph's, stops the process here in one message.
function loadSettings(): ReturnType<typeof parseContentServerSettings> {
  try {
    return parseContentServerSettings(process.env)
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    // For the operator, not a crash: the message names each variable; a stack adds nothing.
    console.error(error.message)
    process.exit(1)
  }
}

const { cms, subgraph } = loadSettings()
const logger = createLogger('content', subgraph.logLevel)
// Payload keeps its own logger for its internals; requests and subgraph errors log through ours.
// It runs the jobs queues too (the newsletter's batches, scheduled publishing), so they run in
// a deployment whatever serves the admin; CMS_JOBS_AUTORUN=false switches that off.
const payload = await getStandalonePayload({ cron: true })
const server = await startContentServer({
  payload,
  host: cms.contentHost,
  port: cms.contentPort,
  logger,
  settings: subgraph,
})
logger.info({ url: server.url }, 'content subgraph ready')

let stopping = false
async function shutdown(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return
  stopping = true
  logger.info({ signal }, 'content subgraph stopping')
  let exitCode = 0
  try {
    await server.stop()
    await payload.destroy()
  } catch (error) {
    logger.error({ err: error }, 'content subgraph: unclean stop')
    exitCode = 1
  }
  process.exit(exitCode)
}

process.once('SIGTERM', (signal) => void shutdown(signal))
process.once('SIGINT', (signal) => void shutdown(signal))
