import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startMailCatcher } from '../../scripts/lib/platform.mjs'
import { freePort } from '../../scripts/lib/processes.mjs'
import { parseSubgraphSettings } from '../src/config'
import { hashToken, newNonce, unsubscribeTokenOf } from '../src/newsletter/tokens'
import { sendBatch } from '../src/newsletter/sendBatch'
import { PURGE_NEWSLETTER_TASK } from '../src/newsletter/purgeNewsletterSubscribers.task'
import { NEWSLETTER_QUEUE } from '../src/newsletter/sendNewsletterBatch.task'
import type { User } from '../src/payload-types'
import { startContentServer, type ContentServer } from '../src/subgraph/app'
import {
  ADMIN_EMAIL,
  EDITOR_EMAIL,
  HENGELO_EMAIL,
  login,
  ORGANISER_EMAIL,
  OUDE_IJSSELSTREEK_EMAIL,
  rest,
  startTestCms,
  type TestCms,
} from './support/testCms'

interface CaughtMail {
  id: string
  subject: string
  to: Array<{ address: string }>
  html?: string
  text?: string
}

interface Answer {
  data?: Record<string, Record<string, unknown> | null> | null
  errors?: Array<{ message: string; extensions?: { code?: string } }>
}

const PUBLIC_URL = 'http://gateway.test'
const SUBSCRIBE = `mutation S($input: SubscribeToNewsletterInput!) { subscribeToNewsletter(input: $input) { accepted } }`
const CONFIRM = `mutation C($token: String!) { confirmNewsletterSubscription(input: { token: $token }) { confirmed } }`
const UNSUBSCRIBE = `mutation U($token: String!) { unsubscribeFromNewsletter(input: { token: $token }) { unsubscribed } }`

