import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'
import type { NewsletterIssue } from '../../../payload-types'
import {
  NEWSLETTER_QUEUE,
  SEND_NEWSLETTER_TASK,
} from '../../../newsletter/sendNewsletterBatch.task'

const PROGRESS_FIELDS = [
  'status',
  'recipientCount',
  'sentCount',
  'skippedCount',
  'sendStartedAt',
  'sentAt',
] as const

/**
 * Progress is the sending job's (it writes with `context.newsletterProgress`); an editor's save
 * keeps it as it was. "Versturen" on a draft turns it into `sending` once.
 */
export const keepProgressAndRequestSending: CollectionBeforeChangeHook<NewsletterIssue> = ({
  data,
  originalDoc,
  context,
}) => {
  if (context.newsletterProgress) return data
  for (const field of PROGRESS_FIELDS) {
    ;(data as Record<string, unknown>)[field] =
      originalDoc?.[field] ?? (field === 'status' ? 'draft' : null)
  }
  if (data.send && data.status === 'draft') {
    data.status = 'sending'
    data.sendStartedAt = new Date().toISOString()
  }
  data.send = false
  return data
}

/** Queues the first batch when an issue starts sending, in the save's own transaction. */
export const queueSending: CollectionAfterChangeHook<NewsletterIssue> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status === 'sending' && previousDoc?.status !== 'sending') {
    await req.payload.jobs.queue({
      task: SEND_NEWSLETTER_TASK,
      input: { issue: doc.id },
      queue: NEWSLETTER_QUEUE,
      req,
    })
  }
  return doc
}
