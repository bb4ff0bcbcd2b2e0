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
 * The pages behind the links in the newsletter's e-mails (docs/newsletter.md): GET shows a Dutch
 * page with one button and never acts (mail scanners follow links); POST runs the mutation
 * through this gateway's own /graphql. The unsubscribe page also takes RFC 8058 one-click: a POST
 * to the List-Unsubscribe URL itself (token in the query string, body
 * `List-Unsubscribe=One-Click`) unsubscribes without a form.
 */
export interface NewsletterPagesOptions {
  /** The gateway's HTTP server: the pages call its /graphql on loopback. */
  server: Server
  /** The gateway's per-IP rate limit, in front of both pages. */
  rateLimit: RequestHandler
}

interface Page {
  path: string
  mutation: string
  field: 'confirmNewsletterSubscription' | 'unsubscribeFromNewsletter'
  title: string
  intro: string
  button: string
  doneTitle: string
  done: string
}

const PAGES: readonly Page[] = [
  {
    path: '/nieuwsbrief/bevestigen',
    mutation: `mutation Confirm($token: String!) { confirmNewsletterSubscription(input: { token: $token }) { confirmed } }`,
    field: 'confirmNewsletterSubscription',
    title: 'Bevestig uw aanmelding',
    intro:
      'U bent er bijna. Kies de knop hieronder om uw aanmelding voor de nieuwsbrief van Iedereen doet mee! te bevestigen.',
    button: 'Aanmelding bevestigen',
    doneTitle: 'Bedankt, u bent aangemeld',
    done: 'Uw aanmelding is bevestigd. U krijgt voortaan de nieuwsbrief van Iedereen doet mee!. Afmelden kan met de link onder elke nieuwsbrief.',
  },
  {
    path: '/nieuwsbrief/afmelden',
    mutation: `mutation Unsubscribe($token: String!) { unsubscribeFromNewsletter(input: { token: $token }) { unsubscribed } }`,
    field: 'unsubscribeFromNewsletter',
    title: 'Afmelden voor de nieuwsbrief',
    intro:
      'Wilt u de nieuwsbrief van Iedereen doet mee! niet meer ontvangen? Kies dan de knop hieronder.',
    button: 'Afmelden',
    doneTitle: 'U bent afgemeld',
    done: 'U krijgt de nieuwsbrief van Iedereen doet mee! niet meer. Wilt u hem later toch weer? Meld u dan opnieuw aan.',
  },
]

const FAILURES: Record<string, { status: number; title: string; text: string }> = {
  TOKEN_EXPIRED: {
    status: 410,
    title: 'Deze link is verlopen',
    text: 'Een bevestigingslink is 7 dagen geldig. Meld u opnieuw aan om een nieuwe link te krijgen.',
  },
  TOKEN_INVALID: {
    status: 404,
    title: 'Deze link kennen we niet',
    text: 'Deze link is niet (meer) geldig. Misschien hebt u hem al gebruikt. Controleer anders of u de hele link uit de e-mail hebt gebruikt.',
  },
}

const UNAVAILABLE = {
  status: 503,
  title: 'Er ging iets mis',
  text: 'Het lukte nu niet om uw verzoek te verwerken. Probeer het over een paar minuten opnieuw met dezelfde link.',
}

const SITE = 'Iedereen doet mee!'

function send(res: Response, status: number, title: string, content: string): void {
  sendPage(res, status, { site: SITE, title, content })
}

const invalid = (res: Response) =>
  send(res, 400, FAILURES.TOKEN_INVALID!.title, paragraph(FAILURES.TOKEN_INVALID!.text))

export function registerNewsletterPages(app: Express, options: NewsletterPagesOptions): void {
  const form = pageFormParser()
  for (const page of PAGES) {
    app.get(page.path, options.rateLimit, (req, res) => {
      const token = tokenOf(req.query.token)
      if (!token) return invalid(res)
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
  const body = (req.body ?? {}) as Record<string, unknown>
  // The form posts the token; a one-click POST (RFC 8058) carries it in the link's query string.
  const token = tokenOf(body.token) || tokenOf(req.query.token)
  if (!token) return invalid(res)
  try {
    const result = await callOwnGraphql<Record<string, unknown>>(server, req, page.mutation, {
      token,
    })
    if (result.data?.[page.field]) {
      return send(res, 200, page.doneTitle, statusParagraph(page.done))
    }
    const failure = FAILURES[result.errors?.[0]?.extensions?.code ?? ''] ?? UNAVAILABLE
    send(res, failure.status, failure.title, statusParagraph(failure.text))
  } catch (error) {
    req.log?.error({ err: error }, 'newsletter page: the gateway did not answer')
    send(res, UNAVAILABLE.status, UNAVAILABLE.title, paragraph(UNAVAILABLE.text))
  }
}
