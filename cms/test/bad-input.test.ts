import { handleEndpoints } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { answerUnroutedWith404 } from '../src/app/(payload)/api/[...slug]/answerUnroutedWith404'
import { BadInputCode } from '../src/errors/answerBadInputAsClientError'
import { ADMIN_EMAIL, login, startTestCms, type TestCms } from './support/testCms'

// Every collection and endpoint with input a client can get wrong, as anonymous caller and as
// admin, through Payload's REST router and the route's 501 → 404 wrapper (what Next's
// /api/[...slug] route runs): 400 or 404, never a 5xx.

let cms: TestCms
let adminToken: string
let send: (method: string, path: string, token?: string, body?: unknown) => Promise<Response>

beforeAll(async () => {
  cms = await startTestCms()
  adminToken = (await login(cms, ADMIN_EMAIL)).token
  const router = answerUnroutedWith404((request: Request) =>
    handleEndpoints({ config: cms.payload.config, payloadInstanceCacheKey: cms.key, request }),
  )
  send = (method, path, token, body) => {
    const headers: Record<string, string> = {}
    if (token) headers.authorization = `JWT ${token}`
    if (body !== undefined) headers['content-type'] = 'application/json'
    return router(
      new Request(new URL(`/api${path}`, 'http://localhost'), {
        method,
        headers,
        body:
          body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
      undefined,
    )
  }
})
afterAll(async () => {
  await cms?.destroy()
})

function requestsFor(slug: string): Array<[string, string, unknown?]> {
  return [
    ['GET', `/${slug}/abc`],
    ['PATCH', `/${slug}/abc`, { title: 'x' }],
    ['DELETE', `/${slug}/abc`],
    ['GET', `/${slug}/1.5`],
    ['GET', `/${slug}/99999999999999999999`],
    ['GET', `/${slug}/999999`],
    ['PATCH', `/${slug}/999999`, { title: 'x' }],
    ['DELETE', `/${slug}/999999`],
    ['GET', `/${slug}?where[id][equals]=abc`],
    ['GET', `/${slug}?where[id][in]=1,abc`],
    ['GET', `/${slug}?where[createdAt][greater_than]=gisteren`],
    ['GET', `/${slug}?where[nope][equals]=1`],
    ['GET', `/${slug}?where[id][bogus]=1`],
    ['GET', `/${slug}?where=notjson`],
    ['GET', `/${slug}?where={"id":`],
    ['GET', `/${slug}?limit=abc&page=-1&sort=nope&depth=abc`],
    ['GET', `/${slug}/count?where[id][equals]=abc`],
    ['GET', `/${slug}/versions/abc`],
    ['POST', `/${slug}/versions/abc`],
    ['POST', `/${slug}`, '{"title": '],
    ['PATCH', `/${slug}?where[id][equals]=abc`, { title: 'x' }],
    ['DELETE', `/${slug}?where[id][equals]=abc`],
  ]
}

const ENDPOINTS: Array<[string, string, unknown?]> = [
  ['GET', '/media/file/bestaat-niet.png'],
  ['GET', '/media/file/..%2F..%2Fetc%2Fpasswd'],
  ['GET', '/bestaat-niet'],
  ['GET', '/bestaat-niet/1'],
  ['POST', '/bestaat-niet'],
  ['POST', '/users/reset-password', { token: 'verzonnen', password: 'een-lang-wachtwoord-1' }],
  ['POST', '/users/reset-password', {}],
  ['POST', '/users/verify/verzonnen'],
  ['POST', '/users/unlock', { email: 'iemand@example.org' }],
  ['POST', '/users/login', '{"email": '],
  ['POST', '/users/forgot-password', {}],
  ['POST', '/users/refresh-token'],
  ['POST', '/users/logout'],
  ['POST', '/users/first-register', { email: 'a@example.org', password: 'een-lang-wachtwoord-1' }],
  ['GET', '/users/me'],
  ['GET', '/toolkit-items/abc/render?municipality=GM1509'],
  ['GET', '/toolkit-items/999999/render?municipality=GM1509'],
  ['GET', '/toolkit-items/1/render?municipality=GM9999'],
  ['GET', '/newsletter-issues/abc/preview'],
  ['GET', '/newsletter-issues/999999/preview?format=text'],
  ['GET', '/payload-jobs/run'],
  ['GET', '/payload-preferences/abc'],
  ['POST', '/payload-preferences/abc', '{"value": '],
  ['DELETE', '/payload-preferences/abc'],
  ['GET', '/access'],
]

describe('bad input on every collection and endpoint', () => {
  it('is answered with a 4xx, never a 5xx, for anonymous callers and admins', async () => {
    const slugs = cms.payload.config.collections.map((collection) => collection.slug)
    const requests = [...slugs.flatMap(requestsFor), ...ENDPOINTS]
    const serverErrors: string[] = []
    for (const [method, path, body] of requests) {
      for (const [who, token] of [
        ['anonymous', undefined],
        ['admin', adminToken],
      ] as const) {
        const response = await send(method, path, token, body)
        await response.arrayBuffer()
        if (response.status >= 500)
          serverErrors.push(`${response.status} ${method} ${path} (${who})`)
      }
    }

    expect(serverErrors).toEqual([])
    // Not vacuous: every collection was asked.
    expect(slugs.length).toBeGreaterThanOrEqual(12)
  }, 180_000)

  it("deletes the caller's own preference by key (Payload's own DELETE failed with SQL)", async () => {
    // A session of its own: the sweep above logs the admin's first session out.
    const { token } = await login(cms, ADMIN_EMAIL)
    const key = `bad-input-test-${Date.now()}`
    const saved = await send('POST', `/payload-preferences/${key}`, token, {
      value: { columns: ['title'] },
    })
    expect(saved.status).toBe(200)

    const anonymous = await send('DELETE', `/payload-preferences/${key}`)
    expect(anonymous.status).toBe(401)
    const deleted = await send('DELETE', `/payload-preferences/${key}`, token)
    expect(deleted.status).toBe(200)
    expect(await deleted.json()).toMatchObject({ key, message: expect.any(String) })
    const again = await send('DELETE', `/payload-preferences/${key}`, token)
    expect(again.status).toBe(404)
    const gone = await send('GET', `/payload-preferences/${key}`, token)
    expect(await gone.json()).not.toMatchObject({ key })
  })

  it('answers GET /api/knowledge-products/abc with 404 NOT_FOUND', async () => {
    const response = await send('GET', '/knowledge-products/abc', adminToken)

    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      errors: [{ message: 'Niet gevonden.', extensions: { code: BadInputCode.NotFound } }],
    })
  })

  it.each(['PATCH', 'DELETE'])(
    'refuses %s /api/knowledge-products/abc as a client error',
    async (method) => {
      const response = await send(
        method,
        '/knowledge-products/abc',
        adminToken,
        method === 'PATCH' ? {} : undefined,
      )

      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
    },
  )

  it('answers an id beyond the integer range with 400 INVALID_VALUE', async () => {
    const response = await send('GET', '/news/99999999999999999999')

    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: BadInputCode.InvalidValue } }],
    })
  })

  it('answers where that is not JSON with 400 INVALID_JSON', async () => {
    const response = await send('GET', '/events?where=notjson')

    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({
      errors: [{ extensions: { code: BadInputCode.InvalidJson } }],
    })
  })

  it('answers an unknown collection and a collection without REST API with 404', async () => {
    expect((await send('GET', '/bestaat-niet/1')).status).toBe(404)
    expect((await send('GET', '/payload-migrations/1', adminToken)).status).toBe(404)
  })

  it('answers a media document whose file is gone from disk with 404', async () => {
    const media = await cms.payload.find({ collection: 'media', limit: 1, depth: 0 })
    const doc = media.docs[0]!
    await cms.payload.db.updateOne({
      collection: 'media',
      id: doc.id,
      data: { filename: 'weg-van-schijf.png' },
      returning: false,
    })
    try {
      const response = await send('GET', '/media/file/weg-van-schijf.png', adminToken)

      expect(response.status).toBe(404)
    } finally {
      await cms.payload.db.updateOne({
        collection: 'media',
        id: doc.id,
        data: { filename: doc.filename },
        returning: false,
      })
    }
  })

  it('answers a bogus reset token with 403, as an expired one', async () => {
    const response = await send('POST', '/users/reset-password', undefined, {
      token: 'verzonnen',
      password: 'een-lang-wachtwoord-1',
    })

    expect(response.status).toBe(403)
  })
})
