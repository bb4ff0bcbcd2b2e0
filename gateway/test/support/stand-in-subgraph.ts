import http from 'node:http'
import type { AddressInfo } from 'node:net'

export type Handler = (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void

export interface JsonAnswer {
  /** A Cache-Control header for the gateway to honour. */
  cacheControl?: string
  body: unknown
}

/** A handler that answers JSON computed from the request body (HTTP 200). */
export const json =
  (answer: (body: string) => JsonAnswer): Handler =>
  (_req, body, res) => {
    const { cacheControl, body: payload } = answer(body)
    res.setHeader('content-type', 'application/json')
    if (cacheControl) res.setHeader('cache-control', cacheControl)
    res.end(JSON.stringify(payload))
  }

/**
 * A stand-in subgraph over real HTTP whose answer each test chooses (a real answer, a hang, an
 * error page, a huge body), recording what the gateway sent, so a test sees exactly what the
 * gateway forwards and what it makes of each answer.
 */
export function standInSubgraph(initial: Handler = json(() => ({ body: {} }))) {
  const received: Array<{ headers: http.IncomingHttpHeaders; body: string }> = []
  let handler = initial
  const hung = new Set<http.ServerResponse>()
  const server = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      received.push({ headers: req.headers, body })
      handler(req, body, res)
    })
  })
  return {
    received,
    /** How many requests reached the subgraph. */
    get requests() {
      return received.length
    },
    answer(next: Handler) {
      handler = next
    },
    /** Never answers (until the stand-in closes). */
    hang: ((_req, _body, res) => void hung.add(res)) as Handler,
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`),
        ),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hung) res.destroy()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
