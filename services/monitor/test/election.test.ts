import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ElectionService } from '../src/election/election.service'
import type { GraphQLResult } from './support/monitor'
import {
  type ElectionTestMonitor,
  editionAround,
  linkToken,
  QUESTIONS,
  startElectionMonitor,
} from './support/election'
import { actorHeaders } from './support/tokens'

let t: ElectionTestMonitor
let as: Awaited<ReturnType<typeof actorHeaders>>
const START = new Date('2026-06-10T10:00:00Z')
const HOUR = 60 * 60 * 1000

beforeAll(async () => {
  t = await startElectionMonitor()
  as = await actorHeaders()
})

afterAll(async () => {
  await t?.destroy()
})

const SUBMIT_RATING = `mutation ($input: SubmitRatingInput!) {
  submitRating(input: $input) { kind state year municipalityCode confirmBefore }
}`
const CAST_VOTE = `mutation ($input: CastVoteInput!) {
  castVote(input: $input) { kind state year municipalityCode }
}`
const CONFIRM = `mutation ($token: String!) {
  confirmEmail(input: { token: $token }) { kind state year municipalityCode municipalityName }
}`
const WITHDRAW = `mutation ($token: String!) {
  withdrawSubmission(input: { token: $token }) { kind state }
}`
const COUNTS = `query { electionCounts(year: 2026) {
  ratings { pending confirmed superseded voided withdrawn }
  votes { pending confirmed superseded voided withdrawn }
} }`
const RATING_RESULTS = `query { electionRatingResults(year: 2026) {
  rank municipalityCode ratingCount overallScore
  municipality { name }
  lifeDomains { lifeDomainSlug score answerCount lifeDomain { nameNl } }
} }`
const VOTE_RESULTS = `query { electionVoteResults(year: 2026) { rank municipalityCode voteCount stage } }`

const allFives = QUESTIONS.map((question) => ({ questionId: question.id, score: 5 }))

function codeOf(result: GraphQLResult<unknown>) {
  return result.errors?.[0]?.extensions?.code
}
function reasonOf(result: GraphQLResult<unknown>) {
  return result.errors?.[0]?.extensions?.reason
}

async function rate(email: string, code = 'GM0363', answers: unknown = allFives, ip?: string) {
  const proof = await t.proof()
  return t.run(
    SUBMIT_RATING,
    {
      input: { year: 2026, municipalityCode: code, email, answers, remark: 'Stoep te hoog', proof },
    },
    { ip },
  )
}

async function vote(email: string, code = 'GM0363') {
  return t.run(CAST_VOTE, {
    input: { year: 2026, municipalityCode: code, email, proof: await t.proof() },
  })
}

/** Submits, waits for the mail and returns the confirmation and withdrawal tokens. */
async function submitAndReadMail(submit: () => Promise<GraphQLResult<unknown>>, email: string) {
  const before = (await t.catcher.mails()).filter((mail) =>
    mail.to.some((to) => to.address === email),
  ).length
  const result = await submit()
  expect(result.errors).toBeUndefined()
  const mail = await t.catcher.waitFor(email, before)
  return { mail, confirm: linkToken(mail, 'bevestigen'), withdraw: linkToken(mail, 'intrekken') }
}

async function plainAddresses(): Promise<string[]> {
  const rows = await t.monitor.dataSource.query<Array<{ email: string }>>(
    `SELECT "email" FROM "election_submission" WHERE "email" IS NOT NULL`,
  )
  return rows.map((row) => row.email)
}

