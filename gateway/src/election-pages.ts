import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import express, { type Express, type Request, type RequestHandler, type Response } from 'express'

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

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,200}$/

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
  const form = express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 5 })
  for (const page of PAGES) {
    app.get(page.path, options.rateLimit, (req, res) => {
      const token = typeof req.query.token === 'string' ? req.query.token : ''
      if (!TOKEN_PATTERN.test(token)) {
        return send(
          res,
          400,
          FAILURES.TOKEN_INVALID!.title,
          paragraph(FAILURES.TOKEN_INVALID!.text),
        )
      }
      send(
        res,
        200,
        page.title,
        `${paragraph(page.intro)}
<form method="post" action="${page.path}">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<button type="submit">${page.button}</button>
</form>`,
      )
    })
    app.post(page.path, options.rateLimit, form, (req, res) => {
      void answer(page, req, res, options.server)
    })
  }
}

async function answer(page: Page, req: Request, res: Response, server: Server): Promise<void> {
  const body = (req.body ?? {}) as Record<string, unknown>
  const token = typeof body.token === 'string' ? body.token : ''
  if (!TOKEN_PATTERN.test(token)) {
    return send(res, 400, FAILURES.TOKEN_INVALID!.title, paragraph(FAILURES.TOKEN_INVALID!.text))
  }
  try {
    const address = server.address() as AddressInfo
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
    const response = await fetch(`http://${host}:${address.port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': String(req.id ?? '') },
      body: JSON.stringify({ query: page.mutation, variables: { token } }),
      signal: AbortSignal.timeout(10_000),
    })
    const result = (await response.json()) as {
      data?: Record<string, { kind: string; municipalityName: string; year: number } | null> | null
      errors?: Array<{ extensions?: { code?: string } }>
    }
    const done = result.data?.[page.field]
    if (done) {
      const what =
        done.kind === 'RATING'
          ? `Uw beoordeling van ${escapeHtml(done.municipalityName)}`
          : `Uw stem op ${escapeHtml(done.municipalityName)}`
      const text =
        page.field === 'confirmEmail'
          ? `${what} in de verkiezing Meest Toegankelijke Gemeente ${done.year} is bevestigd en telt mee. Bedankt voor uw deelname!`
          : `${what} in de verkiezing Meest Toegankelijke Gemeente ${done.year} is ingetrokken en telt niet meer mee.`
      return send(
        res,
        200,
        page.field === 'confirmEmail' ? 'Bedankt, het is gelukt' : 'Ingetrokken',
        `<p role="status">${text}</p>`,
      )
    }
    const failure = FAILURES[result.errors?.[0]?.extensions?.code ?? ''] ?? UNAVAILABLE
    send(res, failure.status, failure.title, `<p role="status">${escapeHtml(failure.text)}</p>`)
  } catch (error) {
    req.log?.error({ err: error }, 'election page: the gateway did not answer')
    send(res, UNAVAILABLE.status, UNAVAILABLE.title, paragraph(UNAVAILABLE.text))
  }
}

function paragraph(text: string): string {
  return `<p>${escapeHtml(text)}</p>`
}

function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )
}

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;font-size:1.25rem;line-height:1.5;color:#1a1a1a;background:#fff;margin:0}
main{max-width:40rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.75rem}
button{font:inherit;font-weight:bold;color:#fff;background:#0b4f8a;border:2px solid #0b4f8a;border-radius:.25rem;padding:.75rem 1.5rem;min-height:44px;cursor:pointer}
button:hover{background:#083a66}
button:focus-visible{outline:3px solid #1a1a1a;outline-offset:3px}`

/** One accessible Dutch page: lang="nl", one h1, the page's own styles only, not cached or indexed. */
function send(res: Response, status: number, title: string, content: string): void {
  res.status(status).set({
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // The token is in the URL: never pass it on to another site.
    'referrer-policy': 'no-referrer',
    'x-robots-tag': 'noindex',
    'content-security-policy':
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  }).send(`<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – Meest Toegankelijke Gemeente</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
${content}
</main>
</body>
</html>
`)
}