describe('newsletter (double opt-in, issues, sending job)', () => {
  let mail: Awaited<ReturnType<typeof startMailCatcher>>
  let cms: TestCms
  let payload: Payload
  let server: ContentServer
  let editor: User

  beforeAll(async () => {
    mail = await startMailCatcher({
      host: '127.0.0.1',
      smtpPort: await freePort(),
      webPort: await freePort(),
    })
    cms = await startTestCms({ smtpUrl: mail.smtpUrl })
    payload = cms.payload
    server = await startContentServer({
      payload,
      host: '127.0.0.1',
      port: 0,
      settings: parseSubgraphSettings({ GATEWAY_PUBLIC_URL: PUBLIC_URL }),
    })
    editor = (await login(cms, EDITOR_EMAIL)).user
  }, 180_000)
  afterAll(async () => {
    await server?.stop()
    await cms?.destroy()
    await mail?.stop()
  })

  const ask = async (query: string, variables: Record<string, unknown>): Promise<Answer> => {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })
    return (await response.json()) as Answer
  }

  async function inbox(address: string): Promise<CaughtMail[]> {
    const all = (await (await fetch(`${mail.webUrl}/api/email`)).json()) as CaughtMail[]
    return all.filter((message) => message.to.some((to) => to.address === address))
  }

  async function waitForMail(address: string, count = 1): Promise<CaughtMail[]> {
    let received: CaughtMail[] = []
    for (let attempt = 0; attempt < 50 && received.length < count; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      received = await inbox(address)
    }
    return received
  }

  /** The mail's own headers, from its source (the catcher's parsed ones drop List-*). */
  async function headersOf(message: CaughtMail): Promise<Record<string, string>> {
    const source = await (await fetch(`${mail.webUrl}/api/email/${message.id}/source`)).text()
    const head = source.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ')
    return Object.fromEntries(
      head.split(/\r?\n/).map((line) => {
        const colon = line.indexOf(':')
        return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()]
      }),
    )
  }

  const tokenIn = (text: string | undefined, path: string): string => {
    const match = new RegExp(`${PUBLIC_URL}${path}\\?token=([A-Za-z0-9_-]+)`).exec(text ?? '')
    if (!match) throw new Error(`no ${path} link in the mail`)
    return match[1]!
  }

  const address = (name: string) => `${name}-${randomBytes(3).toString('hex')}@example.test`

  /** A confirmed subscriber as the opt-in leaves one (for the sending tests). */
  async function confirmedSubscriber(lifeDomains: string[] = [], state = 'confirmed') {
    const nonce = newNonce()
    const email = address('abonnee')
    const doc = await payload.create({
      collection: 'newsletter-subscribers',
      overrideAccess: true,
      data: {
        email,
        state: state as 'confirmed',
        lifeDomains: lifeDomains as [],
        confirmedAt: new Date().toISOString(),
        unsubscribeNonce: nonce,
        unsubscribeTokenHash: hashToken(unsubscribeTokenOf(payload.secret, nonce)),
      },
    })
    return { id: doc.id, email, unsubscribeToken: unsubscribeTokenOf(payload.secret, nonce) }
  }

  async function draftIssue(data: { lifeDomains?: string[] } = {}) {
    return payload.create({
      collection: 'newsletter-issues',
      data: {
        title: `Nieuwsbrief ${randomBytes(2).toString('hex')}`,
        intro: 'Hallo!',
        suggest: true,
        status: 'draft',
        ...(data as { lifeDomains?: [] }),
      },
      user: editor,
      overrideAccess: false,
    })
  }

  describe('subscribing', () => {
    it('mails a confirmation with List-Unsubscribe headers; only the confirmed address is subscribed', async () => {
      const email = address('nieuw')
      const answer = await ask(SUBSCRIBE, {
        input: { email: `  ${email.toUpperCase()} `, lifeDomains: ['vervoer'] },
      })
      expect(answer).toEqual({ data: { subscribeToNewsletter: { accepted: true } } })
      const [message] = await waitForMail(email)
      expect(message).toBeDefined()
      expect(message!.subject).toMatch(/Bevestig/)
      expect(message!.html).toContain('<html lang="nl">')
      const headers = await headersOf(message!)
      expect(headers['list-unsubscribe']).toMatch(
        new RegExp(`^<${PUBLIC_URL}/nieuwsbrief/afmelden\\?token=[A-Za-z0-9_-]{43}>$`),
      )
      expect(headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')

      const stored = await payload.find({
        collection: 'newsletter-subscribers',
        where: { email: { equals: email } },
        overrideAccess: true,
      })
      expect(stored.docs[0]).toMatchObject({ email, state: 'pending', lifeDomains: ['vervoer'] })
      // Hashes only, and never in an API answer.
      expect(stored.docs[0]).not.toHaveProperty('confirmationTokenHash')
      const token = tokenIn(message!.text, '/nieuwsbrief/bevestigen')
      const row = await payload.db.findOne<Record<string, unknown> & { id: number }>({
        collection: 'newsletter-subscribers',
        where: { email: { equals: email } },
      })
      expect(row!.confirmationTokenHash).toBe(hashToken(token))
      expect(JSON.stringify(row)).not.toContain(token)

      expect(await ask(CONFIRM, { token })).toEqual({
        data: { confirmNewsletterSubscription: { confirmed: true } },
      })
      const confirmed = await payload.findByID({
        collection: 'newsletter-subscribers',
        id: stored.docs[0]!.id,
        overrideAccess: true,
      })
      expect(confirmed.state).toBe('confirmed')
      // The link works once.
      const again = await ask(CONFIRM, { token })
      expect(again.errors?.[0]?.extensions?.code).toBe('TOKEN_INVALID')
    })

    it('answers a pending and a subscribed address as a new one, and mails at most once per 10 minutes', async () => {
      const email = address('bekend')
      const first = await ask(SUBSCRIBE, { input: { email } })
      await waitForMail(email)
      const pending = await ask(SUBSCRIBE, { input: { email } })
      expect(pending).toEqual(first)
      const [message] = await waitForMail(email)
      await ask(CONFIRM, { token: tokenIn(message!.text, '/nieuwsbrief/bevestigen') })
      const subscribed = await ask(SUBSCRIBE, { input: { email } })
      expect(subscribed).toEqual(first)
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(await inbox(email)).toHaveLength(1)
    })

    it('refuses a malformed address and unknown life domains with BAD_USER_INPUT, writing nothing', async () => {
      const before = await payload.count({
        collection: 'newsletter-subscribers',
        overrideAccess: true,
      })
      for (const input of [
        { email: 'geen-adres' },
        { email: 'a@b' },
        { email: `${'x'.repeat(250)}@example.test` },
        { email: address('ok'), lifeDomains: ['sport'] },
      ]) {
        const answer = await ask(SUBSCRIBE, { input })
        expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT')
      }
      const after = await payload.count({
        collection: 'newsletter-subscribers',
        overrideAccess: true,
      })
      expect(after.totalDocs).toBe(before.totalDocs)
    })

    it('refuses unknown and expired tokens with a code and nothing about any address', async () => {
      for (const query of [CONFIRM, UNSUBSCRIBE]) {
        const unknown = await ask(query, { token: randomBytes(32).toString('base64url') })
        expect(unknown.errors?.[0]?.extensions?.code).toBe('TOKEN_INVALID')
        expect(unknown.errors?.[0]?.message).not.toMatch(/@/)
        const malformed = await ask(query, { token: 'kort' })
        expect(malformed.errors?.[0]?.extensions?.code).toBe('TOKEN_INVALID')
      }
      const email = address('verlopen')
      await ask(SUBSCRIBE, { input: { email } })
      const [message] = await waitForMail(email)
      const row = await payload.db.findOne<{ id: number }>({
        collection: 'newsletter-subscribers',
        where: { email: { equals: email } },
      })
      await payload.db.pool.query(
        `UPDATE newsletter_subscribers SET confirmation_expires_at = now() - interval '1 minute' WHERE id = $1`,
        [row!.id],
      )
      const expired = await ask(CONFIRM, {
        token: tokenIn(message!.text, '/nieuwsbrief/bevestigen'),
      })
      expect(expired.errors?.[0]?.extensions?.code).toBe('TOKEN_EXPIRED')
    })

    it('unsubscribes with the link of any mail, idempotently', async () => {
      const subscriber = await confirmedSubscriber()
      const answer = await ask(UNSUBSCRIBE, { token: subscriber.unsubscribeToken })
      expect(answer).toEqual({ data: { unsubscribeFromNewsletter: { unsubscribed: true } } })
      expect(await ask(UNSUBSCRIBE, { token: subscriber.unsubscribeToken })).toEqual(answer)
      const doc = await payload.findByID({
        collection: 'newsletter-subscribers',
        id: subscriber.id,
        overrideAccess: true,
      })
      expect(doc).toMatchObject({ state: 'unsubscribed' })
      expect(doc.unsubscribedAt).toBeTruthy()
    })
  })

  it('purges addresses that never confirmed and those unsubscribed over 30 days ago, daily', async () => {
    const expired = await confirmedSubscriber([], 'pending')
    const fresh = await confirmedSubscriber([], 'pending')
    const longGone = await confirmedSubscriber([], 'unsubscribed')
    const recentlyGone = await confirmedSubscriber([], 'unsubscribed')
    const confirmed = await confirmedSubscriber()
    const sql = `UPDATE newsletter_subscribers SET confirmation_expires_at = $2, unsubscribed_at = $3 WHERE id = $1`
    const days = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString()
    await payload.db.pool.query(sql, [expired.id, days(-1), null])
    await payload.db.pool.query(sql, [fresh.id, days(6), null])
    await payload.db.pool.query(sql, [longGone.id, null, days(-31)])
    await payload.db.pool.query(sql, [recentlyGone.id, null, days(-29)])
    await payload.jobs.queue({ task: PURGE_NEWSLETTER_TASK, input: {}, queue: NEWSLETTER_QUEUE })
    await payload.jobs.run({ queue: NEWSLETTER_QUEUE })
    const { rows } = await payload.db.pool.query<{ id: number }>(
      'SELECT id FROM newsletter_subscribers WHERE id = ANY($1::int[])',
      [[expired.id, fresh.id, longGone.id, recentlyGone.id, confirmed.id]],
    )
    expect(rows.map((row) => row.id).sort()).toEqual(
      [fresh.id, recentlyGone.id, confirmed.id].sort(),
    )
    // Scheduled daily on the newsletter queue.
    const task = payload.config.jobs.tasks?.find((t) => t.slug === PURGE_NEWSLETTER_TASK)
    expect(task?.schedule).toEqual([{ cron: '0 3 * * *', queue: NEWSLETTER_QUEUE }])
  })

  describe('access, as every role', () => {
    const roles = [
      ['anonymous', undefined],
      ['editor', EDITOR_EMAIL],
      ['organiser', ORGANISER_EMAIL],
      ['municipal official (GM1509)', OUDE_IJSSELSTREEK_EMAIL],
      ['municipal official (GM0164)', HENGELO_EMAIL],
      ['adviser', 'adviseur@example.org'],
      ['admin', ADMIN_EMAIL],
    ] as const

    it.each(roles)(
      'subscribers and deliveries: only an admin reads them (%s)',
      async (role, email) => {
        const subscriber = await confirmedSubscriber()
        const token = email ? (await login(cms, email)).token : undefined
        const isAdmin = role === 'admin'
        for (const collection of ['newsletter-subscribers', 'newsletter-deliveries']) {
          const list = await rest(cms, `/${collection}?limit=100`, token)
          if (isAdmin) {
            expect(list.status).toBe(200)
          } else {
            expect([401, 403]).toContain(list.status)
            expect(await list.text()).not.toContain('@example.test')
          }
        }
        const one = await rest(cms, `/newsletter-subscribers/${subscriber.id}`, token)
        expect(one.status === 200).toBe(isAdmin)
        if (isAdmin) {
          const body = (await one.json()) as Record<string, unknown>
          expect(body.email).toBe(subscriber.email)
          for (const secret of [
            'confirmationTokenHash',
            'unsubscribeTokenHash',
            'unsubscribeNonce',
          ]) {
            expect(body).not.toHaveProperty(secret)
          }
        }
        // Nobody creates a subscriber past the double opt-in, not even an admin.
        const create = await rest(cms, '/newsletter-subscribers', token, {
          method: 'POST',
          body: { email: address('direct'), state: 'confirmed' },
        })
        expect([401, 403]).toContain(create.status)
        const update = await rest(cms, `/newsletter-subscribers/${subscriber.id}`, token, {
          method: 'PATCH',
          body: { state: 'unsubscribed' },
        })
        expect(update.status === 200).toBe(isAdmin)
      },
    )

    it.each(roles)(
      'issues: editors and admins compose, preview and send; nobody else (%s)',
      async (role, email) => {
        const token = email ? (await login(cms, email)).token : undefined
        const allowed = role === 'admin' || role === 'editor'
        const create = await rest(cms, '/newsletter-issues', token, {
          method: 'POST',
          body: { title: 'Toegang', intro: 'x' },
        })
        expect(create.status === 201).toBe(allowed)
        const issue = await draftIssue()
        const list = await rest(cms, '/newsletter-issues', token)
        expect(list.status === 200).toBe(allowed)
        const preview = await rest(cms, `/newsletter-issues/${issue.id}/preview`, token)
        expect(preview.status === 200).toBe(allowed)
        if (!allowed) expect(await preview.text()).not.toContain('Hallo!')
        const send = await rest(cms, `/newsletter-issues/${issue.id}`, token, {
          method: 'PATCH',
          body: { send: true },
        })
        expect(send.status === 200).toBe(allowed)
        const after = await payload.findByID({
          collection: 'newsletter-issues',
          id: issue.id,
          overrideAccess: true,
        })
        expect(after.status).toBe(allowed ? 'sending' : 'draft')
        // Leave no queued job behind for the sending tests.
        await payload.update({
          collection: 'newsletter-issues',
          id: issue.id,
          data: { status: 'sent' },
          overrideAccess: true,
          context: { newsletterProgress: true },
        })
      },
    )
  })

  describe('composing and sending', () => {
    it('suggests recent published content and previews the exact mail (HTML and text)', async () => {
      const issue = await draftIssue()
      expect(
        (issue.news ?? []).length +
          (issue.knowledgeProducts ?? []).length +
          (issue.events ?? []).length,
      ).toBeGreaterThan(0)
      expect(issue.suggest).toBe(false)
      const { token } = await login(cms, EDITOR_EMAIL)
      const html = await rest(cms, `/newsletter-issues/${issue.id}/preview`, token)
      expect(html.headers.get('content-type')).toMatch(/text\/html/)
      const body = await html.text()
      expect(body).toContain('<html lang="nl">')
      expect(body).toContain(`<h1>${issue.title}</h1>`)
      expect(body).toMatch(/<h2>(Nieuws|Kennisproducten|Bijeenkomsten)<\/h2>/)
      expect(body).not.toMatch(/<table(?![^>]*role="presentation")/)
      expect(body).toContain('/nieuwsbrief/afmelden?token=')
      const text = await rest(cms, `/newsletter-issues/${issue.id}/preview?format=text`, token)
      expect(text.headers.get('content-type')).toMatch(/text\/plain/)
      expect(await text.text()).toContain(issue.title)
    })

    it('keeps progress fields out of editors’ hands', async () => {
      const issue = await draftIssue()
      const { token } = await login(cms, EDITOR_EMAIL)
      const response = await rest(cms, `/newsletter-issues/${issue.id}`, token, {
        method: 'PATCH',
        body: { status: 'sent', sentCount: 999 },
      })
      expect(response.status).toBe(200)
      const after = await payload.findByID({
        collection: 'newsletter-issues',
        id: issue.id,
        overrideAccess: true,
      })
      expect(after).toMatchObject({ status: 'draft', sentCount: null })
    })

    it('sends in batches, once per subscriber, going on after a restart and never twice', async () => {
      // Only this test's subscribers are confirmed from here on.
      await payload.db.pool.query(
        `UPDATE newsletter_subscribers SET state = 'unsubscribed' WHERE state = 'confirmed'`,
      )
      const subscribers = await Promise.all(Array.from({ length: 5 }, () => confirmedSubscriber()))
      const issue = await draftIssue()
      await payload.update({
        collection: 'newsletter-issues',
        id: issue.id,
        data: { status: 'sending' },
        overrideAccess: true,
        context: { newsletterProgress: true },
      })
      const options = { publicUrl: PUBLIC_URL, batchSize: 2 }
      const first = await sendBatch(payload, issue.id, options)
      expect(first).toMatchObject({ claimed: 2, sent: 2, more: true })

      // A crash after claiming the next one, before SMTP accepted its mail: it stays claimed.
      const byId = [...subscribers].sort((x, y) => x.id - y.id)
      const lost = byId[2]!
      await payload.db.pool.query(
        `INSERT INTO newsletter_deliveries (issue_id, subscriber_id, status, claimed_at, updated_at, created_at)
         VALUES ($1, $2, 'claimed', now(), now(), now())`,
        [issue.id, lost.id],
      )
      // Someone not mailed yet unsubscribes mid-send.
      const leaving = byId[3]!
      await ask(UNSUBSCRIBE, { token: leaving.unsubscribeToken })

      // "Restarted": the runs go on until done, and again after that changes nothing.
      let result = await sendBatch(payload, issue.id, options)
      while (result.more) result = await sendBatch(payload, issue.id, options)
      await sendBatch(payload, issue.id, options)

      await new Promise((resolve) => setTimeout(resolve, 500))
      for (const subscriber of subscribers) {
        const got = (await inbox(subscriber.email)).filter((m) => m.subject.startsWith(issue.title))
        const expected = subscriber === lost || subscriber === leaving ? 0 : 1
        expect(got, subscriber.email).toHaveLength(expected)
        if (expected) {
          const headers = await headersOf(got[0]!)
          expect(headers['list-unsubscribe']).toContain(subscriber.unsubscribeToken)
          expect(headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click')
          expect(got[0]!.text).toContain(issue.title)
        }
      }
      const done = await payload.findByID({
        collection: 'newsletter-issues',
        id: issue.id,
        overrideAccess: true,
      })
      expect(done).toMatchObject({ status: 'sent', recipientCount: 5, sentCount: 3 })
      expect(done.sentAt).toBeTruthy()
    })

    it('sends through the jobs queue to subscribers of the issue’s life domains (none: everything)', async () => {
      await payload.db.pool.query(
        `UPDATE newsletter_subscribers SET state = 'unsubscribed' WHERE state = 'confirmed'`,
      )
      const everything = await confirmedSubscriber([])
      const transport = await confirmedSubscriber(['vervoer', 'thuis'])
      const work = await confirmedSubscriber(['werk-en-inkomen'])
      const pending = await confirmedSubscriber([], 'pending')
      const issue = await draftIssue({ lifeDomains: ['vervoer'] })
      const { token } = await login(cms, EDITOR_EMAIL)
      const send = await rest(cms, `/newsletter-issues/${issue.id}`, token, {
        method: 'PATCH',
        body: { send: true },
      })
      expect(send.status).toBe(200)
      await payload.jobs.run({ queue: NEWSLETTER_QUEUE })
      await payload.jobs.run({ queue: NEWSLETTER_QUEUE })
      await new Promise((resolve) => setTimeout(resolve, 500))
      const got = async (email: string) =>
        (await inbox(email)).filter((m) => m.subject.startsWith(issue.title)).length
      expect(await got(everything.email)).toBe(1)
      expect(await got(transport.email)).toBe(1)
      expect(await got(work.email)).toBe(0)
      expect(await got(pending.email)).toBe(0)
      const done = await payload.findByID({
        collection: 'newsletter-issues',
        id: issue.id,
        overrideAccess: true,
      })
      expect(done).toMatchObject({ status: 'sent', recipientCount: 2, sentCount: 2 })
      // A sent issue no longer changes (nor goes), and "send" again never sends again.
      const edit = await rest(cms, `/newsletter-issues/${issue.id}`, token, {
        method: 'PATCH',
        body: { title: 'Anders', send: true },
      })
      expect(edit.status).toBe(403)
      const remove = await rest(cms, `/newsletter-issues/${issue.id}`, token, { method: 'DELETE' })
      expect(remove.status).toBe(403)
      const kept = await payload.findByID({
        collection: 'newsletter-issues',
        id: issue.id,
        overrideAccess: true,
      })
      expect(kept.title).toBe(issue.title)
      await payload.jobs.run({ queue: NEWSLETTER_QUEUE })
      expect(await got(everything.email)).toBe(1)
    })
  })
})
