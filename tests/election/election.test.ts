import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { solveChallenge } from 'altcha-lib/v1'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphql, startTestPlatform, type TestPlatform } from '../support/platform.js'

/**
 * A full round of the election through the real gateway, monitor and mail catcher: rate, read
 * the e-mail, open its link, confirm on the page, see the tally; vote the same way. The editions
 * come from a stand-in for the CMS's REST API (Payload's shapes): Payload serves REST from the
 * Next.js admin, and its rounds must be open at this machine's real time (docs/election.md).
 */
const SECOND = 1000
const CLOSE_AFTER_MS = 45 * SECOND
const QUESTIONS = [
  { id: 'vraag-thuis', lifeDomain: 'thuis', question: 'Woning?', influence: 'partial', weight: 2 },
  {
    id: 'vraag-vervoer',
    lifeDomain: 'vervoer',
    question: 'Haltes?',
    influence: 'direct',
    weight: 1,
  },
]

let platform: TestPlatform
let cms: Server
let closesAt: number

function editions(): unknown[] {
  const at = (ms: number) => new Date(ms).toISOString()
  const now = Date.now()
  return [
    {
      id: 1,
      year: 2098,
      _status: 'published',
      rounds: [
        { round: 'rating', opensAt: at(now - 3_600 * SECOND), closesAt: at(closesAt) },
        {
          round: 'public-vote',
          opensAt: at(closesAt + 3_600 * SECOND),
          closesAt: at(closesAt + 7_200 * SECOND),
        },
      ],
      ratingQuestions: QUESTIONS,
    },
    {
      id: 2,
      year: 2099,
      _status: 'published',
      rounds: [
        { round: 'rating', opensAt: at(now - 7_200 * SECOND), closesAt: at(now - 3_600 * SECOND) },
        { round: 'public-vote', opensAt: at(now - 60 * SECOND), closesAt: at(closesAt) },
      ],
      ratingQuestions: QUESTIONS,
    },
  ]
}

beforeAll(async () => {
  closesAt = Date.now() + 240 * SECOND // pushed back once the platform is up
  cms = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://cms')
    const docs =
      url.pathname === '/api/election-editions'
        ? editions().filter(
            (e) =>
              (e as { year: number }).year === Number(url.searchParams.get('where[year][equals]')),
          )
        : url.pathname === '/api/nominations' &&
            url.searchParams.get('where[edition][equals]') === '2'
          ? [{ municipality: 'GM0363', stage: 'nominated', rank: null }]
          : []
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ docs }))
  })
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
  const { port } = cms.address() as AddressInfo
  platform = await startTestPlatform({
    admin: false,
    // A small proof of work: this test solves a dozen on a shared machine.
    env: { CMS_URL: `http://127.0.0.1:${port}`, ELECTION_PROOF_MAX_NUMBER: '5000' },
  })
  // The rounds close shortly after the platform is ready, so the public results can be read.
  closesAt = Date.now() + CLOSE_AFTER_MS
})

afterAll(async () => {
  await platform?.stop()
  await new Promise((resolve) => cms?.close(resolve))
})

interface Mail {
  subject: string
  text: string
  html: string
  to: Array<{ address: string }>
}

