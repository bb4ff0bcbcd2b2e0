import type { TaskConfig } from 'payload'
import { applyAdviceRetention } from './retention'

export const ADVICE_RETENTION_TASK = 'adviceRetention'

/**
 * The retention of advice requests (docs/advice.md, "Data kept"), daily at 03:30 on the default
 * queue, which every long-running CMS process runs: no cron job outside the platform is needed.
 * `npm run advice:retention -w @idm/cms` runs the same once, by hand.
 */
export const adviceRetentionTask: TaskConfig = {
  slug: ADVICE_RETENTION_TASK,
  label: 'Advies op maat: verlopen en afgesloten aanvragen opschonen',
  schedule: [{ cron: '30 3 * * *', queue: 'default' }],
  outputSchema: [
    { name: 'deletedUnconfirmed', type: 'number' },
    { name: 'erasedContacts', type: 'number' },
  ],
  retries: 2,
  handler: async ({ req }) => ({ output: await applyAdviceRetention(req.payload) }),
}
