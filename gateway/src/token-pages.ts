import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import express, { type Request, type RequestHandler, type Response } from 'express'

/**
 * What the pages behind e-mail links share (election-pages.ts, newsletter-pages.ts …): one
 * accessible Dutch page, a form with the link's token and one button (GET never acts: mail
 * scanners and link previews follow links), and a call of this gateway's own /graphql on
 * loopback for the POST.
 */

/** Tokens in our e-mail links: base64url, 20–200 characters. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{20,200}$/

/** The token of a link: from the query string (GET) or the form (POST); '' when malformed. */
export function tokenOf(source: unknown): string {
  const token = typeof source === 'string' ? source : ''
  return TOKEN_PATTERN.test(token) ? token : ''
}

/** The form body of the pages' POSTs: small, flat, urlencoded. */
export function pageFormParser(): RequestHandler {
  return express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 5 })
}

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!,
  )
}

export function paragraph(text: string): string {
  return `<p>${escapeHtml(text)}</p>`
}

/** The outcome of a POST, announced to screen readers. */
export function statusParagraph(text: string): string {
  return `<p role="status">${escapeHtml(text)}</p>`
}

/** The GET page's form: the token hidden, one button that POSTs it to the same page. */
export function tokenForm(action: string, token: string, button: string): string {
  return `<form method="post" action="${escapeHtml(action)}">
<input type="hidden" name="token" value="${escapeHtml(token)}">
<button type="submit">${escapeHtml(button)}</button>
</form>`
}

export interface GraphqlAnswer<T> {
  data?: T | null
  errors?: Array<{ extensions?: { code?: string; reason?: string } }>
}

/** Runs an operation through this gateway's own /graphql (so it passes the same edge). */
export async function callOwnGraphql<T>(
  server: Server,
  req: Request,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphqlAnswer<T>> {
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  const response = await fetch(`http://${host}:${address.port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': String(req.id ?? '') },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  })
  return (await response.json()) as GraphqlAnswer<T>
}

const STYLE = `body{font-family:Arial,Helvetica,sans-serif;font-size:1.25rem;line-height:1.5;color:#1a1a1a;background:#fff;margin:0}
main{max-width:40rem;margin:0 auto;padding:1.5rem}
h1{font-size:1.75rem}
button{font:inherit;font-weight:bold;color:#fff;background:#0b4f8a;border:2px solid #0b4f8a;border-radius:.25rem;padding:.75rem 1.5rem;min-height:44px;cursor:pointer}
button:hover{background:#083a66}
button:focus-visible{outline:3px solid #1a1a1a;outline-offset:3px}`

export interface PageOptions {
  /** Appended to the document title, e.g. "Meest Toegankelijke Gemeente". */
  site: string
  title: string
  /** Trusted HTML: build it with paragraph/statusParagraph/tokenForm (they escape). */
  content: string
}

/** One accessible Dutch page: lang="nl", one h1, the page's own styles only, not cached or indexed. */
export function sendPage(res: Response, status: number, page: PageOptions): void {
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
<title>${escapeHtml(page.title)} – ${escapeHtml(page.site)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(page.title)}</h1>
${page.content}
</main>
</body>
</html>
`)
}
