import type { MailMessage } from '../mail/mailer'
import { SubmissionKind } from './election-submission.entity'

/** The privacy statement (Dutch), served with every edition (`ElectionForm.privacyStatement`). */
export const PRIVACY_STATEMENT_NL = [
  'Uw e-mailadres gebruiken we alleen om uw beoordeling of stem te bevestigen en om te zorgen dat iedereen één keer meetelt.',
  'We bewaren uw adres niet leesbaar: we slaan alleen een versleutelde afgeleide (een "hash") op. Het leesbare adres wissen we zodra u hebt bevestigd, en anders na 24 uur, wanneer de bevestigingslink verloopt.',
  'Van uw internetverbinding en browser bewaren we ook alleen een versleutelde afgeleide, om misbruik te kunnen herkennen.',
  'Uw toelichting lezen alleen de organisatoren van de verkiezing; die wordt nooit openbaar.',
  'Scores van een gemeente worden pas openbaar als minstens 10 mensen de gemeente hebben beoordeeld, zodat niemand te herleiden is.',
  'U kunt uw beoordeling of stem intrekken met de link in de bevestigingsmail. Vragen? Mail naar de organisatie van de verkiezing Meest Toegankelijke Gemeente.',
].join('\n\n')

export interface ConfirmationMail {
  kind: SubmissionKind
  year: number
  municipalityName: string
  confirmUrl: string
  withdrawUrl: string
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )

/**
 * The confirmation e-mail in Dutch: a plain-text part and simple, accessible HTML (lang="nl",
 * one heading, links that say where they go, no images, no tables for layout).
 */
export function confirmationMail(mail: ConfirmationMail): Omit<MailMessage, 'to'> {
  const what =
    mail.kind === SubmissionKind.RATING
      ? `uw beoordeling van ${mail.municipalityName}`
      : `uw stem op ${mail.municipalityName}`
  const subject =
    mail.kind === SubmissionKind.RATING
      ? `Bevestig uw beoordeling van ${mail.municipalityName}`
      : `Bevestig uw stem op ${mail.municipalityName}`
  const text = [
    'Hallo,',
    '',
    `Bedankt voor ${what} in de verkiezing Meest Toegankelijke Gemeente ${mail.year}.`,
    'Uw inzending telt pas mee als u die bevestigt. Open deze link en kies "Bevestigen":',
    '',
    mail.confirmUrl,
    '',
    'De link is 24 uur geldig. Heeft u dit niet zelf gedaan? Dan hoeft u niets te doen: zonder bevestiging telt er niets mee en wissen we uw e-mailadres na 24 uur.',
    '',
    `Wilt u ${what} later intrekken? Gebruik dan deze link:`,
    '',
    mail.withdrawUrl,
    '',
    'Met vriendelijke groet,',
    'De organisatie van Meest Toegankelijke Gemeente',
  ].join('\n')
  const html = `<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: Arial, sans-serif; font-size: 18px; line-height: 1.5; color: #1a1a1a; background: #ffffff; max-width: 40em; margin: 0 auto; padding: 1em;">
<h1 style="font-size: 1.5em;">${escapeHtml(subject)}</h1>
<p>Bedankt voor ${escapeHtml(what)} in de verkiezing Meest Toegankelijke Gemeente ${mail.year}.</p>
<p>Uw inzending telt pas mee als u die bevestigt.</p>
<p><a href="${escapeHtml(mail.confirmUrl)}" style="color: #0b4f8a; font-weight: bold;">Bevestig ${escapeHtml(what)}</a></p>
<p>De link is 24 uur geldig. Heeft u dit niet zelf gedaan? Dan hoeft u niets te doen: zonder bevestiging telt er niets mee en wissen we uw e-mailadres na 24 uur.</p>
<p><a href="${escapeHtml(mail.withdrawUrl)}" style="color: #0b4f8a;">Trek ${escapeHtml(what)} in</a></p>
<p>Met vriendelijke groet,<br>De organisatie van Meest Toegankelijke Gemeente</p>
</body>
</html>
`
  return { subject, text, html }
}