describe('the rating round', () => {
  it('takes a rating as pending, mails a Dutch confirmation and counts it once confirmed', async () => {
    const { mail, confirm } = await submitAndReadMail(
      () => rate('an@example.org'),
      'an@example.org',
    )

    expect(mail.subject).toBe('Bevestig uw beoordeling van Amsterdam')
    expect(mail.text).toContain('http://gateway.test/verkiezing/bevestigen?token=')
    expect(mail.html).toContain('<html lang="nl">')
    expect((await t.run(COUNTS, {}, { authorization: as.organiser })).data).toMatchObject({
      electionCounts: { ratings: { pending: 1, confirmed: 0 } },
    })

    const confirmed = await t.run(CONFIRM, { token: confirm })
    expect(confirmed).toEqual({
      data: {
        confirmEmail: {
          kind: 'RATING',
          state: 'CONFIRMED',
          year: 2026,
          municipalityCode: 'GM0363',
          municipalityName: 'Amsterdam',
        },
      },
    })
    expect(await plainAddresses()).not.toContain('an@example.org')

    const again = await t.run(CONFIRM, { token: confirm })
    expect(codeOf(again)).toBe('TOKEN_USED')
    expect((await t.run(COUNTS, {}, { authorization: as.organiser })).data).toMatchObject({
      electionCounts: { ratings: { pending: 0, confirmed: 1 } },
    })
  })

  it('lets a later confirmed rating from the same address (any spelling) replace the earlier', async () => {
    const first = await submitAndReadMail(() => rate('Bo.Bakker@gmail.com'), 'Bo.Bakker@gmail.com')
    const second = await submitAndReadMail(
      () =>
        rate(
          'bobakker+mtg@googlemail.com',
          'GM0363',
          allFives.map((a) => ({ ...a, score: 1 })),
        ),
      'bobakker+mtg@googlemail.com',
    )
    expect((await t.run(CONFIRM, { token: first.confirm })).errors).toBeUndefined()
    expect((await t.run(CONFIRM, { token: second.confirm })).errors).toBeUndefined()

    const counts = await t.run(COUNTS, {}, { authorization: as.organiser })
    expect(counts.data).toMatchObject({
      electionCounts: { ratings: { confirmed: 2, superseded: 1 } },
    })
  })

  it('refuses an expired link and erases the unconfirmed address after 24 hours', async () => {
    const { confirm } = await submitAndReadMail(() => rate('late@example.org'), 'late@example.org')
    expect(await plainAddresses()).toContain('late@example.org')

    t.clock.now = new Date(START.getTime() + 25 * HOUR)
    try {
      expect(codeOf(await t.run(CONFIRM, { token: confirm }))).toBe('TOKEN_EXPIRED')
      expect(await t.election.clock()).toEqual(t.clock.now)
      const erased = await new ElectionService(
        t.monitor.dataSource,
        t.election,
      ).eraseExpiredAddresses()
      expect(erased).toBeGreaterThanOrEqual(1)
      expect(await plainAddresses()).not.toContain('late@example.org')
    } finally {
      t.clock.now = START
    }
  })

  it('answers an unknown token with TOKEN_INVALID', async () => {
    const result = await t.run(CONFIRM, { token: 'bm90LWEtdG9rZW4' })
    expect(codeOf(result)).toBe('TOKEN_INVALID')
  })

  it('checks the answers against the edition’s questions', async () => {
    const missing = await rate('q@example.org', 'GM0363', allFives.slice(1))
    expect([codeOf(missing), reasonOf(missing)]).toEqual(['BAD_USER_INPUT', 'MISSING_ANSWER'])
    const unknown = await rate('q@example.org', 'GM0363', [
      ...allFives,
      { questionId: 'nope', score: 3 },
    ])
    expect(reasonOf(unknown)).toBe('UNKNOWN_QUESTION')
    const outOfScale = await rate('q@example.org', 'GM0363', [{ questionId: 'q-thuis', score: 7 }])
    expect(codeOf(outOfScale)).toBe('BAD_USER_INPUT')
    const dontKnow = await rate(
      'q@example.org',
      'GM0363',
      allFives.map((a) => ({ ...a, score: null })),
    )
    expect(dontKnow.errors).toBeUndefined()
    const nowhere = await rate('q@example.org', 'GM9999')
    expect(codeOf(nowhere)).toBe('MUNICIPALITY_NOT_FOUND')
    const badEmail = await rate('not-an-address')
    expect(reasonOf(badEmail)).toBe('INVALID_EMAIL')
  })

  it('accepts each proof of work once, and no forged one', async () => {
    const proof = await t.proof()
    const input = {
      year: 2026,
      municipalityCode: 'GM0363',
      email: 'pow@example.org',
      answers: allFives,
      proof,
    }
    expect((await t.run(SUBMIT_RATING, { input })).errors).toBeUndefined()
    const replay = await t.run(SUBMIT_RATING, { input })
    expect([codeOf(replay), reasonOf(replay)]).toEqual(['PROOF_REJECTED', 'PROOF_REUSED'])
    const forged = await t.run(SUBMIT_RATING, {
      input: { ...input, proof: Buffer.from('{"algorithm":"SHA-256"}').toString('base64') },
    })
    expect([codeOf(forged), reasonOf(forged)]).toEqual(['PROOF_REJECTED', 'PROOF_INVALID'])
  })

  it('refuses a vote while the rating round is open', async () => {
    const result = await vote('early@example.org')
    expect([codeOf(result), reasonOf(result)]).toEqual(['ROUND_CLOSED', 'VOTE_ROUND_CLOSED'])
  })

  it('withdraws a rating through the withdrawal link', async () => {
    const { confirm, withdraw } = await submitAndReadMail(
      () => rate('wd@example.org', 'GM0164'),
      'wd@example.org',
    )
    await t.run(CONFIRM, { token: confirm })
    expect((await t.run(WITHDRAW, { token: withdraw })).data).toEqual({
      withdrawSubmission: { kind: 'RATING', state: 'WITHDRAWN' },
    })
    expect(codeOf(await t.run(WITHDRAW, { token: withdraw }))).toBe('TOKEN_USED')
  })
})

