import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestMonitor, type TestMonitor } from './support/monitor'

let monitor: TestMonitor
let origin: string

beforeAll(async () => {
  monitor = await startTestMonitor({ http: true })
  origin = new URL(monitor.url!).origin
})

afterAll(async () => {
  await monitor?.destroy()
})

function postGraphQL(body: unknown): Promise<Response> {
  return fetch(`${origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

describe('HTTP', () => {
  it('serves GraphQL at /graphql', async () => {
    const response = await postGraphQL({
      query: `{ municipality(code: "GM0363") { name province } }`,
    })

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      data: { municipality: { name: 'Amsterdam', province: 'Noord-Holland' } },
    })
  })

  it('answers GET /health with 200 {"status":"ok"} while the database is reachable', async () => {
    const response = await fetch(`${origin}/health`)

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('reports BAD_USER_INPUT with HTTP 200 and partial data for a malformed code', async () => {
    const response = await postGraphQL({ query: `{ municipality(code: "Amsterdam") { name } }` })

    const body = (await response.json()) as { errors: { extensions: { code: string } }[] }
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT')
  })

  it('rejects a body that is not JSON with 400', async () => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    })

    expect(response.status).toBe(400)
  })

  it('blocks simple cross-site form posts (CSRF prevention)', async () => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query={__typename}',
    })

    expect(response.status).toBe(400)
  })

  it('answers 401 with UNAUTHENTICATED when the Authorization header holds an invalid token', async () => {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'JWT not.a.token' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })

    expect(response.status).toBe(401)
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] }
    expect(body.errors[0]?.extensions.code).toBe('UNAUTHENTICATED')
  })

  it('answers 404 outside /graphql and /health', async () => {
    const response = await fetch(`${origin}/elsewhere`)

    expect(response.status).toBe(404)
  })
})
