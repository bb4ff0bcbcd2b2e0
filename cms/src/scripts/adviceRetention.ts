/**
 * `npm run advice:retention -w @idm/cms`: the retention of advice requests (docs/advice.md), for
 * a daily cron job or Kubernetes CronJob; logs what it deleted and erased.
 */
import { applyAdviceRetention } from '../collections/AdviceRequests/retention'
import { getStandalonePayload } from '../standalonePayload'

const payload = await getStandalonePayload()
let exitCode = 0
try {
  const result = await applyAdviceRetention(payload)
  payload.logger.info({ ...result, msg: 'advice retention done' })
} catch (error) {
  payload.logger.error({ err: error, msg: 'advice retention failed' })
  exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