describe('results and organisers', () => {
  it('shows live results to organisers only, and public scores after the round from 10 ratings', async () => {
    for (const authorization of [undefined, as.editor, as.amsterdamOfficial]) {
      const early = await t.run(RATING_RESULTS, {}, { authorization })
      expect([codeOf(early), reasonOf(early)]).toEqual(['FORBIDDEN', 'RESULTS_NOT_PUBLIC'])
    }

    // Ten confirmed ratings of Hengelo, all 4s: 75 in every life domain.
    for (let i = 0; i < 10; i++) {
      const email = `hengelo${i}@example.org`
      const { confirm } = await submitAndReadMail(
        () =>
          rate(
            email,
            'GM0164',
            allFives.map((a) => ({ ...a, score: 4 })),
          ),
        email,
      )
      expect((await t.run(CONFIRM, { token: confirm })).errors).toBeUndefined()
    }
    const live = await t.run<{ electionRatingResults: Array<Record<string, unknown>> }>(
      RATING_RESULTS,
      {},
      { authorization: as.organiser },
    )
    expect(live.errors).toBeUndefined()
    expect(live.data!.electionRatingResults[0]).toMatchObject({
      rank: 1,
      municipalityCode: 'GM0164',
      ratingCount: 10,
      overallScore: 75,
      municipality: { name: 'Hengelo' },
    })
    const amsterdam = live.data!.electionRatingResults.find((r) => r.municipalityCode === 'GM0363')
    expect(amsterdam).toMatchObject({ rank: null, ratingCount: 2 })

    t.clock.now = new Date(START.getTime() + 11 * 24 * HOUR)
    try {
      const publicResults = await t.run<{ electionRatingResults: Array<Record<string, unknown>> }>(
        RATING_RESULTS,
      )
      expect(publicResults.errors).toBeUndefined()
      const byCode = new Map(
        publicResults.data!.electionRatingResults.map((r) => [r.municipalityCode, r]),
      )
      expect(byCode.get('GM0164')).toMatchObject({ overallScore: 75, rank: 1 })
      expect(byCode.get('GM0363')).toMatchObject({ overallScore: null, rank: null })
      expect(JSON.stringify(publicResults)).not.toContain('Stoep')
    } finally {
      t.clock.now = START
    }
  })

  it('puts the residents’ rating per life domain on Municipality, one computation per request', async () => {
    const QUERY = `{ municipalities(first: 400) { edges { node { code
      publishedScores { topics { lifeDomain { slug } mean } }
      residentRating(year: 2026) { ratingCount overallScore lifeDomains { lifeDomainSlug score } }
    } } } }`
    type Page = {
      municipalities: {
        edges: Array<{
          node: { code: string; residentRating: { overallScore: number | null } | null }
        }>
      }
    }
    // Before the round closes the public sees no residents' rating, and no error.
    const early = await t.run<Page>(QUERY)
    expect(early.errors).toBeUndefined()
    expect(
      early.data!.municipalities.edges.every((edge) => edge.node.residentRating === null),
    ).toBe(true)

    t.monitor.statements.length = 0
    const live = await t.run<Page>(QUERY, {}, { authorization: as.organiser })
    expect(live.errors).toBeUndefined()
    const hengelo = live.data!.municipalities.edges.find((edge) => edge.node.code === 'GM0164')
    expect(hengelo!.node.residentRating).toMatchObject({ overallScore: 75 })
    expect(t.monitor.statements.filter((sql) => sql.includes('jsonb_each_text'))).toHaveLength(1)
  })

  it('keeps counts, submissions, anomalies and voiding to organisers and admins', async () => {
    const queries = [
      COUNTS,
      `{ electionSubmissions(year: 2026, kind: RATING, first: 5) { totalCount } }`,
      `{ electionAnomalies(year: 2026) { year } }`,
    ]
    for (const query of queries) {
      expect(codeOf(await t.run(query))).toBe('UNAUTHENTICATED')
      expect(codeOf(await t.run(query, {}, { authorization: as.editor }))).toBe('FORBIDDEN')
      expect(codeOf(await t.run(query, {}, { authorization: as.amsterdamOfficial }))).toBe(
        'FORBIDDEN',
      )
      expect((await t.run(query, {}, { authorization: as.admin })).errors).toBeUndefined()
    }
  })

  it('voids a rating with a reason, keeps it, and stops counting it', async () => {
    const list = await t.run<{
      electionSubmissions: {
        edges: Array<{ node: { id: string; remark: string | null; networkHash: string } }>
      }
    }>(
      `{ electionSubmissions(year: 2026, kind: RATING, state: CONFIRMED, municipalityCode: "GM0164", first: 1) {
          edges { node { id remark networkHash } } } }`,
      {},
      { authorization: as.organiser },
    )
    const node = list.data!.electionSubmissions.edges[0]!.node
    expect(node.remark).toBe('Stoep te hoog')
    expect(JSON.stringify(list)).not.toContain('@example.org')

    const VOID = `mutation ($id: ID!) { voidRating(input: { id: $id, reason: "Dubbel via één netwerk" }) { state voidReason } }`
    expect(codeOf(await t.run(VOID, { id: node.id }, { authorization: as.editor }))).toBe(
      'FORBIDDEN',
    )
    expect((await t.run(VOID, { id: node.id }, { authorization: as.organiser })).data).toEqual({
      voidRating: { state: 'VOIDED', voidReason: 'Dubbel via één netwerk' },
    })
    expect(reasonOf(await t.run(VOID, { id: node.id }, { authorization: as.organiser }))).toBe(
      'ALREADY_VOIDED',
    )
    const results = await t.run<{
      electionRatingResults: Array<{ municipalityCode: string; ratingCount: number }>
    }>(RATING_RESULTS, {}, { authorization: as.organiser })
    expect(
      results.data!.electionRatingResults.find((r) => r.municipalityCode === 'GM0164')?.ratingCount,
    ).toBe(9)
  })

  it('reports many submissions from one network and fast confirmations', async () => {
    const report = await t.run<{
      electionAnomalies: { networks: Array<{ submissions: number }>; fastConfirmations: string[] }
    }>(
      `{ electionAnomalies(year: 2026, minPerNetwork: 5) { networks { networkHash submissions distinctAddresses } fastConfirmations } }`,
      {},
      { authorization: as.organiser },
    )
    expect(report.errors).toBeUndefined()
    expect(report.data!.electionAnomalies.networks[0]!.submissions).toBeGreaterThanOrEqual(10)
    // The test clock does not move between submitting and confirming.
    expect(report.data!.electionAnomalies.fastConfirmations.length).toBeGreaterThanOrEqual(10)
  })
})

