import net from 'node:net'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMailCatcher } from '../../scripts/lib/platform.mjs'
import { freePort } from '../../scripts/lib/processes.mjs'
import { launchChromium } from '../support/browser.js'

/**
 * The mail catcher `npm start` runs (maildev 3, `startMailCatcher`): its web inbox at `/` shows
 * a mail that arrived over SMTP. maildev answers `/` with its inbox page only to a client that
 * accepts HTML, as every browser does; other clients get its API's JSON 404 (docs in README).
 */
let catcher: Awaited<ReturnType<typeof startMailCatcher>>
let browser: Browser
const SUBJECT = 'Bevestig uw beoordeling van Hengelo'

/** One mail over plain SMTP, command by command, each awaiting its reply code. */
async function sendMail(smtpUrl: string, subject: string, text: string): Promise<void> {
  const { hostname, port } = new URL(smtpUrl)
  const socket = net.connect(Number(port), hostname)
  let buffer = ''
  const waiters: Array<(line: string) => void> = []
  socket.setEncoding('utf8')
  socket.on('data', (chunk: string) => {
    buffer += chunk
    // A reply's last line is "250 …" (a space after the code); "250-…" lines continue it.
    for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
      const line = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      if (/^\d{3} /.test(line)) waiters.shift()?.(line)
    }
  })
  const reply = () => new Promise<string>((resolve) => waiters.push(resolve))
  const command = async (line: string, expected: string) => {
    const answer = reply()
    socket.write(`${line}\r\n`)
    expect(await answer).toMatch(new RegExp(`^${expected}`))
  }
  expect(await reply()).toMatch(/^220/)
  await command('EHLO test.example.org', '250')
  await command('MAIL FROM:<verkiezing@example.org>', '250')
  await command('RCPT TO:<inwoner@example.org>', '250')
  await command('DATA', '354')
  await command(
    [
      'From: verkiezing@example.org',
      'To: inwoner@example.org',
      `Subject: ${subject}`,
      'Content-Type: text/plain; charset=utf-8',
      '',
      text,
      '.',
    ].join('\r\n'),
    '250',
  )
  await command('QUIT', '221')
  socket.end()
}

beforeAll(async () => {
  catcher = await startMailCatcher({
    host: '127.0.0.1',
    smtpPort: await freePort(),
    webPort: await freePort(),
  })
  browser = await launchChromium()
  await sendMail(catcher.smtpUrl, SUBJECT, 'Klik op de link om uw beoordeling te bevestigen.')
})

afterAll(async () => {
  await browser?.close()
  await catcher?.stop()
})

describe('the mail catcher of npm start', () => {
  it('answers GET / from a browser with the inbox page', async () => {
    const page = await fetch(`${catcher.webUrl}/`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    })
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await page.text()).toMatch(/<title>[^<]*MailDev/i)
    // Without `Accept: text/html` (curl's default) maildev's API answers instead.
    const api = await fetch(`${catcher.webUrl}/`)
    expect(api.status).toBe(404)
  })

  it('lists a mail sent through SMTP in the inbox, and opens it', async () => {
    const page = await browser.newPage()
    try {
      const response = await page.goto(`${catcher.publicWebUrl}/`)
      expect(response?.status()).toBe(200)
      await page.getByText(SUBJECT).first().click({ timeout: 20_000 })
      await page
        .getByText('Klik op de link om uw beoordeling te bevestigen.')
        .first()
        .waitFor({ timeout: 20_000 })
    } finally {
      await page.close()
    }
  })
})
