import type { CollectionBeforeChangeHook } from 'payload'
import type { AdviceRequest } from '../../../payload-types'
import { AdviceRequestErrorCode, AdviceRequestValidationError } from '../errors'
import { idOf } from './idOf'

type ReplyRow = NonNullable<AdviceRequest['replies']>[number]

/** What `mailNewReplies` sends after the save: the replies this update added. */
export const NEW_REPLIES_CONTEXT = 'adviceNewReplies'

/**
 * Replies are the record of what the requester was told: a sent reply stays as it was (its text,
 * sender and time), and a new one gets its sender and time here, never from the client. The new
 * ones are handed to `mailNewReplies` through the request context.
 */
export const recordReplies: CollectionBeforeChangeHook<AdviceRequest> = ({
  data,
  originalDoc,
  req,
}) => {
  const previous = originalDoc?.replies ?? []
  if (data.replies === undefined) return data
  const incoming = data.replies ?? []
  const incomingById = new Map(incoming.filter((row) => row.id).map((row) => [row.id!, row]))
  for (const sent of previous) {
    const kept = sent.id ? incomingById.get(sent.id) : undefined
    if (!kept || kept.message.trim() !== sent.message.trim()) {
      throw new AdviceRequestValidationError(
        AdviceRequestErrorCode.ReplyImmutable,
        'replies',
        {
          nl: 'Een verzonden antwoord kan niet worden gewijzigd of verwijderd; voeg een nieuw antwoord toe.',
          en: 'A sent reply cannot be changed or removed; add a new reply instead.',
        },
        req,
      )
    }
  }
  const previousIds = new Set(previous.map((row) => row.id))
  const now = new Date().toISOString()
  const added: ReplyRow[] = []
  const replies: ReplyRow[] = incoming.map((row) => {
    const sent = row.id && previousIds.has(row.id) ? previous.find((p) => p.id === row.id) : null
    if (sent) return { ...sent, sentBy: idOf(sent.sentBy) ?? null }
    const reply: ReplyRow = {
      ...(row.id ? { id: row.id } : {}),
      message: row.message.trim(),
      sentAt: now,
      sentBy: idOf(req.user) ?? null,
    }
    added.push(reply)
    return reply
  })
  req.context[NEW_REPLIES_CONTEXT] = added.map((reply) => reply.message)
  return { ...data, replies }
}
