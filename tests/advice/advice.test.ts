import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, startTestPlatform, type TestPlatform } from '../support/platform.js'

/**
 * Tailored advice end to end on the real services, through the gateway: an official asks, the
 * request is in the adviser's queue (and in nobody else's), the adviser assigns and replies in
 * the CMS (Local API as the adviser), the reply mail arrives, the official sees state and reply;
 * an anonymous requester confirms through the gateway's page with the link from the mail.
 */
const SECOND = 1000
const here = path.dirname(fileURLToPath(import.meta.url))
const tsx = createRequire(import.meta.url).resolve('tsx/cli')
const run = promisify(execFile)

const ACCOUNTS = {
  official: 'gemeente.oude-ijsselstreek@example.org',
  otherOfficial: 'gemeente.hengelo@example.org',
  adviser: 'adviseur@example.org',
  editor: 'redacteur@example.org',
  organiser: 'organisator@example.org',
  admin: 'admin@example.org',
} as const
type Account = keyof typeof ACCOUNTS

let platform: TestPlatform
let origin: string
const tokens = {} as Record<Account, string>

/** Runs steps in the CMS as people (see cms-as.ts); one Payload start for all of them. */
async function inCms(steps: unknown[]): Promise<Array<Record<string, unknown>>> {
  const { stdout } = await run(
    process.execPath,
    [tsx, path.join(here, 'cms-as.ts'), JSON.stringify(steps)],
    {
      cwd: path.join(here, '../../cms'),
      env: {
        ...process.env,
        CMS_DATABASE_URL: platform.databaseUrls.cms,
        PAYLOAD_SECRET: platform.payloadSecret,
        SMTP_URL: platform.smtpUrl,
        NODE_OPTIONS: '--conditions=production --no-deprecation',
      },
      timeout: 120 * SECOND,
    },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Array<Record<string, unknown>>
}

beforeAll(async () => {
  platform = await startTestPlatform({ admin: false, env: { RATE_LIMIT_POINTS: '100000' } })
  origin = new URL(platform.urls.graphql).origin
  const accounts = Object.keys(ACCOUNTS) as Account[]
  const logins = await inCms(
    accounts.map((account) => ({ login: ACCOUNTS[account], password: platform.demoPassword })),
  )
  accounts.forEach((account, index) => {
    tokens[account] = logins[index]!.token as string
  })
}, 300_000)

afterAll(async () => {
  await platform?.stop()
})

interface Mail {
  subject: string
  text: string
  to: Array<{ address: string }>
}

async function waitForMails(address: string, count: number, timeoutMs = 10 * SECOND) {
  const deadline = Date.now() + timeoutMs
  let mails: Mail[] = []
  while (Date.now() < deadline) {
    const all = (await (await fetch(`${platform.mailUrl}/api/email`)).json()) as Mail[]
    mails = all.filter((mail) => mail.to.some((to) => to.address === address))
    if (mails.length >= count) return mails
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${mails.length} of ${count} e-mail(s) to ${address}`)
}

/** A link of the mail, moved to this test's gateway (the links name GATEWAY_PUBLIC_URL). */
function linkIn(text: string, pathname: string): URL {
  const match = new RegExp(`https?://[^\\s>]+${pathname}\\?token=[A-Za-z0-9_%-]+`).exec(text)
  if (!match) throw new Error(`no ${pathname} link in the mail`)
  const link = new URL(match[0])
  return new URL(`${link.pathname}${link.search}`, origin)
}

const REQUEST_ADVICE = `mutation Ask($input: RequestAdviceInput!) {
  requestAdvice(input: $input) { confirmationRequired request { id state } }
}`

const QUEUE = `{ adviceRequests(first: 100) { edges { node { id state municipality { code name } contact { email } } } } }`

const MINE = `{ myAdviceRequests(first: 20) { edges { node { id state replies { message sentAt } } } } }`

const as = (account: Account | 'anonymous') =>
  account === 'anonymous' ? {} : { token: tokens[account] }

const codeOf = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  answer.errors?.[0]?.extensions?.code

describe('tailored advice through the gateway', () => {
  let requestId: string
  const officialAddress = `gijs-${randomBytes(3).toString('hex')}@example.test`

  it("an official asks; the request is in the adviser's queue, with the municipality from the monitor", async () => {
    const answer = await graphql(platform.urls.graphql, REQUEST_ADVICE, {
      ...as('official'),
      variables: {
        input: {
          municipalityCode: 'GM1509',
          lifeDomains: ['thuis'],
          topics: ['LOCAL_INCLUSION_AGENDA'],
          question: 'Hoe maken we onze Lokale Inclusie Agenda samen met inwoners?',
          preferredForm: 'VISIT',
          contact: { name: 'Gijs van Oude IJsselstreek', email: officialAddress },
        },
      },
    })
    expect(answer.errors).toBeUndefined()
    const result = answer.data!.requestAdvice as { request: { id: string; state: string } }
    expect(result.request.state).toBe('NEW')
    requestId = result.request.id

    const queue = await graphql(platform.urls.graphql, QUEUE, as('adviser'))
    expect(queue.errors).toBeUndefined()
    const edges = (
      queue.data!.adviceRequests as { edges: Array<{ node: Record<string, unknown> }> }
    ).edges
    expect(edges.map((edge) => edge.node)).toContainEqual({
      id: requestId,
      state: 'NEW',
      // name: the monitor's field on the content's entity.
      municipality: { code: 'GM1509', name: 'Oude IJsselstreek' },
      contact: { email: officialAddress },
    })
  })

  it('shows the queue as every role: the team and the own municipality; refused or empty for the rest', async () => {
    const seen = async (account: Account | 'anonymous') => {
      const answer = await graphql(platform.urls.graphql, QUEUE, as(account))
      if (answer.errors) return codeOf(answer)
      const edges = (answer.data!.adviceRequests as { edges: Array<{ node: { id: string } }> })
        .edges
      return edges.some((edge) => edge.node.id === requestId)
    }
    expect(await seen('anonymous')).toBe('UNAUTHENTICATED')
    expect(await seen('editor')).toBe('FORBIDDEN')
    expect(await seen('organiser')).toBe('FORBIDDEN')
    expect(await seen('adviser')).toBe(true)
    expect(await seen('admin')).toBe(true)
    expect(await seen('official')).toBe(true)
    // An official of another municipality sees nothing of it.
    expect(await seen('otherOfficial')).toBe(false)
    const mine = await graphql(platform.urls.graphql, MINE, as('otherOfficial'))
    expect((mine.data!.myAdviceRequests as { edges: unknown[] }).edges).toEqual([])
  })

  it('the adviser assigns and replies in the CMS; the mail arrives and the official sees state and reply', async () => {
    const reply = 'Graag komen wij op 12 maart langs. Wij nemen de handreiking mee.'
    const results = await inCms([
      {
        as: ACCOUNTS.adviser,
        update: Number(requestId),
        data: { state: 'assigned', assignee: 'self' },
      },
      { as: ACCOUNTS.adviser, update: Number(requestId), data: { replies: [{ message: reply }] } },
    ])
    expect(results).toEqual([
      { state: 'assigned', replies: 0 },
      { state: 'assigned', replies: 1 },
    ])
    const mails = await waitForMails(officialAddress, 2)
    expect(mails.map((mail) => mail.subject)).toContainEqual(
      expect.stringMatching(/^Antwoord op uw adviesvraag/),
    )
    expect(mails.find((mail) => mail.subject.startsWith('Antwoord'))!.text).toContain(reply)

    const mine = await graphql(platform.urls.graphql, MINE, as('official'))
    const node = (
      mine.data!.myAdviceRequests as { edges: Array<{ node: { id: string } }> }
    ).edges.find((edge) => edge.node.id === requestId)!.node
    expect(node).toMatchObject({ state: 'ASSIGNED', replies: [{ message: reply }] })
  }, 180_000)

  it("gives an adviser the monitor's public data, not a municipality's private measurements", async () => {
    const answer = await graphql(
      platform.urls.graphql,
      `
        {
          municipality(code: "GM0363") {
            name
            weakestTopics(limit: 2) {
              mean
            }
            measurements(first: 1) {
              totalCount
            }
          }
        }
      `,
      as('adviser'),
    )
    expect(answer.data!.municipality).toMatchObject({ name: 'Amsterdam', measurements: null })
    expect(
      Array.isArray((answer.data!.municipality as { weakestTopics: unknown }).weakestTopics),
    ).toBe(true)
    expect(codeOf(answer)).toBe('FORBIDDEN')
  })

  it('an official of another municipality may not ask for this one (FORBIDDEN)', async () => {
    const answer = await graphql(platform.urls.graphql, REQUEST_ADVICE, {
      ...as('otherOfficial'),
      variables: {
        input: {
          municipalityCode: 'GM1509',
          topics: ['ACCESSIBILITY'],
          question: 'Mogen wij voor de buurgemeente vragen?',
          preferredForm: 'CALL',
          contact: { name: 'Hanneke van Hengelo' },
        },
      },
    })
    expect(codeOf(answer)).toBe('FORBIDDEN')
  })

  it('anonymously: the confirmation mail links to the gateway page, GET never confirms, POST does', async () => {
    const email = `inwoner-${randomBytes(3).toString('hex')}@example.test`
    const answer = await graphql(platform.urls.graphql, REQUEST_ADVICE, {
      variables: {
        input: {
          municipalityCode: 'GM0164',
          crpdArticles: [9],
          question: 'Hoe maken wij ons gemeentehuis toegankelijk?',
          preferredForm: 'EMAIL',
          contact: { name: 'Ineke Inwoner', email },
        },
      },
    })
    expect(answer.data).toEqual({ requestAdvice: { confirmationRequired: true, request: null } })
    const [mail] = await waitForMails(email, 1)
    const confirm = linkIn(mail!.text, '/advies/bevestigen')
    const status = linkIn(mail!.text, '/advies/status')

    const inQueue = async () => {
      const queue = await graphql(platform.urls.graphql, QUEUE, as('adviser'))
      const edges = (
        queue.data!.adviceRequests as { edges: Array<{ node: { contact: { email: string } } }> }
      ).edges
      return edges.some((edge) => edge.node.contact.email === email)
    }
    const page = await fetch(confirm)
    expect(page.status).toBe(200)
    expect(page.headers.get('cache-control')).toBe('no-store')
    const html = await page.text()
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('Aanvraag bevestigen')
    // Opening the link (a mail scanner does) confirms nothing.
    expect(await inQueue()).toBe(false)
    const statusBefore = await (await fetch(status)).text()
    expect(statusBefore).toContain('Wacht op uw bevestiging')

    const posted = await fetch(new URL('/advies/bevestigen', origin), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: confirm.searchParams.get('token')! }),
    })
    expect(posted.status).toBe(200)
    expect(await posted.text()).toContain('Bedankt, uw aanvraag is bevestigd')
    expect(await inQueue()).toBe(true)

    const statusAfter = await fetch(status)
    expect(statusAfter.status).toBe(200)
    const statusHtml = await statusAfter.text()
    expect(statusHtml).toContain('Ontvangen, wacht op een adviseur')
    expect(statusHtml).toContain('Hoe maken wij ons gemeentehuis toegankelijk?')

    const unknown = await fetch(new URL(`/advies/status?token=${'A'.repeat(43)}`, origin))
    expect(unknown.status).toBe(404)
    expect(await unknown.text()).not.toMatch(/stack|at \/|graphql/i)
  })
})
