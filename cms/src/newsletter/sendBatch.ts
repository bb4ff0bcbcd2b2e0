import type { Payload } from 'payload'
import type { NewsletterIssue } from '../payload-types'
import { loadIssueContent } from './issueContent'
import { issueMail, toMessage } from './mails'
import { unsubscribeTokenOf, unsubscribeUrl } from './tokens'

/** Subscribers claimed and mailed per job run; the job queues itself again until none are left. */
export const BATCH_SIZE = 50

export interface BatchResult {
  claimed: number
  sent: number
  skipped: number
  /** True when this run filled its batch: there may be more to send. */
  more: boolean
}

export interface SendBatchOptions {
  publicUrl: string
  batchSize?: number
}

/**
 * The issue's life domains decide who gets it: a subscriber without life domains gets every
 * issue, an issue without life domains goes to everyone, otherwise they must share one.
 */
const CLAIM = `
INSERT INTO newsletter_deliveries (issue_id, subscriber_id, status, claimed_at, updated_at, created_at)
SELECT $1, s.id, 'claimed', now(), now(), now()
  FROM newsletter_subscribers s
 WHERE s.state = 'confirmed'
   AND NOT EXISTS (SELECT 1 FROM newsletter_deliveries d WHERE d.issue_id = $1 AND d.subscriber_id = s.id)
   AND (cardinality($2::text[]) = 0
        OR NOT EXISTS (SELECT 1 FROM newsletter_subscribers_life_domains l WHERE l.parent_id = s.id)
        OR EXISTS (SELECT 1 FROM newsletter_subscribers_life_domains l
                    WHERE l.parent_id = s.id AND l.value::text = ANY($2::text[])))
 ORDER BY s.id
 LIMIT $3
ON CONFLICT (issue_id, subscriber_id) DO NOTHING
RETURNING id, subscriber_id`

const RECIPIENTS = `
SELECT count(*)::int AS count
  FROM newsletter_subscribers s
 WHERE s.state = 'confirmed'
   AND (cardinality($1::text[]) = 0
        OR NOT EXISTS (SELECT 1 FROM newsletter_subscribers_life_domains l WHERE l.parent_id = s.id)
        OR EXISTS (SELECT 1 FROM newsletter_subscribers_life_domains l
                    WHERE l.parent_id = s.id AND l.value::text = ANY($1::text[])))`

const PROGRESS = `
SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent,
       count(*) FILTER (WHERE status = 'skipped')::int AS skipped,
       count(*)::int AS claimed
  FROM newsletter_deliveries WHERE issue_id = $1`

/**
 * One batch of an issue: claim up to {@link BATCH_SIZE} confirmed subscribers that have no
 * delivery of this issue yet (one INSERT … ON CONFLICT DO NOTHING on the unique (issue,
 * subscriber) index, committed before any mail goes out), then mail each claimed one that is
 * still confirmed. At most once: a row is claimed before its mail is handed to SMTP, and nothing
 * ever sends for a claimed row again, so a crash between claim and SMTP's accept loses that
 * mail rather than sending it twice; a send that SMTP refused releases its claim (the job's
 * retry sends it).
 */
export async function sendBatch(
  payload: Payload,
  issueId: number,
  { publicUrl, batchSize = BATCH_SIZE }: SendBatchOptions,
): Promise<BatchResult> {
  const issue = await payload.findByID({
    collection: 'newsletter-issues',
    id: issueId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })
  // Deleted (an admin may) or done: nothing to send.
  if (issue?.status !== 'sending') return { claimed: 0, sent: 0, skipped: 0, more: false }
  const lifeDomains = issue.lifeDomains ?? []
  const pool = payload.db.pool
  if (issue.recipientCount == null) {
    const { rows } = await pool.query<{ count: number }>(RECIPIENTS, [lifeDomains])
    await updateIssue(payload, issueId, { recipientCount: rows[0]!.count })
  }

  const { rows: claims } = await pool.query<{ id: number; subscriber_id: number }>(CLAIM, [
    issueId,
    lifeDomains,
    batchSize,
  ])
  const content = await loadIssueContent(payload, issue, publicUrl)
  let sent = 0
  let skipped = 0
  let failure: unknown
  for (const [index, claim] of claims.entries()) {
    if (failure) {
      await pool.query('DELETE FROM newsletter_deliveries WHERE id = $1', [claim.id])
      continue
    }
    // Read now, not at claim time: who unsubscribed since is skipped.
    const subscriber = await payload.db.findOne<{
      id: number
      email: string
      state: string
      unsubscribeNonce?: string | null
    }>({ collection: 'newsletter-subscribers', where: { id: { equals: claim.subscriber_id } } })
    if (!subscriber || subscriber.state !== 'confirmed' || !subscriber.unsubscribeNonce) {
      await pool.query(
        `UPDATE newsletter_deliveries SET status = 'skipped', updated_at = now() WHERE id = $1`,
        [claim.id],
      )
      skipped++
      continue
    }
    const link = unsubscribeUrl(
      publicUrl,
      unsubscribeTokenOf(payload.secret, subscriber.unsubscribeNonce),
    )
    try {
      await payload.sendEmail(toMessage(subscriber.email, issueMail(content, link)))
    } catch (error) {
      // Refused before SMTP accepted it: release the claim so the retry sends it.
      await pool.query('DELETE FROM newsletter_deliveries WHERE id = $1', [claim.id])
      failure = error
      payload.logger.warn({
        msg: 'newsletter: SMTP refused a mail; the batch stops and is retried',
        issue: issueId,
        remaining: claims.length - index,
      })
      continue
    }
    await pool.query(
      `UPDATE newsletter_deliveries SET status = 'sent', sent_at = now(), updated_at = now() WHERE id = $1`,
      [claim.id],
    )
    sent++
  }

  const { rows } = await pool.query<{ sent: number; skipped: number; claimed: number }>(PROGRESS, [
    issueId,
  ])
  const progress = rows[0]!
  const more = failure === undefined && claims.length >= batchSize
  await updateIssue(payload, issueId, {
    sentCount: progress.sent,
    skippedCount: progress.skipped,
    ...(failure === undefined && !more ? { status: 'sent', sentAt: new Date().toISOString() } : {}),
  })
  if (failure !== undefined) throw failure
  return { claimed: claims.length, sent, skipped, more }
}

/** Progress fields are the job's alone: the issue's hook keeps editors' writes off them. */
export const PROGRESS_CONTEXT = { newsletterProgress: true } as const

function updateIssue(payload: Payload, id: number, data: Partial<NewsletterIssue>) {
  return payload.update({
    collection: 'newsletter-issues',
    id,
    data,
    overrideAccess: true,
    depth: 0,
    context: PROGRESS_CONTEXT,
  })
}
