import type { SendEmailOptions } from 'payload'

/** One newsletter e-mail: Dutch, HTML and plain text, with RFC 8058 one-click unsubscribe. */
export interface NewsletterMail {
  subject: string
  html: string
  text: string
  headers: Record<string, string>
}

export interface IssueItem {
  title: string
  summary?: string | null
  /** A real link when the item has one (an event's calendar file). */
  url?: string | null
  urlLabel?: string | null
  /** A date line, already in Dutch ("12 december 2026, 14:00"). */
  when?: string | null
}

export interface IssueContent {
  title: string
  intro?: string | null
  news: IssueItem[]
  knowledgeProducts: IssueItem[]
  events: IssueItem[]
}

const SITE = 'Iedereen doet mee!'

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )
}

/** The List-Unsubscribe headers (RFC 2369, RFC 8058 one-click POST to the same URL). */
export function unsubscribeHeaders(unsubscribeUrl: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${unsubscribeUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  }
}

const STYLE =
  'body{font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;background:#ffffff;margin:0;padding:0}' +
  'main{max-width:40rem;margin:0 auto;padding:16px}' +
  'a{color:#0b4f8a}' +
  'footer{margin-top:32px;border-top:1px solid #cccccc;padding-top:16px;font-size:14px}'

function document(title: string, body: string, unsubscribeUrl: string): string {
  return `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
<footer>
<p>U krijgt deze e-mail omdat u zich hebt aangemeld voor de nieuwsbrief van ${SITE}, het VNG-programma voor het VN-verdrag Handicap.</p>
<p><a href="${escapeHtml(unsubscribeUrl)}">Afmelden voor de nieuwsbrief</a></p>
</footer>
</main>
</body>
</html>
`
}

const textFooter = (unsubscribeUrl: string) =>
  `--\nU krijgt deze e-mail omdat u zich hebt aangemeld voor de nieuwsbrief van ${SITE}.\nAfmelden: ${unsubscribeUrl}\n`

/** The double opt-in mail: one link that confirms (after a button on the gateway's page). */
export function confirmationMail(confirmUrl: string, unsubscribeUrl: string): NewsletterMail {
  const subject = `Bevestig uw aanmelding voor de nieuwsbrief van ${SITE}`
  const html = document(
    subject,
    `<h1>Bevestig uw aanmelding</h1>
<p>U hebt zich aangemeld voor de nieuwsbrief van ${SITE}. Bevestig dat dit e-mailadres van u is; pas daarna krijgt u de nieuwsbrief.</p>
<p><a href="${escapeHtml(confirmUrl)}">Aanmelding bevestigen</a></p>
<p>De link is 7 dagen geldig. Hebt u zich niet aangemeld? Dan hoeft u niets te doen: zonder bevestiging krijgt u niets.</p>`,
    unsubscribeUrl,
  )
  const text = `Bevestig uw aanmelding

U hebt zich aangemeld voor de nieuwsbrief van ${SITE}. Bevestig dat dit e-mailadres van u is; pas daarna krijgt u de nieuwsbrief.

Aanmelding bevestigen: ${confirmUrl}

De link is 7 dagen geldig. Hebt u zich niet aangemeld? Dan hoeft u niets te doen: zonder bevestiging krijgt u niets.

${textFooter(unsubscribeUrl)}`
  return { subject, html, text, headers: unsubscribeHeaders(unsubscribeUrl) }
}

const SECTIONS = [
  { key: 'news', heading: 'Nieuws' },
  { key: 'knowledgeProducts', heading: 'Kennisproducten' },
  { key: 'events', heading: 'Bijeenkomsten' },
] as const

function htmlItem(item: IssueItem): string {
  const parts = [`<h3>${escapeHtml(item.title)}</h3>`]
  if (item.when) parts.push(`<p><strong>${escapeHtml(item.when)}</strong></p>`)
  if (item.summary) parts.push(`<p>${escapeHtml(item.summary)}</p>`)
  if (item.url) {
    parts.push(
      `<p><a href="${escapeHtml(item.url)}">${escapeHtml(item.urlLabel ?? item.title)}</a></p>`,
    )
  }
  return `<article>\n${parts.join('\n')}\n</article>`
}

function textItem(item: IssueItem): string {
  return [
    `* ${item.title}`,
    item.when ? `  ${item.when}` : '',
    item.summary ? `  ${item.summary}` : '',
    item.url ? `  ${item.urlLabel ?? 'Link'}: ${item.url}` : '',
  ]
    .filter(Boolean)
    .join('\n')
}

/** An issue as every subscriber gets it (and as the preview shows it). */
export function issueMail(content: IssueContent, unsubscribeUrl: string): NewsletterMail {
  const subject = `${content.title} – nieuwsbrief ${SITE}`
  const sections = SECTIONS.filter(({ key }) => content[key].length > 0)
  const html = document(
    subject,
    [
      `<h1>${escapeHtml(content.title)}</h1>`,
      content.intro ? `<p>${escapeHtml(content.intro)}</p>` : '',
      ...sections.map(
        ({ key, heading }) =>
          `<section>\n<h2>${heading}</h2>\n${content[key].map(htmlItem).join('\n')}\n</section>`,
      ),
    ]
      .filter(Boolean)
      .join('\n'),
    unsubscribeUrl,
  )
  const text = [
    content.title,
    '='.repeat(content.title.length),
    content.intro ?? '',
    ...sections.map(
      ({ key, heading }) =>
        `${heading}\n${'-'.repeat(heading.length)}\n${content[key].map(textItem).join('\n\n')}`,
    ),
    textFooter(unsubscribeUrl),
  ]
    .filter(Boolean)
    .join('\n\n')
  return { subject, html, text, headers: unsubscribeHeaders(unsubscribeUrl) }
}

/** The message for payload.sendEmail (nodemailer options). */
export const toMessage = (to: string, mail: NewsletterMail): SendEmailOptions => ({
  to,
  subject: mail.subject,
  html: mail.html,
  text: mail.text,
  headers: mail.headers,
})
