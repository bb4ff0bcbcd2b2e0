import type { Server } from 'node:http'
import type { Express, Request, RequestHandler, Response } from 'express'
import {
  callOwnGraphql,
  pageFormParser,
  paragraph,
  sendPage,
  statusParagraph,
  tokenForm,
  tokenOf,
} from './token-pages.js'

/**
 * The pages behind the links in the election's confirmation e-mails (docs/election.md):
 * GET shows a Dutch page with a form and a button, and never confirms by itself (mail scanners
 * and link previews follow links); POST runs `confirmEmail` / `withdrawSubmission` through this
 * gateway's own /graphql and says what happened in plain Dutch.
 */
export interface ElectionPagesOptions {
  /** The gateway's HTTP server: the pages call its /graphql on loopback. */
  server: Server
  /** The gateway's per-IP rate limit, in front of both pages. */
  rateLimit: RequestHandler
}

interface Page {
  path: string
  mutation: string
  field: 'confirmEmail' | 'withdrawSubmission'
  title: string
  intro: string
  button: string
}

const PAGES: readonly Page[] = [
  {
    path: '/verkiezing/bevestigen',
    mutation: `mutation Confirm($token: String!) { confirmEmail(input: { token: $token }) { kind municipalityName year } }`,
    field: 'confirmEmail',
    title: 'Bevestig uw inzending',
    intro:
      'U bent er bijna. Kies de knop hieronder om uw beoordeling of stem in de verkiezing Meest Toegankelijke Gemeente te bevestigen. Pas daarna telt die mee.',
    button: 'Bevestigen',
  },
  {
    path: '/verkiezing/intrekken',
    mutation: `mutation Withdraw($token: String!) { withdrawSubmission(input: { token: $token }) { kind municipalityName year } }`,
    field: 'withdrawSubmission',
    title: 'Trek uw inzending in',
    intro:
      'Wilt u uw beoordeling of stem in de verkiezing Meest Toegankelijke Gemeente intrekken? Kies dan de knop hieronder. Daarna telt die niet meer mee.',
    button: 'Intrekken',
  },
]

const FAILURES: Record<string, { status: number; title: string; text: string }> = {
  TOKEN_USED: {
    status: 200,
    title: 'Deze link is al gebruikt',
    text: 'Deze link is al eerder gebruikt. U hoeft niets meer te doen.',
  },
  TOKEN_EXPIRED: {
    status: 410,
    title: 'Deze link is verlopen',
    text: 'Een bevestigingslink is 24 uur geldig; een intrekkingslink tot de ronde sluit. Vul het formulier opnieuw in om een nieuwe link te krijgen.',
  },
  TOKEN_INVALID: {
    status: 404,
    title: 'Deze link kennen we niet',
    text: 'Controleer of u de hele link uit de e-mail hebt gebruikt, of kopieer de link opnieuw.',
  },
  ALREADY_VOTED: {
    status: 200,
    title: 'U hebt al gestemd',
    text: 'Met dit e-mailadres is in deze editie al een stem bevestigd. Die eerdere stem telt; iedereen stemt één keer.',
  },
}

const UNAVAILABLE = {
  status: 503,
  title: 'Er ging iets mis',
  text: 'Het lukte nu niet om uw verzoek te verwerken. Probeer het over een paar minuten opnieuw met dezelfde link.',
}

export function registerElectionPages(app: Express, options: ElectionPagesOptions): void {
  const form = pageFormParser()
  for (const page of PAGES) {
    app.get(page.path, options.rateLimit, (req, res) => {
      const token = tokenOf(req.query.token)
      if (!token)
        return send(
          res,
          400,
          FAILURES.TOKEN_INVALID!.title,
          paragraph(FAILURES.TOKEN_INVALID!.text),
        )
      send(
        res,
        200,
        page.title,
        `${paragraph(page.intro)}\n${tokenForm(page.path, token, page.button)}`,
      )
    })
    app.post(page.path, options.rateLimit, form, (req, res) => {
      void answer(page, req, res, options.server)
    })
  }
}

async function answer(page: Page, req: Request, res: Response, server: Server): Promise<void> {
  const token = tokenOf((req.body as Record<string, unknown> | undefined)?.token)
  if (!token) {
    return send(res, 400, FAILURES.TOKEN_INVALID!.title, paragraph(FAILURES.TOKEN_INVALID!.text))
  }
  try {
    const result = await callOwnGraphql<
      Record<string, { kind: string; municipalityName: string; year: number } | null>
    >(server, req, page.mutation, { token })
    const done = result.data?.[page.field]
    if (done) {
      const what =
        done.kind === 'RATING'
          ? `Uw beoordeling van ${done.municipalityName}`
          : `Uw stem op ${done.municipalityName}`
      const text =
        page.field === 'confirmEmail'
          ? `${what} in de verkiezing Meest Toegankelijke Gemeente ${done.year} is bevestigd en telt mee. Bedankt voor uw deelname!`
          : `${what} in de verkiezing Meest Toegankelijke Gemeente ${done.year} is ingetrokken en telt niet meer mee.`
      return send(
        res,
        200,
        page.field === 'confirmEmail' ? 'Bedankt, het is gelukt' : 'Ingetrokken',
        statusParagraph(text),
      )
    }
    const failure = FAILURES[result.errors?.[0]?.extensions?.code ?? ''] ?? UNAVAILABLE
    send(res, failure.status, failure.title, statusParagraph(failure.text))
  } catch (error) {
    req.log?.error({ err: error }, 'election page: the gateway did not answer')
    send(res, UNAVAILABLE.status, UNAVAILABLE.title, paragraph(UNAVAILABLE.text))
  }
}

function send(res: Response, status: number, title: string, content: string): void {
  sendPage(res, status, { site: 'Meest Toegankelijke Gemeente', title, content })
}
