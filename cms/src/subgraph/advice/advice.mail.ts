import type { Payload } from 'payload'
import { ADVICE_FORM_LABELS } from '../../collections/AdviceRequests/topics'
import type { ValidAdviceInput } from './advice.input'

/** The gateway's pages behind the mailed links (gateway/src/advice-pages.ts). */
export const CONFIRM_PATH = '/advies/bevestigen'
export const STATUS_PATH = '/advies/status'

export const linkTo = (publicUrl: string, path: string, token: string) =>
  `${publicUrl}${path}?token=${encodeURIComponent(token)}`

/** How long a confirmation link works; an unconfirmed request is erased after it (docs/advice.md). */
export const CONFIRMATION_TTL_MS = 7 * 24 * 60 * 60 * 1000

interface Links {
  confirmUrl?: string
  statusUrl: string
}

/**
 * The mail to the requester after `requestAdvice`: with a confirmation link when they asked
 * without an account, and always the status link (a capability: whoever has it sees the request).
 */
export async function sendRequestMail(
  payload: Payload,
  request: ValidAdviceInput & { municipalityName: string; contact: { email: string } },
  links: Links,
): Promise<void> {
  const lines = [
    `Beste ${request.contact.name},`,
    '',
    `U vroeg het projectteam van Iedereen doet mee! om advies voor de gemeente ${request.municipalityName}.`,
    '',
    ...(links.confirmUrl
      ? [
          'Bevestig uw aanvraag via deze link (7 dagen geldig). Pas daarna neemt een adviseur haar in behandeling:',
          links.confirmUrl,
          '',
          'Heeft u niets aangevraagd? Dan kunt u deze e-mail negeren; zonder bevestiging wordt de aanvraag na 7 dagen verwijderd.',
          '',
        ]
      : []),
    'Hoe het met uw aanvraag staat, en het antwoord van de adviseur, ziet u hier:',
    links.statusUrl,
    'Deel deze link niet: iedereen met de link ziet uw aanvraag.',
    '',
    '— Uw vraag —',
    request.question,
    `Gewenste vorm: ${ADVICE_FORM_LABELS[request.preferredForm].nl}`,
    '',
    'Met vriendelijke groet,',
    'Projectteam Iedereen doet mee! (VNG)',
  ]
  await payload.sendEmail({
    to: request.contact.email,
    subject: links.confirmUrl
      ? 'Bevestig uw adviesaanvraag bij Iedereen doet mee!'
      : 'Uw adviesaanvraag bij Iedereen doet mee!',
    text: lines.join('\n'),
  })
}