describe('the public vote', () => {
  beforeAll(() => {
    t.clock.now = new Date(START.getTime() + 12 * 24 * HOUR)
  })
  afterAll(() => {
    t.clock.now = START
  })

  it('refuses a municipality that is not nominated, and ratings after their round', async () => {
    const result = await vote('v@example.org', 'GM0599')
    expect(codeOf(result)).toBe('NOT_NOMINATED')
    const late = await rate('v@example.org')
    expect([codeOf(late), reasonOf(late)]).toEqual(['ROUND_CLOSED', 'RATING_ROUND_CLOSED'])
  })

  it('counts one vote per address however many links are confirmed at once', async () => {
    const email = 'parallel@example.org'
    const tokens: string[] = []
    for (let i = 0; i < 5; i++) {
      tokens.push(
        (await submitAndReadMail(() => vote(email, i % 2 ? 'GM0164' : 'GM0363'), email)).confirm,
      )
    }
    const confirmations = await Promise.all([
      ...tokens.map((token) => t.run(CONFIRM, { token })),
      ...Array.from({ length: 10 }, () => t.run(CONFIRM, { token: tokens[0]! })),
    ])
    const succeeded = confirmations.filter((result) => !result.errors)
    expect(succeeded).toHaveLength(1)
    for (const failed of confirmations.filter((result) => result.errors)) {
      expect(['TOKEN_USED', 'ALREADY_VOTED']).toContain(codeOf(failed))
    }

    const counts = await t.run(COUNTS, {}, { authorization: as.organiser })
    expect(counts.data).toMatchObject({ electionCounts: { votes: { confirmed: 1, pending: 4 } } })
    const again = await vote(email)
    expect(codeOf(again)).toBe('ALREADY_VOTED')
  })

  it('counts different voters exactly under concurrency', async () => {
    const tokens: string[] = []
    for (let i = 0; i < 8; i++) {
      const email = `voter${i}@example.org`
      tokens.push((await submitAndReadMail(() => vote(email, 'GM0164'), email)).confirm)
    }
    const results = await Promise.all(tokens.map((token) => t.run(CONFIRM, { token })))
    expect(results.every((result) => !result.errors)).toBe(true)
    const tally = await t.run<{
      electionVoteResults: Array<{ municipalityCode: string; voteCount: number; rank: number }>
    }>(VOTE_RESULTS, {}, { authorization: as.organiser })
    const hengelo = tally.data!.electionVoteResults.find((r) => r.municipalityCode === 'GM0164')
    const amsterdam = tally.data!.electionVoteResults.find((r) => r.municipalityCode === 'GM0363')
    expect(hengelo!.voteCount + amsterdam!.voteCount).toBe(9)
    expect(tally.data!.electionVoteResults[0]!.rank).toBe(1)
    expect(codeOf(await t.run(VOTE_RESULTS))).toBe('FORBIDDEN')
  })

  it('limits confirmation e-mails per address per day', async () => {
    t.cms.nominations.push({ edition: 7, municipality: 'GM0599', stage: 'nominated', rank: null })
    const email = 'many@example.org'
    const outcomes: unknown[] = []
    for (let i = 0; i < 13; i++) outcomes.push(reasonOf(await vote(email, 'GM0599')))
    expect(outcomes.slice(0, 12).every((reason) => reason === undefined)).toBe(true)
    expect(outcomes[12]).toBe('DAILY_MAIL_LIMIT')
  })
})

