import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser.js'
import { graphql, startTestPlatform, type TestPlatform } from '../support/platform.js'

const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts')

describe('the CMS admin and one login for the whole graph', () => {
  let platform: TestPlatform
  let browser: Browser

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    platform = await startTestPlatform({ admin: true })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await platform?.stop()
  })

  it('shows a fresh visitor the Dutch login page, and the demo editor can log in', async () => {
    // An English-language browser: the admin must still open in Dutch.
    const page = await browser.newPage({ locale: 'en-US' })
    await page.goto(platform.urls.admin!, { waitUntil: 'networkidle' })
    await expect.poll(() => page.url()).toContain('/admin/login')
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('nl')
    await page.getByRole('button', { name: 'Inloggen' }).waitFor()
    await page.screenshot({ path: path.join(artifacts, 'admin-login.png') })

    await page.getByLabel('E-mail').fill('redacteur@example.org')
    await page.getByLabel('Wachtwoord').fill(platform.demoPassword)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    await page.getByText('Kennisproducten').first().waitFor()
    await page.screenshot({ path: path.join(artifacts, 'admin-dashboard.png') })
    await page.close()
  })

  it('opens the offline GraphQL explorer at /graphql and runs the example query', async () => {
    const page = await browser.newPage()
    const external: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.protocol.startsWith('http') && !['127.0.0.1', 'localhost'].includes(url.hostname)) {
        external.push(request.url())
      }
    })
    await page.goto(platform.urls.graphql, { waitUntil: 'networkidle' })
    expect(page.url()).toContain('/explorer/')
    await page.getByRole('button', { name: 'Send Request' }).click()
    await page.getByText('"Noord-Holland"').first().waitFor()
    expect(external).toEqual([])
    await page.screenshot({ path: path.join(artifacts, 'explorer.png') })
    await page.close()
  })

  it('lets a CMS login see drafts through the gateway, and hides them from anonymous callers', async () => {
    const login = await fetch(`${new URL(platform.urls.admin!).origin}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'redacteur@example.org', password: platform.demoPassword }),
    })
    expect(login.status).toBe(200)
    const { token } = (await login.json()) as { token: string }
    const query = '{ knowledgeProducts(first: 50) { totalCount edges { node { title } } } }'

    const titles = (response: Awaited<ReturnType<typeof graphql>>) =>
      (response.data?.knowledgeProducts as { edges: Array<{ node: { title: string } }> }).edges.map(
        (edge) => edge.node.title,
      )
    const asEditor = await graphql(platform.urls.graphql, query, { token })
    const anonymous = await graphql(platform.urls.graphql, query)
    expect(asEditor.errors).toBeUndefined()
    expect(titles(asEditor)).toContain('Organiseer ervaringsdeskundigheid')
    expect(titles(anonymous)).not.toContain('Organiseer ervaringsdeskundigheid')
    expect(titles(anonymous)).toContain('Handreiking Lokale Inclusie Agenda')
  })

  it("keeps a municipality's private monitor data to its own officials, with the CMS login", async () => {
    const login = async (email: string) => {
      const response = await fetch(`${new URL(platform.urls.admin!).origin}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: platform.demoPassword }),
      })
      return ((await response.json()) as { token: string }).token
    }
    const query = `{
      municipality(code: "GM0363") {
        name
        measurements(first: 5) { totalCount }
        surveyResponses(first: 5) { totalCount }
      }
    }`
    const codes = (response: Awaited<ReturnType<typeof graphql>>) =>
      (response.errors ?? []).map((error) => error.extensions?.code).sort()

    const own = await graphql(platform.urls.graphql, query, {
      token: await login('gemeente.amsterdam@example.org'),
    })
    expect(own.errors).toBeUndefined()
    expect(own.data?.municipality).toMatchObject({
      name: 'Amsterdam',
      measurements: { totalCount: 1 },
    })

    const other = await graphql(platform.urls.graphql, query, {
      token: await login('gemeente.hengelo@example.org'),
    })
    expect(other.data?.municipality).toEqual({
      name: 'Amsterdam',
      measurements: null,
      surveyResponses: null,
    })
    expect(codes(other)).toEqual(['FORBIDDEN', 'FORBIDDEN'])

    const anonymous = await graphql(platform.urls.graphql, query)
    expect(anonymous.data?.municipality).toEqual({
      name: 'Amsterdam',
      measurements: null,
      surveyResponses: null,
    })
    expect(codes(anonymous)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED'])

    const forged = await graphql(platform.urls.graphql, query, { token: 'not.a.token' })
    expect(forged.data?.municipality ?? null).toBeNull()
    expect(codes(forged)).toContain('UNAUTHENTICATED')
  })
})
