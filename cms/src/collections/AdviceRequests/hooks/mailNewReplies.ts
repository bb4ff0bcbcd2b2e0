import type { CollectionAfterChangeHook } from 'payload'
import type { AdviceRequest } from '../../../payload-types'
import { AdviceReplyNotSentError } from '../errors'
import { NEW_REPLIES_CONTEXT } from './recordReplies'

/**
 * Mails each reply this update added to the requester. It runs inside the update's transaction:
 * when the mail server does not take a reply, the hook throws and nothing of the update is saved,
 * so a reply in the record has always been handed to the mail server. (A crash between the hand-
 * over and the commit could send a reply that is not recorded; the adviser then sees it missing
 * and sends it again, which is the better of the two failures.)
 */
export const mailNewReplies: CollectionAfterChangeHook<AdviceRequest> = async ({ doc, req }) => {
  const messages: unknown = req.context[NEW_REPLIES_CONTEXT]
  if (!Array.isArray(messages) || messages.length === 0) return doc
  req.context[NEW_REPLIES_CONTEXT] = []
  for (const message of messages as string[]) {
    try {
      await req.payload.sendEmail({
        to: doc.contact.email,
        subject: `Antwoord op uw adviesvraag (Iedereen doet mee!, aanvraag ${doc.id})`,
        text: replyText(doc, message),
      })
    } catch (error) {
      req.payload.logger.error({ err: error, adviceRequest: doc.id }, 'advice: reply not sent')
      throw new AdviceReplyNotSentError(req)
    }
  }
  return doc
}

function replyText(doc: AdviceRequest, message: string): string {
  return [
    `Beste ${doc.contact.name},`,
    '',
    'Het projectteam van Iedereen doet mee! heeft uw adviesvraag beantwoord:',
    '',
    message,
    '',
    '— Uw vraag —',
    doc.question,
    '',
    'U kunt op deze e-mail niet reageren. Heeft u nog een vraag? Dien dan een nieuwe adviesvraag in.',
    '',
    'Met vriendelijke groet,',
    'Projectteam Iedereen doet mee! (VNG)',
  ].join('\n')
}
