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

  it('names dates with Dutch months and sort buttons with their column (docs/accessibility.md)', async () => {
    const page = await browser.newPage({ locale: 'nl-NL' })
    await page.goto(`${platform.urls.admin}/login`, { waitUntil: 'networkidle' })
    await page.getByLabel('E-mail').fill('redacteur@example.org')
    await page.getByLabel('Wachtwoord').fill(platform.demoPassword)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))

    await page.goto(`${platform.urls.admin}/collections/events`, { waitUntil: 'networkidle' })
    // The event list: a start date in the table, and every sort button named by its column.
    const table = page.locator('table')
    await expect.poll(() => table.innerText()).toMatch(DUTCH_DATE)
    expect(await table.innerText()).not.toMatch(ENGLISH_MONTH)
    const sortNames = await page
      .locator('button[aria-label^="Sorteer op"]')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')))
    expect(sortNames.length).toBeGreaterThan(0)
    expect(sortNames).toContain('Sorteer op Titel Oplopend')
    expect(sortNames.filter((name) => name?.includes('[object Object]'))).toEqual([])

    // An event's date fields show Dutch months from the first render, untouched.
    await table.locator('tbody tr').first().locator('a').first().click()
    await page.waitForURL(/\/collections\/events\/\d+$/)
    const dates = page.locator('.date-time-picker input')
    await expect.poll(() => dates.count()).toBeGreaterThan(0)
    const values = await dates.evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value).filter(Boolean),
    )
    expect(values.length).toBeGreaterThan(0)
    for (const value of values) {
      expect(value).toMatch(DUTCH_DATE)
      expect(value).not.toMatch(ENGLISH_MONTH)
    }
    await page.close()
  })
})

const DUTCH_DATE =
  /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/
const ENGLISH_MONTH =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/
