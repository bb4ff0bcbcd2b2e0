import { execFile } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, startTestPlatform, type TestPlatform } from '../support/platform.js'

/**
 * The newsletter end to end on the real services: subscribe through the gateway, read the
 * confirmation from the mail catcher, confirm on the gateway's page, an editor sends an issue
 * (Local API as the editor; the content service's job runner sends it), one-click unsubscribe.
 */
const SECOND = 1000
const here = path.dirname(fileURLToPath(import.meta.url))
const tsx = createRequire(import.meta.url).resolve('tsx/cli')
const run = promisify(execFile)

let platform: TestPlatform
let origin: string

beforeAll(async () => {
  platform = await startTestPlatform({ admin: false })
  origin = new URL(platform.urls.graphql).origin
})

afterAll(async () => {
  await platform?.stop()
})

interface Mail {
  id: string
  subject: string
  text: string
  html: string
  to: Array<{ address: string }>
}

async function mailsTo(address: string): Promise<Mail[]> {
  const mails = (await (await fetch(`${platform.mailUrl}/api/email`)).json()) as Mail[]
  return mails.filter((mail) => mail.to.some((to) => to.address === address))
}

async function waitForMails(address: string, count: number, timeoutMs = 10 * SECOND) {
  const deadline = Date.now() + timeoutMs
  let mails: Mail[] = []
  while (Date.now() < deadline) {
    mails = await mailsTo(address)
    if (mails.length >= count) return mails
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${mails.length} of ${count} e-mail(s) to ${address}`)
}

/** The mail's own headers, from its source (the catcher's parsed ones drop List-*). */
async function headersOf(mail: Mail): Promise<Record<string, string>> {
  const source = await (await fetch(`${platform.mailUrl}/api/email/${mail.id}/source`)).text()
  const head = source.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ')
  return Object.fromEntries(
    head.split(/\r?\n/).map((line) => {
      const colon = line.indexOf(':')
      return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()]
    }),
  )
}

/** A link of the mail, moved to this test's gateway (the links name GATEWAY_PUBLIC_URL). */
function linkIn(text: string, pathname: string): URL {
  const match = new RegExp(`https?://[^\\s>]+${pathname}\\?token=[A-Za-z0-9_-]+`).exec(text)
  if (!match) throw new Error(`no ${pathname} link in the mail`)
  const link = new URL(match[0])
  return new URL(`${link.pathname}${link.search}`, origin)
}

const SUBSCRIBE = `mutation S($input: SubscribeToNewsletterInput!) { subscribeToNewsletter(input: $input) { accepted } }`

async function sendIssue(title: string): Promise<void> {
  const { stdout } = await run(
    process.execPath,
    [
      tsx,
      path.join(here, 'compose-issue.ts'),
      JSON.stringify({ title, editor: 'redacteur@example.org' }),
    ],
    {
      cwd: path.join(here, '../../cms'),
      env: {
        ...process.env,
        CMS_DATABASE_URL: platform.databaseUrls.cms,
        NODE_OPTIONS: '--conditions=production --no-deprecation',
      },
      timeout: 120 * SECOND,
    },
  )
  expect(stdout).toContain('"status":"sending"')
}

describe('newsletter through the gateway', () => {
  const alice = 'alice@example.test'
  const bob = 'bob@example.test'
  let aliceUnsubscribe: URL

  it('double opt-in: the mail carries List-Unsubscribe; GET shows a button, only POST confirms', async () => {
    const answer = await graphql(platform.urls.graphql, SUBSCRIBE, {
      variables: { input: { email: alice, lifeDomains: ['vervoer'] } },
    })
    expect(answer).toEqual({ data: { subscribeToNewsletter: { accepted: true } } })
    const [mail] = await waitForMails(alice, 1)
    expect(mail!.subject).toMatch(/Bevestig/)
    expect(mail!.html).toContain('<html lang="nl">')
    const headers = await headersOf(mail!)
    expect(headers['list-unsubscribe']).toMatch(
      /^<https?:\/\/[^>]+\/nieuwsbrief\/afmelden\?token=[A-Za-z0-9_-]{43}>$/,
    )
    expect(headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    aliceUnsubscribe = linkIn(headers['list-unsubscribe']!, '/nieuwsbrief/afmelden')

    const confirm = linkIn(mail!.text, '/nieuwsbrief/bevestigen')
    const page = await fetch(confirm)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('<button type="submit">Aanmelding bevestigen</button>')
    // Opening the link twice (a scanner, a preview) confirmed nothing: the token still works.
    await fetch(confirm)
    const token = confirm.searchParams.get('token')!
    const posted = await fetch(new URL(confirm.pathname, origin), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    })
    expect(posted.status).toBe(200)
    expect(await posted.text()).toContain('u bent aangemeld')
    // Used once: a second POST is told so, and nothing about the address.
    const again = await fetch(new URL(confirm.pathname, origin), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    })
    expect(again.status).toBe(404)
    expect(await again.text()).not.toContain(alice)
  })

  it('subscribing again answers identically and sends no second mail within the throttle', async () => {
    const first = await graphql(platform.urls.graphql, SUBSCRIBE, {
      variables: { input: { email: bob } },
    })
    await waitForMails(bob, 1)
    const secondBob = await graphql(platform.urls.graphql, SUBSCRIBE, {
      variables: { input: { email: bob } },
    })
    const againAlice = await graphql(platform.urls.graphql, SUBSCRIBE, {
      variables: { input: { email: alice } },
    })
    expect(secondBob).toEqual(first)
    expect(againAlice).toEqual(first)
    await new Promise((resolve) => setTimeout(resolve, SECOND))
    expect(await mailsTo(bob)).toHaveLength(1)
    expect(await mailsTo(alice)).toHaveLength(1)
    // Bob confirms too.
    const [mail] = await mailsTo(bob)
    const confirm = linkIn(mail!.text, '/nieuwsbrief/bevestigen')
    const posted = await fetch(new URL(confirm.pathname, origin), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: confirm.searchParams.get('token')! }).toString(),
    })
    expect(posted.status).toBe(200)
  })

  it('an issue an editor sends arrives once per confirmed subscriber', async () => {
    const carol = 'carol@example.test'
    await graphql(platform.urls.graphql, SUBSCRIBE, { variables: { input: { email: carol } } })
    await waitForMails(carol, 1) // pending: never confirmed

    await sendIssue('Nieuwsbrief december')
    const [toAlice] = (await waitForMails(alice, 2, 40 * SECOND)).filter((m) =>
      m.subject.startsWith('Nieuwsbrief december'),
    )
    await waitForMails(bob, 2, 20 * SECOND)
    expect(toAlice!.html).toContain('<h1>Nieuwsbrief december</h1>')
    expect(toAlice!.text).toContain('Afmelden:')
    const headers = await headersOf(toAlice!)
    expect(headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
    // Later runs of the queue send nothing again.
    await new Promise((resolve) => setTimeout(resolve, 12 * SECOND))
    const issueMails = async (to: string) =>
      (await mailsTo(to)).filter((m) => m.subject.startsWith('Nieuwsbrief december')).length
    expect(await issueMails(alice)).toBe(1)
    expect(await issueMails(bob)).toBe(1)
    expect(await issueMails(carol)).toBe(0)
  }, 120_000)

  it('one-click unsubscribe (RFC 8058): the next issue is not delivered', async () => {
    const oneClick = await fetch(aliceUnsubscribe, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    })
    expect(oneClick.status).toBe(200)
    expect(await oneClick.text()).toContain('U bent afgemeld')

    await sendIssue('Nieuwsbrief januari')
    await waitForMails(bob, 3, 40 * SECOND)
    await new Promise((resolve) => setTimeout(resolve, 2 * SECOND))
    const januari = (await mailsTo(alice)).filter((m) =>
      m.subject.startsWith('Nieuwsbrief januari'),
    )
    expect(januari).toHaveLength(0)
  }, 120_000)
})
