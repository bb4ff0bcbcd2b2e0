/**
 * `npm run setup -w @idm/cms`: applies pending migrations and seeds the demo content. Safe to
 * run again; needs no terminal.
 */
import { settings } from '../config'
import { setup } from '../setup'
import { getStandalonePayload } from '../standalonePayload'

const started = Date.now()
const payload = await getStandalonePayload()
let exitCode = 0
try {
  const result = await setup(payload, { demoPassword: settings().demoPassword })
  const created = [...result.createdUsers, ...result.createdKnowledgeProducts]
  payload.logger.info(
    created.length > 0 ? `seeded: ${created.join(', ')}` : 'seed: everything was already there',
  )
  if (result.generatedPassword) {
    console.log(`Demo password (generated, DEMO_PASSWORD was not set): ${result.generatedPassword}`)
  }
  payload.logger.info(`CMS setup done in ${Date.now() - started} ms`)
} catch (error) {
  payload.logger.error({ err: error, msg: 'CMS setup failed' })
  exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