describe('without the CMS', () => {
  it('answers ELECTION_UNAVAILABLE without the CMS’s address', async () => {
    t.cms.up = false
    try {
      const result = await t.run(`{ electionForm(year: 2025) { year } }`)
      expect(codeOf(result)).toBe('ELECTION_UNAVAILABLE')
      expect(JSON.stringify(result)).not.toContain('127.0.0.1')
    } finally {
      t.cms.up = true
    }
  })

  it('serves the edition with its questions and privacy statement', async () => {
    t.cms.editions.push(editionAround(START, 2027))
    const result = await t.run<{ electionForm: Record<string, unknown> }>(
      `{ electionForm(year: 2027) { year minimumRatings privacyStatement rounds { round open } ratingQuestions { id effectiveWeight } } }`,
    )
    expect(result.data!.electionForm).toMatchObject({
      year: 2027,
      minimumRatings: 10,
      rounds: [
        { round: 'RATING', open: true },
        { round: 'PUBLIC_VOTE', open: false },
        { round: 'JURY', open: false },
      ],
      ratingQuestions: [
        { id: 'q-thuis', effectiveWeight: 1.5 },
        { id: 'q-werk', effectiveWeight: 2 },
        { id: 'q-vervoer', effectiveWeight: 0.75 },
      ],
    })
    expect(result.data!.electionForm.privacyStatement).toContain('24 uur')
  })
})

describe('personal data', () => {
  it('never answered anyone with an e-mail address, whatever the role', () => {
    expect(t.responses.length).toBeGreaterThan(100)
    expect(
      t.responses.filter((response) => /@(example\.org|g(oogle)?mail\.com)/i.test(response)),
    ).toEqual([])
  })

  it('keeps no plain address once confirmed, voided or withdrawn', async () => {
    const [{ kept }] = (await t.monitor.dataSource.query(
      `SELECT count(*)::int AS "kept" FROM "election_submission" WHERE "email" IS NOT NULL AND "state" <> 'PENDING'`,
    )) as [{ kept: number }]
    expect(kept).toBe(0)
  })
})
