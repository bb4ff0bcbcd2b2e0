import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser.js'
import { graphql, startTestPlatform, type TestPlatform } from '../support/platform.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const artifacts = path.join(here, '..', 'artifacts')
const axeScript = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** A 1×1 PNG: enough for Payload to treat the upload as an image that needs alt text. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

const READABILITY_HINT = 'Deze tekst is moeilijker dan taalniveau B1'

interface AxeNode {
  target: string[]
  html: string
}
interface AxeViolation {
  id: string
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null
  help: string
  nodes: AxeNode[]
}

/** Rules about names and labels: on a field, those are the labels our collection configs set. */
const LABEL_RULES = new Set([
  'label',
  'label-title-only',
  'form-field-multiple-labels',
  'aria-input-field-name',
  'aria-toggle-field-name',
  'select-name',
])

/**
 * Whether an axe finding is about something this project adds: our readability hint component,
 * or the label of a field we configured (Payload gives each field the id field-<name>). The
 * widgets inside a field (react-select, the upload dropzone) are Payload's own.
 */
const isOurs = (rule: string, node: AxeNode) =>
  node.html.includes(READABILITY_HINT) ||
  node.target.some((selector) => /readabilityHint/i.test(selector)) ||
  (LABEL_RULES.has(rule) && node.target.some((selector) => selector.startsWith('#field-')))

