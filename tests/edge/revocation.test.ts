import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, startTestPlatform, type TestPlatform } from '../support/platform.js'

/**
 * Logins end when the user (or an admin) says so, across the whole graph, within 5 seconds:
 * logout, a password change, a role change and an account lock. Through the real CMS, gateway
 * and both subgraphs.
 */
const REVOCATION_WINDOW_MS = 5_000

// Private monitor data (the municipality's own officials only) and a content query: one token
// must be refused by both subgraphs.
const PRIVATE_MONITOR =
  '{ municipality(code: "GM0363") { name measurements(first: 1) { totalCount } } }'
const CONTENT = '{ knowledgeProducts(first: 1) { totalCount } }'

describe('revocation across the graph', () => {
  let platform: TestPlatform
  const cms = () => new URL(platform.urls.admin!).origin

  beforeAll(async () => {
    // Several logins from one address in a few seconds: above the production login limit.
    platform = await startTestPlatform({ admin: true, env: { LOGIN_RATE_LIMIT_POINTS: '200' } })
  })
  afterAll(async () => {
    await platform?.stop()
  })

  async function login(email: string, password = platform.demoPassword) {
    const response = await fetch(`${cms()}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    expect(response.status, `login ${email}`).toBe(200)
    return (await response.json()) as { token: string; user: { id: number } }
  }

  async function asAdmin(path: string, init: RequestInit) {
    const { token } = await login('admin@example.org')
    const response = await fetch(`${cms()}${path}`, {
      ...init,
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    })
    expect(response.status, `${init.method} ${path}`).toBe(200)
  }

  /** Polls until both subgraphs refuse the token; returns how long that took. */
  async function refusedWithin(token: string, accepts: (codes: string[]) => boolean) {
    const started = Date.now()
    for (;;) {
      const monitor = await graphql(platform.urls.graphql, PRIVATE_MONITOR, { token })
      const content = await graphql(platform.urls.graphql, CONTENT, { token })
      const codes = [...(monitor.errors ?? []), ...(content.errors ?? [])].map(
        (error) => error.extensions?.code ?? '',
      )
      const elapsed = Date.now() - started
      if (accepts(codes)) return { elapsed, monitor, content }
      if (elapsed > REVOCATION_WINDOW_MS + 2_000) return { elapsed, monitor, content }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }

  async function expectWorks(token: string) {
    const monitor = await graphql(platform.urls.graphql, PRIVATE_MONITOR, { token })
    expect(monitor.errors).toBeUndefined()
    expect(monitor.data?.municipality).toMatchObject({ measurements: { totalCount: 1 } })
    const content = await graphql(platform.urls.graphql, CONTENT, { token })
    expect(content.errors).toBeUndefined()
  }

  const bothUnauthenticated = (codes: string[]) =>
    codes.length === 2 && codes.every((code) => code === 'UNAUTHENTICATED')

  it('logout', async () => {
    const { token } = await login('gemeente.amsterdam@example.org')
    await expectWorks(token)
    const logout = await fetch(`${cms()}/api/users/logout`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
    })
    expect(logout.status).toBe(200)
    const { elapsed } = await refusedWithin(token, bothUnauthenticated)
    console.log(`logout revoked the token across the graph in ${elapsed} ms`)
    expect(elapsed).toBeLessThanOrEqual(REVOCATION_WINDOW_MS)
  })

  it('a password change by an admin', async () => {
    const { token, user } = await login('gemeente.amsterdam@example.org')
    await expectWorks(token)
    const password = `${platform.demoPassword}-new`
    await asAdmin(`/api/users/${user.id}`, { method: 'PATCH', body: JSON.stringify({ password }) })
    const { elapsed } = await refusedWithin(token, bothUnauthenticated)
    console.log(`a password change revoked the token in ${elapsed} ms`)
    expect(elapsed).toBeLessThanOrEqual(REVOCATION_WINDOW_MS)
    // Back to the demo password for the tests below.
    await asAdmin(`/api/users/${user.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ password: platform.demoPassword }),
    })
  })

  it('a role change: the old token no longer reads the municipality’s private data', async () => {
    const { token, user } = await login('gemeente.amsterdam@example.org')
    await expectWorks(token)
    await asAdmin(`/api/users/${user.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ role: 'editor' }),
    })
    const { elapsed, monitor } = await refusedWithin(token, (codes) =>
      codes.some((code) => code === 'FORBIDDEN' || code === 'UNAUTHENTICATED'),
    )
    console.log(`a role change took effect in ${elapsed} ms`)
    expect(elapsed).toBeLessThanOrEqual(REVOCATION_WINDOW_MS)
    const municipality = monitor.data?.municipality as { measurements?: unknown } | null | undefined
    expect(municipality?.measurements ?? null).toBeNull()
    await asAdmin(`/api/users/${user.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ role: 'municipal-official', municipalityCode: 'GM0363' }),
    })
  })

  it('an account lock (five failed logins)', async () => {
    const { token } = await login('gemeente.amsterdam@example.org')
    await expectWorks(token)
    for (let attempt = 0; attempt < 5; attempt++) {
      await fetch(`${cms()}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          email: 'gemeente.amsterdam@example.org',
          password: 'wrong password',
        }),
      })
    }
    const { elapsed } = await refusedWithin(token, bothUnauthenticated)
    console.log(`an account lock revoked the token in ${elapsed} ms`)
    expect(elapsed).toBeLessThanOrEqual(REVOCATION_WINDOW_MS)
  })
})
