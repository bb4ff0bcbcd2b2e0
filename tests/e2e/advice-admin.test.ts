import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser.js'
import { graphql, startTestPlatform, type TestPlatform } from '../support/platform.js'

/**
 * The advice queue in the real admin (built Next app) in a real browser: the adviser sees the
 * request with its suggestions panel and internal notes; the requesting municipality's official
 * sees the request without the notes and cannot change it; an editor does not see the queue.
 */
describe('tailored advice in the CMS admin', () => {
  let platform: TestPlatform
  let browser: Browser
  let requestId: string

  const adminOrigin = () => new URL(platform.urls.admin!).origin

  async function token(email: string): Promise<string> {
    const response = await fetch(`${adminOrigin()}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: platform.demoPassword }),
    })
    return ((await response.json()) as { token: string }).token
  }

  async function loggedIn(email: string): Promise<Page> {
    const page = await browser.newPage()
    await page.goto(`${platform.urls.admin!}/login`, { waitUntil: 'networkidle' })
    await page.getByLabel('E-mail').fill(email)
    await page.getByLabel('Wachtwoord').fill(platform.demoPassword)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    return page
  }

  beforeAll(async () => {
    platform = await startTestPlatform({ admin: true, env: { RATE_LIMIT_POINTS: '100000' } })
    browser = await launchChromium()
    const official = await token('gemeente.oude-ijsselstreek@example.org')
    const answer = await graphql(
      platform.urls.graphql,
      `
        mutation ($input: RequestAdviceInput!) {
          requestAdvice(input: $input) {
            request {
              id
            }
          }
        }
      `,
      {
        token: official,
        variables: {
          input: {
            municipalityCode: 'GM1509',
            lifeDomains: ['thuis'],
            question: 'Hoe maken we meer woningen toegankelijk?',
            preferredForm: 'VISIT',
            contact: { name: 'Gijs van Oude IJsselstreek' },
          },
        },
      },
    )
    requestId = (answer.data!.requestAdvice as { request: { id: string } }).request.id
    const adviser = await token('adviseur@example.org')
    const noted = await fetch(`${adminOrigin()}/api/advice-requests/${requestId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${adviser}` },
      body: JSON.stringify({ internalNotes: 'Wethouder Wonen is al betrokken.' }),
    })
    expect(noted.status).toBe(200)
    // Starting may rebuild the admin (next build, minutes on a shared machine).
  }, 900_000)
  afterAll(async () => {
    await browser?.close()
    await platform?.stop()
  })

  it('shows the adviser the request, the suggestions panel and the internal notes', async () => {
    const page = await loggedIn('adviseur@example.org')
    await page.goto(`${platform.urls.admin!}/collections/advice-requests/${requestId}`, {
      waitUntil: 'networkidle',
    })
    await page.getByRole('heading', { name: 'Suggesties voor de adviseur' }).waitFor()
    await page.getByRole('link', { name: 'Wonen is hoofdzaak' }).waitFor()
    await expect
      .poll(() => page.getByLabel(/^Interne notities/).inputValue())
      .toContain('Wethouder')
    await page.close()
  })

  it('shows the official their request without the internal notes, and no way to change it', async () => {
    const page = await loggedIn('gemeente.oude-ijsselstreek@example.org')
    await page.goto(`${platform.urls.admin!}/collections/advice-requests/${requestId}`, {
      waitUntil: 'networkidle',
    })
    await expect
      .poll(() => page.getByLabel(/^Vraag/).inputValue())
      .toBe('Hoe maken we meer woningen toegankelijk?')
    expect(await page.getByLabel(/^Interne notities/).count()).toBe(0)
    expect(await page.getByRole('heading', { name: 'Suggesties voor de adviseur' }).count()).toBe(0)
    expect(await page.content()).not.toContain('Wethouder Wonen')
    expect(await page.getByRole('button', { name: 'Opslaan' }).count()).toBe(0)
    await page.close()
  })

  it('keeps the queue from editors', async () => {
    const page = await loggedIn('redacteur@example.org')
    expect(await page.getByRole('link', { name: 'Adviesaanvragen' }).count()).toBe(0)
    const response = await page.request.get(`${adminOrigin()}/api/advice-requests`)
    expect(response.status()).toBe(403)
    await page.close()
  })
})
