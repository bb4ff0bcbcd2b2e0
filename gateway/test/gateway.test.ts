import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../src/config.js'
import { contextFromHeaders } from '../src/context.js'
import { startGateway, type RunningGateway } from '../src/server.js'

/**
 * A stand-in monitor subgraph over real HTTP that answers the gateway's query plan and records
 * the headers it received, so the test sees exactly what the gateway forwards.
 */
function recordingSubgraph() {
  const received: http.IncomingHttpHeaders[] = []
  const server = http.createServer((req, res) => {
    received.push(req.headers)
    req.resume().on('end', () => {
      res.setHeader('content-type', 'application/json')
      res.end(
        JSON.stringify({
          data: { municipality: { name: 'Amsterdam', province: 'Noord-Holland' } },
        }),
      )
    })
  })
  return {
    received,
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`),
        ),
      ),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe('gateway', () => {
  const monitor = recordingSubgraph()
  let gateway: RunningGateway

  beforeAll(async () => {
    const monitorUrl = await monitor.listen()
    gateway = await startGateway(
      loadConfig({
        GATEWAY_PORT: '0',
        MONITOR_URL: monitorUrl,
        CONTENT_URL: 'http://127.0.0.1:9/graphql',
      }),
    )
  })
  afterAll(async () => {
    await gateway?.stop()
    await monitor.close()
  })

  const origin = () => new URL(gateway.url).origin

  it('routes a query planned from the committed supergraph to the monitor subgraph', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ municipality(code: "GM0363") { name province } }' }),
    })
    expect(await response.json()).toEqual({
      data: { municipality: { name: 'Amsterdam', province: 'Noord-Holland' } },
    })
  })

  it("forwards the caller's Authorization header to the subgraph unchanged", async () => {
    await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'JWT abc.def.ghi' },
      body: JSON.stringify({ query: '{ municipality(code: "GM0363") { name } }' }),
    })
    expect(monitor.received.at(-1)?.authorization).toBe('JWT abc.def.ghi')
  })

  it('sends no Authorization header for an anonymous caller', async () => {
    await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ municipality(code: "GM0014") { name } }' }),
    })
    expect(monitor.received.at(-1)?.authorization).toBeUndefined()
  })

  it('answers its health check', async () => {
    const response = await fetch(`${origin()}/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('sends a browser that opens /graphql to the explorer', async () => {
    const response = await fetch(gateway.url, {
      headers: { accept: 'text/html' },
      redirect: 'manual',
    })
    expect(response.status).toBe(302)
    expect(response.headers.get('location')).toBe('/explorer/')
  })

  it('serves the explorer and all its assets itself, with no CDN', async () => {
    const response = await fetch(`${origin()}/explorer/`)
    const html = await response.text()
    expect(response.status).toBe(200)
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!)
    expect(assets.length).toBeGreaterThan(0)
    for (const asset of assets) {
      expect(asset, 'asset must be served locally').not.toMatch(/^(https?:)?\/\//)
      const assetResponse = await fetch(new URL(asset, `${origin()}/explorer/`))
      expect(assetResponse.status, asset).toBe(200)
    }
  })
})

describe('gateway configuration', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({})
    expect(config.port).toBe(4000)
    expect(config.host).toBe('127.0.0.1')
    expect(config.subgraphUrls).toEqual({
      monitor: 'http://127.0.0.1:4001/graphql',
      content: 'http://127.0.0.1:4002/graphql',
    })
  })

  it('fails fast, naming the variable, on a bad port or URL', () => {
    expect(() => loadConfig({ GATEWAY_PORT: 'abc' })).toThrow(ConfigError)
    expect(() => loadConfig({ GATEWAY_PORT: 'abc' })).toThrow(/GATEWAY_PORT/)
    expect(() => loadConfig({ MONITOR_URL: 'not a url' })).toThrow(/MONITOR_URL/)
  })
})

describe('caller credentials', () => {
  it('takes the Authorization header as it is', () => {
    expect(contextFromHeaders({ authorization: 'Bearer x' })).toEqual({ authorization: 'Bearer x' })
  })

  it("turns Payload's login cookie into a JWT Authorization header", () => {
    expect(contextFromHeaders({ cookie: 'a=b; payload-token=tok%2Een' })).toEqual({
      authorization: 'JWT tok.en',
    })
  })

  it('is anonymous without either', () => {
    expect(contextFromHeaders({})).toEqual({})
  })
})
