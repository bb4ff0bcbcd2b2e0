import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser.js'
import { startTestPlatform, type TestPlatform } from '../support/platform.js'

// The CMS's security headers on the built admin (next start) and its API, and proof that the
// admin works under its Content-Security-Policy: no violation on login, dashboard, a list, an
// edit view and the own account.

interface Watched {
  page: Page
  violations: string[]
  consoleErrors: string[]
}

describe('security headers of the CMS admin and API', () => {
  let platform: TestPlatform
  let browser: Browser
  let origin: string

  beforeAll(async () => {
    platform = await startTestPlatform({ admin: true })
    browser = await launchChromium()
    origin = new URL(platform.urls.admin!).origin
  })
  afterAll(async () => {
    await browser?.close()
    await platform?.stop()
  })

  async function watchedPage(): Promise<Watched> {
    const page = await browser.newPage()
    const violations: string[] = []
    const consoleErrors: string[] = []
    await page.exposeFunction('reportCspViolation', (line: string) => violations.push(line))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportCspViolation: (line: string) => void })
          .reportCspViolation
        report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`)
      })
    })
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text())
    })
    return { page, violations, consoleErrors }
  }

  const cspErrors = (errors: string[]) =>
    errors.filter((text) => /content security policy|content-security-policy/i.test(text))

  it('sends CSP with a fresh nonce and frame-ancestors none, nosniff and a referrer policy on the admin, and no X-Powered-By', async () => {
    const first = await fetch(`${origin}/admin/login`)
    const second = await fetch(`${origin}/admin/login`)
    const policy = first.headers.get('content-security-policy') ?? ''

    expect(first.status).toBe(200)
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'(;|$)/)
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).toContain("object-src 'none'")
    const nonce = (headers: Headers) =>
      /'nonce-([^']+)'/.exec(headers.get('content-security-policy') ?? '')?.[1]
    expect(nonce(first.headers)).not.toEqual(nonce(second.headers))
    // Next put the nonce on its scripts.
    expect(await first.text()).toContain(`nonce="${nonce(first.headers)}"`)
    expect(first.headers.get('x-content-type-options')).toBe('nosniff')
    expect(first.headers.get('referrer-policy')).toBe('same-origin')
    expect(first.headers.get('x-frame-options')).toBe('DENY')
    expect(first.headers.get('x-powered-by')).toBeNull()
  })

  it.each(['/api/knowledge-products?limit=1', '/api/users/me', '/api/bestaat-niet'])(
    'sends a CSP that allows nothing, nosniff and no X-Powered-By on %s',
    async (path) => {
      const response = await fetch(`${origin}${path}`)

      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('same-origin')
      expect(response.headers.get('x-powered-by')).toBeNull()
    },
  )

  it('lets an admin log in and open the dashboard, a list, an edit view and the own account without a CSP violation', async () => {
    const { page, violations, consoleErrors } = await watchedPage()
    await page.goto(`${origin}/admin`, { waitUntil: 'networkidle' })
    await page.getByLabel('E-mail').fill('admin@example.org')
    await page.getByLabel('Wachtwoord').fill(platform.demoPassword)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    await page.getByText('Kennisproducten').first().waitFor()

    await page.goto(`${origin}/admin/collections/knowledge-products`, { waitUntil: 'networkidle' })
    await page.getByText('Handreiking Lokale Inclusie Agenda').first().waitFor()

    await page.getByRole('link', { name: 'Handreiking Lokale Inclusie Agenda' }).first().click()
    await page.waitForURL(/\/admin\/collections\/knowledge-products\/\d+/)
    await page.getByLabel('Titel').first().waitFor()
    await page.waitForLoadState('networkidle')

    await page.goto(`${origin}/admin/account`, { waitUntil: 'networkidle' })
    await page.getByText('Huidig wachtwoord').first().waitFor()
    await expect
      .poll(() => page.locator('input[name="currentPassword"]').getAttribute('type'))
      .toBe('password')

    expect(violations).toEqual([])
    expect(cspErrors(consoleErrors)).toEqual([])

    // The listener is live: an image from another origin, which img-src forbids, is reported
    // (blocked before any request, so nothing leaves loopback).
    await page.evaluate(() => {
      const image = document.createElement('img')
      image.src = 'https://example.invalid/probe.png'
      document.body.append(image)
    })
    await expect.poll(() => violations).toEqual([expect.stringContaining('img-src')])
    await page.close()
  })
})
