import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ElectionTestMonitor, QUESTIONS, startElectionMonitor } from './support/election'

let t: ElectionTestMonitor

beforeAll(async () => {
  t = await startElectionMonitor({ limits: { perNetworkPerHour: 3, perAddressPerHour: 2 } })
})

afterAll(async () => {
  await t?.destroy()
})

const SUBMIT = `mutation ($input: SubmitRatingInput!) { submitRating(input: $input) { state } }`
const answers = QUESTIONS.map((question) => ({ questionId: question.id, score: 3 }))

async function rate(email: string, ip: string) {
  const input = { year: 2026, municipalityCode: 'GM0363', email, answers, proof: await t.proof() }
  const result = await t.run(SUBMIT, { input }, { ip })
  return result.errors?.[0]?.extensions?.reason ?? result.errors?.[0]?.extensions?.code ?? 'OK'
}

describe('election rate limits', () => {
  it('limits submissions per address, whatever network they come from', async () => {
    expect(await rate('een@example.org', '198.51.100.1')).toBe('OK')
    expect(await rate('Een+2@example.org', '198.51.100.2')).toBe('OK')
    expect(await rate('een@example.org', '198.51.100.3')).toBe('TOO_MANY_FROM_ADDRESS')
  })

  it('limits submissions per network, whatever address they name', async () => {
    const ip = '203.0.113.9'
    expect(await rate('a@example.org', ip)).toBe('OK')
    expect(await rate('b@example.org', ip)).toBe('OK')
    expect(await rate('c@example.org', ip)).toBe('OK')
    expect(await rate('d@example.org', ip)).toBe('TOO_MANY_FROM_NETWORK')
    // Another network is not affected.
    expect(await rate('d@example.org', '203.0.113.10')).toBe('OK')
  })

  it('answers a limit with RATE_LIMITED and stores nothing for it', async () => {
    const result = await t.run(
      SUBMIT,
      {
        input: {
          year: 2026,
          municipalityCode: 'GM0363',
          email: 'd@example.org',
          answers,
          proof: await t.proof(),
        },
      },
      { ip: '203.0.113.9' },
    )
    expect(result.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED')
    const [{ count }] = (await t.monitor.dataSource.query(
      `SELECT count(*)::int AS "count" FROM "election_submission"`,
    )) as [{ count: number }]
    expect(count).toBe(6)
  })
})
