import type { TaskConfig } from 'payload'
import { NEWSLETTER_QUEUE } from './sendNewsletterBatch.task'

export const PURGE_NEWSLETTER_TASK = 'purgeNewsletterSubscribers'

/** How long an unsubscribed address is kept (to answer a late click on an old mail's link). */
export const UNSUBSCRIBED_KEPT_DAYS = 30

/**
 * Data minimisation, daily: an address that never confirmed goes once its last confirmation link
 * has expired (7 days), an unsubscribed one 30 days after unsubscribing. Their deliveries stay,
 * without the subscriber (the counts do not change).
 */
export const purgeNewsletterSubscribersTask: TaskConfig = {
  slug: PURGE_NEWSLETTER_TASK,
  label: 'Nieuwsbrief: onbevestigde en afgemelde adressen opruimen',
  schedule: [{ cron: '0 3 * * *', queue: NEWSLETTER_QUEUE }],
  outputSchema: [{ name: 'deleted', type: 'number' }],
  retries: 2,
  handler: async ({ req }) => {
    const { rowCount } = await req.payload.db.pool.query(
      `DELETE FROM newsletter_subscribers
        WHERE (state = 'pending' AND (confirmation_expires_at IS NULL OR confirmation_expires_at < now()))
           OR (state = 'unsubscribed' AND unsubscribed_at < now() - make_interval(days => $1))`,
      [UNSUBSCRIBED_KEPT_DAYS],
    )
    return { output: { deleted: rowCount ?? 0 } }
  },
}
