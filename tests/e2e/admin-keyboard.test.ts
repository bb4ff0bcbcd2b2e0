import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, FileChooser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../support/browser.js'
import { graphql, startTestPlatform, type TestPlatform } from '../support/platform.js'

// An editor who uses no mouse: logs in, uploads an image with alternative text, and creates and
// publishes a knowledge product with it as cover image, with key presses only: Tab, Shift+Tab
// and Enter move focus and press buttons, typing fills fields; locators only check where focus
// is. Pages are opened by URL, as a keyboard user types it in the address bar, and the one
// thing outside the page, the operating system's file dialog, gets its file from the test once
// Enter on "Selecteer een bestand" has opened it.

const artifacts = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'artifacts')

/** A 1×1 PNG: enough for Payload to treat the upload as an image that needs alt text. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

const IMAGE_TITLE = 'Drempelvrije ingang van de bibliotheek'
const IMAGE_ALT = 'Een automatische schuifdeur zonder drempel, met een bel op rolstoelhoogte.'
const IMAGE_FILE = 'ingang-bibliotheek.png'
/** How the image shows in a list: by its title, or by its file name in the file column. */
const IMAGE_IN_LIST = /Drempelvrije ingang van de bibliotheek|ingang-bibliotheek/
const TITLE = 'Toegankelijk vergaderen zonder muis'

/** What has focus: enough to say where the keyboard is and to report the route it took. */
interface Focus {
  tag: string
  id: string
  /** The accessible name as a screen reader would read it (aria-label, label or text). */
  name: string
  /** The id of the Payload field (`field-<name>`) that holds the focused element. */
  field: string | null
  editable: boolean
}

async function focusOf(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) {
      return { tag: 'BODY', id: '', name: '', field: null, editable: false }
    }
    const labelledBy = element
      .getAttribute('aria-labelledby')
      ?.split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
    const labels = (element as HTMLInputElement).labels
    const name =
      element.getAttribute('aria-label') ||
      labelledBy ||
      (labels && labels.length > 0 ? labels[0]!.textContent : '') ||
      element.textContent ||
      element.getAttribute('title') ||
      ''
    return {
      tag: element.tagName,
      id: element.id,
      name: name.replace(/\s+/g, ' ').trim(),
      field: element.closest('[id^="field-"]')?.id ?? null,
      editable: element.isContentEditable,
    }
  })
}

const describeFocus = (focus: Focus) =>
  `${focus.tag}${focus.id ? `#${focus.id}` : ''}${focus.name ? ` "${focus.name.slice(0, 40)}"` : ''}${focus.field ? ` in ${focus.field}` : ''}`

/**
 * Presses Tab (or Shift+Tab) until the focused element matches, as a keyboard user does; fails
 * with the route focus took when it does not get there in `max` presses.
 */
async function tabTo(
  page: Page,
  what: string,
  matches: (focus: Focus) => boolean,
  { back = false, max = 60 } = {},
): Promise<Focus> {
  const route: string[] = []
  for (let press = 0; press < max; press++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const focus = await focusOf(page)
    if (matches(focus)) return focus
    route.push(describeFocus(focus))
  }
  throw new Error(
    `${what}: not reached with ${max} × ${back ? 'Shift+Tab' : 'Tab'}; focus went ${route.join(' → ')}`,
  )
}

const byId = (id: string) => (focus: Focus) => focus.id === id
const byName = (name: RegExp) => (focus: Focus) => name.test(focus.name)
const inField = (field: string, name: RegExp) => (focus: Focus) =>
  focus.field === `field-${field}` && name.test(focus.name)