async function mailTo(address: string): Promise<Mail> {
  const deadline = Date.now() + 10 * SECOND
  while (Date.now() < deadline) {
    const mails = (await (await fetch(`${platform.mailUrl}/api/email`)).json()) as Mail[]
    const found = mails.filter((mail) => mail.to.some((to) => to.address === address)).at(-1)
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no e-mail to ${address}`)
}

async function proof(): Promise<string> {
  const result = await graphql(
    platform.urls.graphql,
    'mutation { createElectionChallenge { algorithm challenge maxNumber salt signature } }',
  )
  const challenge = result.data!.createElectionChallenge as {
    algorithm: string
    challenge: string
    maxNumber: number
    salt: string
    signature: string
  }
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxNumber,
  ).promise
  return Buffer.from(JSON.stringify({ ...challenge, number: solution!.number })).toString('base64')
}

function confirmLink(mail: Mail): URL {
  const match = /(https?:\/\/\S+\/verkiezing\/bevestigen\?token=\S+)/.exec(mail.text)
  expect(match, 'confirmation link').not.toBeNull()
  const link = new URL(match![1]!)
  // The link names the gateway's public host (localhost); the test talks to its loopback address.
  return new URL(`${link.pathname}${link.search}`, new URL(platform.urls.graphql).origin)
}

async function confirmOnPage(link: URL): Promise<{ status: number; html: string }> {
  const response = await fetch(link, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: link.searchParams.get('token')! }).toString(),
  })
  return { status: response.status, html: await response.text() }
}

const code = (result: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  result.errors?.[0]?.extensions?.code

describe('a full round through the gateway and the mail catcher', () => {
  it('rates, mails a link whose page confirms only on the button, and counts it', async () => {
    const rated = await graphql(
      platform.urls.graphql,
      `
        mutation ($input: SubmitRatingInput!) {
          submitRating(input: $input) {
            state
            municipalityCode
          }
        }
      `,
      {
        variables: {
          input: {
            year: 2098,
            municipalityCode: 'GM0363',
            email: 'inwoner@example.org',
            answers: [
              { questionId: 'vraag-thuis', score: 4 },
              { questionId: 'vraag-vervoer', score: null },
            ],
            remark: 'Prima',
            proof: await proof(),
          },
        },
      },
    )
    expect(rated).toEqual({
      data: { submitRating: { state: 'PENDING', municipalityCode: 'GM0363' } },
    })

    const mail = await mailTo('inwoner@example.org')
    expect(mail.subject).toBe('Bevestig uw beoordeling van Amsterdam')
    expect(mail.html).toContain('lang="nl"')
    const link = confirmLink(mail)

    // A mail scanner following the link confirms nothing.
    const page = await fetch(link)
    const html = await page.text()
    expect(page.status).toBe(200)
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain('<button type="submit">Bevestigen</button>')
    expect(page.headers.get('referrer-policy')).toBe('no-referrer')

    const confirmed = await confirmOnPage(link)
    expect(confirmed.status).toBe(200)
    expect(confirmed.html).toContain('Uw beoordeling van Amsterdam')
    expect(confirmed.html).toContain('telt mee')

    const reused = await confirmOnPage(link)
    expect(reused.html).toContain('Deze link is al gebruikt')
    const reusedApi = await graphql(
      platform.urls.graphql,
      `
        mutation ($token: String!) {
          confirmEmail(input: { token: $token }) {
            state
          }
        }
      `,
      { variables: { token: link.searchParams.get('token') } },
    )
    expect(code(reusedApi)).toBe('TOKEN_USED')
  })

  it('votes for a nominee, once per address, and refuses one that is not nominated', async () => {
    const VOTE = `mutation ($input: CastVoteInput!) { castVote(input: $input) { state } }`
    const input = async (municipalityCode: string, email = 'stemmer@example.org') => ({
      variables: { input: { year: 2099, municipalityCode, email, proof: await proof() } },
    })
    expect(code(await graphql(platform.urls.graphql, VOTE, await input('GM0164')))).toBe(
      'NOT_NOMINATED',
    )
    expect(
      (await graphql(platform.urls.graphql, VOTE, await input('GM0363'))).errors,
    ).toBeUndefined()
    const confirmed = await confirmOnPage(confirmLink(await mailTo('stemmer@example.org')))
    expect(confirmed.html).toContain('Uw stem op Amsterdam')

    const again = await graphql(
      platform.urls.graphql,
      VOTE,
      await input('GM0363', 'Stemmer+2@Example.org'),
    )
    expect(code(again)).toBe('ALREADY_VOTED')

    // A second voter confirms, then withdraws through the e-mail's other link: it stops counting.
    expect(
      (await graphql(platform.urls.graphql, VOTE, await input('GM0363', 'tweede@example.org')))
        .errors,
    ).toBeUndefined()
    const second = await mailTo('tweede@example.org')
    await confirmOnPage(confirmLink(second))
    const origin = new URL(platform.urls.graphql).origin
    const withdrawToken = /\/verkiezing\/intrekken\?token=(\S+)/.exec(second.text)![1]!
    const withdrawUrl = new URL(`/verkiezing/intrekken?token=${withdrawToken}`, origin)
    const form = await fetch(withdrawUrl)
    expect(await form.text()).toContain('<button type="submit">Intrekken</button>')
    const withdrawn = await confirmOnPage(withdrawUrl)
    expect(withdrawn.html).toContain('is ingetrokken')

    const broken = await fetch(new URL('/verkiezing/bevestigen?token=kort', origin))
    expect(broken.status).toBe(400)
    expect(await broken.text()).toContain('Deze link kennen we niet')

    const rating = await graphql(
      platform.urls.graphql,
      `
        mutation ($input: SubmitRatingInput!) {
          submitRating(input: $input) {
            state
          }
        }
      `,
      {
        variables: {
          input: {
            year: 2099,
            municipalityCode: 'GM0363',
            email: 'laat@example.org',
            answers: [
              { questionId: 'vraag-thuis', score: 3 },
              { questionId: 'vraag-vervoer', score: 3 },
            ],
            proof: await proof(),
          },
        },
      },
    )
    expect(code(rating)).toBe('ROUND_CLOSED')
  })

  it('keeps the results private until the rounds close, then shows the tally without scores below 10 ratings', async () => {
    const RESULTS = `{
      electionRatingResults(year: 2098) { municipalityCode ratingCount overallScore rank }
      electionVoteResults(year: 2099) { municipalityCode voteCount rank }
    }`
    const early = await graphql(platform.urls.graphql, RESULTS)
    expect(code(early)).toBe('FORBIDDEN')

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, closesAt - Date.now() + SECOND)))
    const results = await graphql(platform.urls.graphql, RESULTS)
    expect(results.errors).toBeUndefined()
    expect(results.data).toEqual({
      electionRatingResults: [
        { municipalityCode: 'GM0363', ratingCount: 1, overallScore: null, rank: null },
      ],
      electionVoteResults: [{ municipalityCode: 'GM0363', voteCount: 1, rank: 1 }],
    })
    expect(JSON.stringify(results)).not.toContain('Prima')
  }, 120_000)
})
