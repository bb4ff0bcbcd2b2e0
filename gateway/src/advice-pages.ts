import type { Server } from 'node:http'
import type { Express, Request, RequestHandler, Response } from 'express'
import {
  callOwnGraphql,
  escapeHtml,
  pageFormParser,
  paragraph,
  sendPage,
  statusParagraph,
  tokenForm,
  tokenOf,
} from './token-pages.js'

/**
 * The pages behind the links in tailored advice's e-mails (docs/advice.md). The confirmation
 * page shows one button on GET and never acts (mail scanners follow links); its POST runs
 * confirmAdviceRequest through this gateway's own /graphql. The status page only reads: the
 * request's state, question and the project team's replies, for whoever holds the link.
 */
export interface AdvicePagesOptions {
  /** The gateway's HTTP server: the pages call its /graphql on loopback. */
  server: Server
  /** The gateway's per-IP rate limit, in front of both pages. */
  rateLimit: RequestHandler
}

export const CONFIRM_PATH = '/advies/bevestigen'
export const STATUS_PATH = '/advies/status'

const SITE = 'Iedereen doet mee!'

const CONFIRM = `mutation ConfirmAdviceRequest($token: String!) { confirmAdviceRequest(input: { token: $token }) { state alreadyConfirmed } }`

const STATUS = `query AdviceRequestStatus($token: String!) {
  adviceRequestStatus(token: $token) {
    municipalityName state confirmed question submittedAt replies { message sentAt }
  }
}`

interface StatusAnswer {
  adviceRequestStatus: {
    municipalityName: string | null
    state: string
    confirmed: boolean
    question: string
    submittedAt: string
    replies: Array<{ message: string; sentAt: string | null }>
  }
}

const STATE_LABELS: Readonly<Record<string, string>> = {
  NEW: 'Ontvangen, wacht op een adviseur',
  ASSIGNED: 'Toegewezen aan een adviseur',
  IN_PROGRESS: 'In behandeling',
  DONE: 'Afgerond',
  DECLINED: 'Afgewezen',
}

const FAILURES: Record<string, { status: number; title: string; text: string }> = {
  TOKEN_EXPIRED: {
    status: 410,
    title: 'Deze link is verlopen',
    text: 'Een bevestigingslink is 7 dagen geldig. Vraag opnieuw advies aan om een nieuwe link te krijgen.',
  },
  TOKEN_INVALID: {
    status: 404,
    title: 'Deze link kennen we niet',
    text: 'Deze link is niet (meer) geldig. Controleer of u de hele link uit de e-mail hebt gebruikt.',
  },
}

const UNAVAILABLE = {
  status: 503,
  title: 'Er ging iets mis',
  text: 'Het lukte nu niet om uw verzoek te verwerken. Probeer het over een paar minuten opnieuw met dezelfde link.',
}

function send(res: Response, status: number, title: string, content: string): void {
  sendPage(res, status, { site: SITE, title, content })
}

const invalid = (res: Response) =>
  send(res, 400, FAILURES.TOKEN_INVALID!.title, paragraph(FAILURES.TOKEN_INVALID!.text))

function failed(res: Response, code: string | undefined): void {
  const failure = FAILURES[code ?? ''] ?? UNAVAILABLE
  send(res, failure.status, failure.title, statusParagraph(failure.text))
}

const dutchDate = (iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat('nl-NL', {
        dateStyle: 'long',
        timeStyle: 'short',
        timeZone: 'Europe/Amsterdam',
      }).format(new Date(iso))
    : ''

/** Multi-line text as paragraphs, escaped. */
const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`)
    .join('\n')

function statusContent({ adviceRequestStatus: request }: StatusAnswer): string {
  const state = request.confirmed
    ? (STATE_LABELS[request.state] ?? request.state)
    : 'Wacht op uw bevestiging (zie de link in de e-mail)'
  const replies =
    request.replies.length === 0
      ? paragraph('Er is nog geen antwoord. U krijgt het antwoord ook per e-mail.')
      : request.replies
          .map(
            (reply) =>
              `<article>\n<h3>Antwoord van ${escapeHtml(dutchDate(reply.sentAt))}</h3>\n${paragraphs(reply.message)}\n</article>`,
          )
          .join('\n')
  return [
    `<p><strong>Status:</strong> ${escapeHtml(state)}</p>`,
    paragraph(
      `Aangevraagd op ${dutchDate(request.submittedAt)} voor de gemeente ${request.municipalityName ?? ''}.`,
    ),
    '<h2>Uw vraag</h2>',
    paragraphs(request.question),
    '<h2>Antwoorden</h2>',
    replies,
  ].join('\n')
}

export function registerAdvicePages(app: Express, options: AdvicePagesOptions): void {
  const form = pageFormParser()

  app.get(CONFIRM_PATH, options.rateLimit, (req, res) => {
    const token = tokenOf(req.query.token)
    if (!token) return invalid(res)
    send(
      res,
      200,
      'Bevestig uw adviesaanvraag',
      `${paragraph('Kies de knop hieronder om uw adviesaanvraag aan het projectteam van Iedereen doet mee! te bevestigen. Pas daarna neemt een adviseur haar in behandeling.')}\n${tokenForm(CONFIRM_PATH, token, 'Aanvraag bevestigen')}`,
    )
  })

  app.post(CONFIRM_PATH, options.rateLimit, form, (req, res) => {
    void confirm(req, res, options.server)
  })

  app.get(STATUS_PATH, options.rateLimit, (req, res) => {
    void status(req, res, options.server)
  })
}

async function confirm(req: Request, res: Response, server: Server): Promise<void> {
  const token = tokenOf((req.body as Record<string, unknown> | undefined)?.token)
  if (!token) return invalid(res)
  try {
    const result = await callOwnGraphql<{ confirmAdviceRequest: { alreadyConfirmed: boolean } }>(
      server,
      req,
      CONFIRM,
      { token },
    )
    const confirmed = result.data?.confirmAdviceRequest
    if (!confirmed) return failed(res, result.errors?.[0]?.extensions?.code)
    send(
      res,
      200,
      'Bedankt, uw aanvraag is bevestigd',
      statusParagraph(
        confirmed.alreadyConfirmed
          ? 'Uw aanvraag was al bevestigd. Een adviseur neemt contact met u op.'
          : 'Uw aanvraag staat nu in de wachtrij van het projectteam. Een adviseur neemt contact met u op. Hoe het ermee staat, ziet u met de statuslink in de e-mail.',
      ),
    )
  } catch (error) {
    req.log?.error({ err: error }, 'advice page: the gateway did not answer')
    send(res, UNAVAILABLE.status, UNAVAILABLE.title, paragraph(UNAVAILABLE.text))
  }
}

async function status(req: Request, res: Response, server: Server): Promise<void> {
  const token = tokenOf(req.query.token)
  if (!token) return invalid(res)
  try {
    const result = await callOwnGraphql<StatusAnswer>(server, req, STATUS, { token })
    if (!result.data?.adviceRequestStatus) return failed(res, result.errors?.[0]?.extensions?.code)
    send(res, 200, 'Uw adviesaanvraag', statusContent(result.data))
  } catch (error) {
    req.log?.error({ err: error }, 'advice page: the gateway did not answer')
    send(res, UNAVAILABLE.status, UNAVAILABLE.title, paragraph(UNAVAILABLE.text))
  }
}
