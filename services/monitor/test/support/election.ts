import { createServer, type Server } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { createRateLimiter, silentLogger } from '@idm/edge'
import { createContextFactory, type ContextFactory } from '../../src/context'
import { createElectionCmsClient } from '../../src/election/election-cms.client'
import type { ElectionDependencies } from '../../src/election/election.service'
import { createMailer } from '../../src/mail/mailer'
import { startTestMonitor, type TestMonitor, type GraphQLResult } from './monitor'
import { TEST_PAYLOAD_SECRET } from './tokens'

const DAY = 24 * 60 * 60 * 1000

/** What the stand-in CMS serves, in Payload's REST shapes; tests change it in place. */
export interface CmsState {
  up: boolean
  editions: Array<{
    id: number
    year: number
    theme: string
    _status: 'published'
    rounds: Array<{ round: string; opensAt: string; closesAt: string }>
    ratingQuestions: Array<{
      id: string
      lifeDomain: string
      question: string
      influence: string
      weight: number
    }>
  }>
  nominations: Array<{ edition: number; municipality: string; stage: string; rank: number | null }>
}

export const QUESTIONS = [
  { id: 'q-thuis', lifeDomain: 'thuis', question: 'Woning?', influence: 'partial', weight: 2 },
  {
    id: 'q-werk',
    lifeDomain: 'werk-en-inkomen',
    question: 'Werk?',
    influence: 'direct',
    weight: 2,
  },
  { id: 'q-vervoer', lifeDomain: 'vervoer', question: 'Haltes?', influence: 'partial', weight: 1 },
]

/** An edition whose rating round runs from a day before `now` for ten days, then the vote. */
export function editionAround(now: Date, year = 2026): CmsState['editions'][number] {
  const at = (days: number) => new Date(now.getTime() + days * DAY).toISOString()
  return {
    id: 7,
    year,
    theme: 'Test',
    _status: 'published',
    rounds: [
      { round: 'rating', opensAt: at(-1), closesAt: at(10) },
      { round: 'public-vote', opensAt: at(11), closesAt: at(20) },
      { round: 'jury', opensAt: at(21), closesAt: at(30) },
    ],
    ratingQuestions: QUESTIONS,
  }
}

export interface MailCatcher {
  smtpUrl: string
  webUrl: string
  /** Every mail received, in arrival order (maildev's REST API). */
  mails(): Promise<CaughtMail[]>
  /** The newest mail to `to`, waiting for it up to 5 s. */
  waitFor(to: string, after?: number): Promise<CaughtMail>
  stop(): Promise<void>
}

export interface CaughtMail {
  id: string
  subject: string
  text: string
  html: string
  to: Array<{ address: string }>
}