describe('the Dutch admin with the keyboard only', () => {
  let platform: TestPlatform
  let browser: Browser
  let page: Page

  const adminUrl = (pathname = '') => `${platform.urls.admin!.replace(/\/$/, '')}${pathname}`

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true })
    platform = await startTestPlatform({ admin: true })
    browser = await launchChromium()
    const context = await browser.newContext({
      locale: 'nl-NL',
      viewport: { width: 1280, height: 900 },
    })
    page = await context.newPage()
  })
  afterAll(async () => {
    await browser?.close()
    await platform?.stop()
  })

  it('logs in', async () => {
    await page.goto(adminUrl('/login'))
    await page.locator('#field-email').waitFor()
    await tabTo(page, 'e-mail', byId('field-email'))
    await page.keyboard.type('redacteur@example.org')
    await tabTo(page, 'password', byId('field-password'))
    await page.keyboard.type(platform.demoPassword)
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => !url.pathname.includes('/login'))
  })

  it('uploads an image with alternative text', async () => {
    await page.goto(adminUrl('/collections/media/create'), { waitUntil: 'networkidle' })
    const fileButton = byName(/^Selecteer een bestand$/)
    await tabTo(page, 'the file button', fileButton)
    // Enter on the button opens the file dialog; on a slow machine the first press can come
    // before the page is hydrated and do nothing: press again (by keyboard), up to three times.
    let chooser: FileChooser | undefined
    for (let attempt = 0; attempt < 3 && !chooser; attempt++) {
      if (!fileButton(await focusOf(page))) await tabTo(page, 'the file button', fileButton)
      const opened = page.waitForEvent('filechooser', { timeout: 10_000 }).catch(() => undefined)
      await page.keyboard.press('Enter')
      chooser = await opened
    }
    if (!chooser)
      throw new Error('the file dialog did not open with Enter on "Selecteer een bestand"')
    await chooser.setFiles({ name: IMAGE_FILE, mimeType: 'image/png', buffer: PNG })

    await tabTo(page, 'title', byId('field-title'))
    await page.keyboard.type(IMAGE_TITLE)
    await tabTo(page, 'alternative text', byId('field-alt'))
    await page.keyboard.type(IMAGE_ALT)
    // "Bewaar" sits above the fields, in the document controls.
    await tabTo(page, 'save', byName(/^Bewaar$/), { back: true })
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/collections\/media\/\d+$/)
  })

  it('writes a knowledge product, leaving the rich text editor with Tab and Shift+Tab', async () => {
    await page.goto(adminUrl('/collections/knowledge-products/create'), {
      waitUntil: 'networkidle',
    })
    await tabTo(page, 'title', byId('field-title'))
    await page.keyboard.type(TITLE)
    await tabTo(page, 'summary', byId('field-summary'))
    await page.keyboard.type('Zo vergadert iedereen mee, ook wie geen muis gebruikt.')

    const editor = await tabTo(page, 'the body editor', (focus) => focus.editable)
    // Named after its field (aria-label), which axe checks as aria-input-field-name.
    expect(editor.name).toBe('Inhoud')
    await page.keyboard.type('Stuur de stukken een week vooraf. Zet de vergadering op tijd.')

    // WCAG 2.1.2: Tab goes on to the next field instead of indenting, Shift+Tab goes back.
    await page.keyboard.press('Tab')
    expect((await focusOf(page)).editable).toBe(false)
    await page.keyboard.press('Shift+Tab')
    expect((await focusOf(page)).editable).toBe(true)
    await page.keyboard.press('Shift+Tab')
    expect((await focusOf(page)).editable).toBe(false)
    // Tab typed no indentation or tab character into the text.
    const body = page.locator('[contenteditable="true"][aria-label="Inhoud"]')
    expect((await body.innerText()).trim()).toBe(
      'Stuur de stukken een week vooraf. Zet de vergadering op tijd.',
    )
  })

  it('chooses the image as cover and publishes', async () => {
    await tabTo(
      page,
      'choose an existing cover image',
      inField('coverImage', /^Kies uit bestaande/),
    )
    await page.keyboard.press('Enter')
    // The list drawer of images; each row's title is a button that picks the image. While its
    // list loads, the drawer's only stop is "Sluiten" (Tab cycles on it): wait, as a person would,
    // until the list is there, then go through it by keyboard.
    await page
      .getByRole('dialog')
      .getByRole('button', { name: IMAGE_IN_LIST })
      .first()
      .waitFor({ timeout: 30_000 })
    await tabTo(page, 'the uploaded image in the drawer', byName(IMAGE_IN_LIST))
    // Its sort buttons and its create button are named in words (docs/accessibility.md).
    const names = await page
      .locator('[aria-label]')
      .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label')))
    expect(names).toContain('Sorteer op Titel Oplopend')
    expect(names.filter((name) => name?.includes('[object Object]'))).toEqual([])
    await page.keyboard.press('Enter')
    await expect.poll(() => page.locator('#field-coverImage').innerText()).toMatch(IMAGE_IN_LIST)

    // The publish button sits above the fields; back up to it from the cover image. It reads
    // "Publiceer wijzigingen" once the form has changes Payload has not published.
    await tabTo(page, 'publish', byName(/^(Publiceren|Publiceer wijzigingen)$/), {
      back: true,
      max: 80,
    })
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/collections\/knowledge-products\/\d+$/)
    await page.screenshot({ path: path.join(artifacts, 'admin-keyboard-published.png') })

    const published = async () => {
      const response = await graphql(
        platform.urls.graphql,
        '{ knowledgeProducts(first: 100) { edges { node { title coverImage { alt } } } } }',
      )
      const connection = response.data?.knowledgeProducts as {
        edges: Array<{ node: { title: string; coverImage: { alt: string } | null } }>
      }
      return connection.edges.find((edge) => edge.node.title === TITLE)?.node ?? null
    }
    await expect
      .poll(published, { timeout: 15_000 })
      .toEqual({ title: TITLE, coverImage: { alt: IMAGE_ALT } })
  })
})
