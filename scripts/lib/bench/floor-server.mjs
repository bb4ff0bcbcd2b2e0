// @ts-check
// The bare-HTTP floor of the bench: a minimal node:http server in its own process that answers
// each registered request body with the bytes a cache hit of our gateway sends for it (read the
// body, look it up, write it). No gateway can answer a hit faster on the same machine; the bench
// reports cached ÷ floor. Loopback only; `PORT` from the environment.
import http from 'node:http'

/** @type {Map<string, { body: Buffer, contentType: string }>} request body → stored answer */
const answers = new Map()

const server = http.createServer((req, res) => {
  /** @type {Buffer[]} */
  const chunks = []
  req.on('data', (chunk) => chunks.push(chunk))
  req.on('end', () => {
    if (req.method === 'GET' && req.url === '/health') return void res.end('ok')
    const text = Buffer.concat(chunks).toString('utf8')
    if (req.method === 'POST' && req.url === '/answers') {
      const { request, answer, contentType } = JSON.parse(text)
      answers.set(request, { body: Buffer.from(answer), contentType })
      return void res.end('registered')
    }
    const stored = answers.get(text)
    if (!stored) {
      res.writeHead(404)
      return void res.end()
    }
    res.writeHead(200, { 'content-type': stored.contentType, 'content-length': stored.body.length })
    res.end(stored.body)
  })
})
server.keepAliveTimeout = 5_000
server.listen(Number(process.env.PORT), '127.0.0.1')