export async function freePort(): Promise<number> {
  const server = createNetServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

/** A real maildev on free loopback ports. */
export async function startMailCatcher(): Promise<MailCatcher> {
  const [smtp, web] = await Promise.all([freePort(), freePort()])
  // Both are ESM-only packages: loaded with import() from this CommonJS-typed workspace.
  const { MailDev } = await import('maildev')
  const maildev = new MailDev({ smtp, web, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true })
  await maildev.start()
  const webUrl = `http://127.0.0.1:${web}`
  const mails = async () => {
    const response = await fetch(`${webUrl}/api/email`)
    return (await response.json()) as CaughtMail[]
  }
  return {
    smtpUrl: `smtp://127.0.0.1:${smtp}`,
    webUrl,
    mails,
    async waitFor(to, after = 0) {
      const deadline = Date.now() + 5_000
      while (Date.now() < deadline) {
        const matching = (await mails()).filter((mail) =>
          mail.to.some((recipient) => recipient.address.toLowerCase() === to.toLowerCase()),
        )
        if (matching.length > after) return matching.at(-1)!
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      throw new Error(`no mail to ${to} within 5 s`)
    },
    stop: () => maildev.stop(),
  }
}

/** The token of the confirmation (or withdrawal) link in a mail's plain text. */
export function linkToken(mail: CaughtMail, path: 'bevestigen' | 'intrekken'): string {
  const match = new RegExp(`/verkiezing/${path}\\?token=([A-Za-z0-9_%-]+)`).exec(mail.text)
  if (!match?.[1]) throw new Error(`no ${path} link in "${mail.subject}"`)
  return decodeURIComponent(match[1])
}

export interface ElectionTestMonitor {
  monitor: TestMonitor
  cms: CmsState
  catcher: MailCatcher
  /** The election's clock; set `clock.now` to move time. */
  clock: { now: Date }
  election: ElectionDependencies
  run<TData>(
    query: string,
    variables?: Record<string, unknown>,
    request?: { authorization?: string; ip?: string },
  ): Promise<GraphQLResult<TData>>
  /** Every answer `run` got, as JSON: a test checks that none carries an e-mail address. */
  responses: string[]
  /** Asks createElectionChallenge and solves it, as the ALTCHA widget would. */
  proof(): Promise<string>
  destroy(): Promise<void>
}

export interface ElectionTestOptions {
  limits?: Partial<ElectionDependencies['limits']>
}

/**
 * The monitor with the election wired to a stand-in CMS (Payload's REST shapes, in-process),
 * a real maildev and a clock the test controls. Requests carry a client IP of the test's choice.
 */
export async function startElectionMonitor(
  options: ElectionTestOptions = {},
): Promise<ElectionTestMonitor> {
  const clock = { now: new Date('2026-06-10T10:00:00Z') }
  const cms: CmsState = { up: true, editions: [editionAround(clock.now)], nominations: [] }
  cms.nominations = [
    { edition: 7, municipality: 'GM0363', stage: 'nominated', rank: null },
    { edition: 7, municipality: 'GM0164', stage: 'nominated', rank: null },
  ]
  const cmsServer = await startStandInCms(cms)
  const catcher = await startMailCatcher()
  const monitor = await startTestMonitor()
  const limits = {
    perNetworkPerHour: 10_000,
    perAddressPerHour: 10_000,
    mailsPerAddressPerDay: 12,
    ...options.limits,
  }
  const limiter = (keyPrefix: string, points: number) =>
    createRateLimiter({ enabled: true, points, windowSeconds: 3600, keyPrefix }, silentLogger)
  const mailer = createMailer({
    smtpUrl: catcher.smtpUrl,
    from: 'Verkiezing <verkiezing@example.org>',
  })
  const election: ElectionDependencies = {
    cms: createElectionCmsClient({ baseUrl: cmsServer.url, ttlMs: 0 }),
    mailer,
    hashKey: 'election-test-hash-key-with-32-characters!',
    linkBaseUrl: 'http://gateway.test',
    proofMaxNumber: 2_000,
    limits,
    rateLimiters: {
      network: limiter('network', limits.perNetworkPerHour),
      address: limiter('address', limits.perAddressPerHour),
    },
    clock: () => clock.now,
  }
  const context = createContextFactory(monitor.dataSource, {
    payloadSecret: TEST_PAYLOAD_SECRET,
    sessions: monitor.sessionStore,
    election,
  })
  const withIp =
    (ip: string): ContextFactory =>
    (info) =>
      context({ ...info, clientIp: ip, userAgent: 'vitest' })

  const responses: string[] = []
  const run = async <TData>(
    query: string,
    variables?: Record<string, unknown>,
    request: { authorization?: string; ip?: string } = {},
  ): Promise<GraphQLResult<TData>> => {
    const result = await monitor.execute<TData>(query, variables, {
      authorization: request.authorization,
      context: withIp(request.ip ?? '192.0.2.1'),
    })
    responses.push(JSON.stringify(result))
    return result
  }

  return {
    monitor,
    cms,
    catcher,
    clock,
    election,
    run,
    responses,
    async proof() {
      const result = await run<{
        createElectionChallenge: {
          algorithm: string
          challenge: string
          maxNumber: number
          salt: string
          signature: string
        }
      }>(`mutation { createElectionChallenge { algorithm challenge maxNumber salt signature } }`)
      const challenge = result.data!.createElectionChallenge
      const { solveChallenge } = await import('altcha-lib/v1')
      const solution = await solveChallenge(
        challenge.challenge,
        challenge.salt,
        challenge.algorithm,
        challenge.maxNumber,
      ).promise
      if (!solution) throw new Error('challenge not solvable')
      return Buffer.from(
        JSON.stringify({
          algorithm: challenge.algorithm,
          challenge: challenge.challenge,
          number: solution.number,
          salt: challenge.salt,
          signature: challenge.signature,
        }),
      ).toString('base64')
    },
    async destroy() {
      mailer.close()
      await Promise.allSettled([monitor.destroy(), catcher.stop(), cmsServer.stop()])
    },
  }
}

async function startStandInCms(state: CmsState): Promise<{ url: string; stop(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    if (!state.up) {
      res.writeHead(503).end()
      return
    }
    const url = new URL(req.url ?? '/', 'http://cms.test')
    const send = (docs: unknown[]) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ docs, totalDocs: docs.length }))
    }
    if (url.pathname === '/api/election-editions') {
      const year = Number(url.searchParams.get('where[year][equals]'))
      return send(state.editions.filter((edition) => edition.year === year))
    }
    if (url.pathname === '/api/nominations') {
      const edition = Number(url.searchParams.get('where[edition][equals]'))
      return send(state.nominations.filter((nomination) => nomination.edition === edition))
    }
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
