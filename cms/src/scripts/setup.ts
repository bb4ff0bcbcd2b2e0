/**
 * `npm run setup -w @idm/cms`: applies pending migrations and, with DEMO_DATA=true, seeds the
 * demo content. Safe to run again; needs no terminal.
 */
import { settings } from '../config'
import { setup } from '../setup'
import { DEMO_USERS } from '../demo/users'
import { getStandalonePayload } from '../standalonePayload'

const started = Date.now()
const payload = await getStandalonePayload()
let exitCode = 0
try {
  const { demoData, demoPassword } = settings()
  const result = await setup(payload, { demoData, demoPassword })
  if (!result.demoData) {
    payload.logger.info('seed: skipped, DEMO_DATA is off (set DEMO_DATA=true for demo content)')
  } else {
    payload.logger.info(
      result.created.length > 0
        ? `seeded ${result.created.length} documents: ${result.created.join(', ')}`
        : 'seed: everything was already there',
    )
    console.log(
      `Demo logins (DEMO_PASSWORD): ${DEMO_USERS.map((user) => `${user.email} (${user.role})`).join(', ')}`,
    )
  }
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
