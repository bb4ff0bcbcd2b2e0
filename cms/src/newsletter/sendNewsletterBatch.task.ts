import type { TaskConfig } from 'payload'
import { BATCH_SIZE, sendBatch } from './sendBatch'
import { gatewayPublicUrl } from './tokens'

export const NEWSLETTER_QUEUE = 'newsletter'
export const SEND_NEWSLETTER_TASK = 'sendNewsletterBatch'

/**
 * Sends one batch of an issue and queues the next until every matching confirmed subscriber has
 * a delivery. After a restart the queued job (or Payload's retry) goes on with the subscribers
 * not yet claimed.
 */
export const sendNewsletterBatchTask: TaskConfig = {
  slug: SEND_NEWSLETTER_TASK,
  label: 'Nieuwsbrief versturen (één batch)',
  inputSchema: [{ name: 'issue', type: 'number', required: true }],
  outputSchema: [
    { name: 'claimed', type: 'number' },
    { name: 'sent', type: 'number' },
    { name: 'skipped', type: 'number' },
  ],
  retries: 3,
  handler: async ({ input, req }) => {
    const issue = Number((input as { issue: number }).issue)
    const result = await sendBatch(req.payload, issue, {
      publicUrl: gatewayPublicUrl(req.payload),
      batchSize: BATCH_SIZE,
    })
    if (result.more) {
      await req.payload.jobs.queue({
        task: SEND_NEWSLETTER_TASK,
        input: { issue },
        queue: NEWSLETTER_QUEUE,
        req,
      })
    }
    return { output: { claimed: result.claimed, sent: result.sent, skipped: result.skipped } }
  },
}
