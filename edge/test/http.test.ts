import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHttpHost, type HttpHost } from '../src/http'
import { createLogger } from '../src/logger'

/** A logger whose JSON lines the test reads back. */
function capturedLogger() {
  const lines: Array<Record<string, unknown>> = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line))
      done()
    },
  })
  return { lines, logger: createLogger('edge-test', 'info', stream) }
}

describe('request ids and access lines', () => {
  const { lines, logger } = capturedLogger()
  let host: HttpHost
  let url: string

  beforeAll(async () => {
    host = createHttpHost({ service: 'edge-test', logger, maxBodyBytes: 1024 })
    host.app.get('/hello', (req, res) => {
      req.log.info('saying hello')
      res.json({ hello: 'world' })
    })
    host.app.get('/quiet', (_req, res) => {
      res.json({ quiet: true })
    })
    url = await host.listen('127.0.0.1', 0)
  })
  afterAll(() => new Promise<void>((resolve) => host.server.close(() => resolve())))

  const settle = () => new Promise((resolve) => setTimeout(resolve, 20))

  it("names the caller's request id on the answer, the request's own lines and the access line", async () => {
    const answer = await fetch(`${url}/hello`, { headers: { 'x-request-id': 'trace-42' } })
    expect(answer.headers.get('x-request-id')).toBe('trace-42')
    await settle()
    const own = lines.find((line) => line.msg === 'saying hello')
    expect(own).toMatchObject({ reqId: 'trace-42', service: 'edge-test', level: 'info' })
    const access = lines.find(
      (line) => line.msg === 'request completed' && line.reqId === 'trace-42',
    )
    expect(access).toMatchObject({
      req: { method: 'GET', url: '/hello' },
      res: { statusCode: 200 },
    })
    expect(typeof access?.responseTime).toBe('number')
  })

  it('replaces a malformed request id with a new UUID', async () => {
    const answer = await fetch(`${url}/quiet`, { headers: { 'x-request-id': 'bad id; drop' } })
    expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('logs a 4xx at warn, and does not log the probes', async () => {
    const before = lines.length
    await fetch(`${url}/health`)
    await fetch(`${url}/ready`)
    const missing = await fetch(`${url}/nowhere`, { headers: { 'x-request-id': 'lost-1' } })
    expect(missing.status).toBe(404)
    await settle()
    const added = lines.slice(before)
    expect(
      added.filter((line) => /^\/(health|ready)/.test(String((line.req as { url?: string })?.url))),
    ).toEqual([])
    expect(added.find((line) => line.reqId === 'lost-1')).toMatchObject({
      level: 'warn',
      res: { statusCode: 404 },
    })
  })
})