describe('editorial work in the CMS admin, in Dutch', () => {
  let platform: TestPlatform
  let browser: Browser
  const axeReport: Record<string, AxeViolation[]> = {}

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    platform = await startTestPlatform({ admin: true })
    browser = await launchChromium()
  })
  afterAll(async () => {
    writeFileSync(
      path.join(artifacts, 'axe-report.json'),
      `${JSON.stringify(axeReport, null, 2)}\n`,
    )
    await browser?.close()
    await platform?.stop()
  })

  /** A page of the admin, at the origin Payload accepts writes from (see tests/support). */
  const adminUrl = (pathname = '') => `${platform.urls.admin!.replace(/\/$/, '')}${pathname}`

  /** A fresh Dutch browser session on the login page. */
  async function openLogin(): Promise<Page> {
    const context = await browser.newContext({ locale: 'nl-NL' })
    const page = await context.newPage()
    await page.goto(adminUrl('/login'))
    await page.getByRole('button', { name: 'Inloggen' }).waitFor()
    return page
  }

  async function logIn(email: string): Promise<Page> {
    const page = await openLogin()
    await page.getByLabel('E-mail').fill(email)
    await page.getByLabel('Wachtwoord').fill(platform.demoPassword)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    return page
  }

  async function apiToken(email: string): Promise<string> {
    const response = await fetch(`${new URL(adminUrl()).origin}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: platform.demoPassword }),
    })
    return ((await response.json()) as { token: string }).token
  }

  async function axe(page: Page, name: string): Promise<AxeViolation[]> {
    await page.addScriptTag({ path: axeScript })
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }
      ).axe.run()
      return result.violations
    })
    axeReport[name] = violations as AxeViolation[]
    return axeReport[name]
  }

  const seriousOfOurs = (violations: AxeViolation[]) =>
    violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .flatMap((violation) =>
        violation.nodes
          .filter((node) => isOurs(violation.id, node))
          .map((node) => `${violation.id}: ${node.target.join(' ')}`),
      )

  const publish = (page: Page) =>
    page.getByRole('button', { name: /^(Publiceren|Publiceer wijzigingen)$/ }).click()

  it('makes an editor add alt text to an image, and lets them publish a knowledge product', async () => {
    const page = await logIn('redacteur@example.org')

    await page.goto(adminUrl('/collections/media/create'))
    await page.locator('input[type="file"]').setInputFiles({
      name: 'rolstoelpad.png',
      mimeType: 'image/png',
      buffer: PNG,
    })
    await page.getByLabel(/^Titel/).fill('Rolstoelpad naar het gemeentehuis')
    await page.getByRole('button', { name: 'Bewaar' }).click()
    await page.getByText('Het volgende veld is ongeldig: Alternatieve tekst').first().waitFor()
    await page.screenshot({ path: path.join(artifacts, 'cms-media-alt-required.png') })

    await page
      .getByLabel(/^Alternatieve tekst/)
      .fill('Een breed, vlak pad met een flauwe helling naar de ingang van het gemeentehuis.')
    await page.getByRole('button', { name: 'Bewaar' }).click()
    await page.waitForURL(/\/collections\/media\/\d+$/)

    const title = 'Toegankelijk stemmen: een checklist voor stembureaus'
    await page.goto(adminUrl('/collections/knowledge-products/create'))
    await page.getByLabel(/^Titel/).fill(title)
    await page
      .getByLabel(/^Samenvatting/)
      .fill('Met deze lijst maakt u elk stembureau toegankelijk.')
    await page.getByRole('button', { name: 'Bewaar concept' }).click()
    await page.getByText('Kennisproduct succesvol aangemaakt.').first().waitFor()
    const titles = async () => {
      const response = await graphql(
        platform.urls.graphql,
        '{ knowledgeProducts(first: 100) { edges { node { title } } } }',
      )
      const connection = response.data?.knowledgeProducts as {
        edges: Array<{ node: { title: string } }>
      }
      return connection.edges.map((edge) => edge.node.title)
    }
    expect(await titles()).not.toContain(title)

    await publish(page)
    await expect.poll(titles, { timeout: 15_000 }).toContain(title)
    await page.screenshot({ path: path.join(artifacts, 'cms-knowledge-product-published.png') })
    await page.context().close()
  })

  it('lets an organiser move a nomination to the next round, visible through the gateway', async () => {
    const list = await graphql(
      platform.urls.graphql,
      '{ nominations(edition: 2024, first: 100) { edges { node { id stage municipality { code } } } } }',
    )
    const nominations = (
      list.data?.nominations as {
        edges: Array<{ node: { id: string; stage: string; municipality: { code: string } } }>
      }
    ).edges.map((edge) => edge.node)
    const eersel = nominations.find((node) => node.municipality.code === 'GM0770')!
    expect(eersel.stage).toBe('NOMINATED')
    const stage = async () => {
      const response = await graphql(
        platform.urls.graphql,
        'query ($id: ID!) { nomination(id: $id) { stage } }',
        { variables: { id: eersel.id } },
      )
      return (response.data?.nomination as { stage: string } | null)?.stage
    }

    const page = await logIn('organisator@example.org')
    await page.goto(adminUrl(`/collections/nominations/${eersel.id}`))
    const field = page.locator('#field-stage')
    await field.getByText('Genomineerd voor de publieksstemming').waitFor()
    await field.locator('.rs__control').click()
    await page.getByRole('option', { name: 'Finalist (jury)' }).click()
    await publish(page)

    await expect.poll(stage, { timeout: 15_000 }).toBe('FINALIST')
    await page.screenshot({ path: path.join(artifacts, 'cms-nomination-finalist.png') })
    await page.context().close()
  })

  it('gives an editor no way into the users collection, neither in the admin nor by URL', async () => {
    const page = await logIn('redacteur@example.org')
    await page.getByRole('link', { name: 'Kennisproducten' }).first().waitFor()
    expect(await page.getByRole('link', { name: 'Gebruikers' }).count()).toBe(0)

    await page.goto(adminUrl('/collections/users'))
    await page.getByText('Niets gevonden').first().waitFor()
    await page.screenshot({ path: path.join(artifacts, 'cms-users-editor.png') })
    expect(await page.locator('table').count()).toBe(0)
    expect(await page.getByText('gemeente.hengelo@example.org').count()).toBe(0)
    expect(await page.getByText('admin@example.org').count()).toBe(0)
    expect(await page.getByRole('link', { name: 'Nieuw aanmaken' }).count()).toBe(0)
    await page.context().close()
  })

  it('has no serious accessibility violations in what we add to the admin', async () => {
    const loginPage = await openLogin()
    const login = await axe(loginPage, 'login')
    await loginPage.context().close()

    const page = await logIn('redacteur@example.org')
    await page.getByRole('link', { name: 'Kennisproducten' }).first().waitFor()
    const dashboard = await axe(page, 'dashboard')

    await page.goto(adminUrl('/collections/knowledge-products'))
    await page.getByRole('link', { name: 'Wonen is hoofdzaak' }).first().waitFor()
    await page.screenshot({ path: path.join(artifacts, 'cms-knowledge-products-list.png') })
    const list = await axe(page, 'knowledge-products-list')

    const token = await apiToken('redacteur@example.org')
    const products = await graphql(
      platform.urls.graphql,
      '{ knowledgeProducts(first: 100) { edges { node { id title readability { level } } } } }',
      { token },
    )
    const hard = (
      products.data?.knowledgeProducts as {
        edges: Array<{ node: { id: string; title: string; readability: { level: string } } }>
      }
    ).edges
      .filter((edge) => edge.node.readability.level === 'HARDER_THAN_B1')
      // The list is newest first; the oldest is a seeded product with a body, not one a test added.
      .at(-1)
    expect(hard, 'a seeded knowledge product reads harder than B1').toBeDefined()
    // Tall enough to show the sidebar's readability score and hint beside the body.
    await page.setViewportSize({ width: 1280, height: 1100 })
    await page.goto(adminUrl(`/collections/knowledge-products/${hard!.node.id}`))
    await page.getByRole('status').filter({ hasText: READABILITY_HINT }).waitFor()
    await page.screenshot({
      path: path.join(artifacts, 'cms-knowledge-product-edit.png'),
      fullPage: true,
    })
    const edit = await axe(page, 'knowledge-product-edit')
    await page.context().close()

    expect(seriousOfOurs([...login, ...dashboard, ...list, ...edit])).toEqual([])
  })
})
