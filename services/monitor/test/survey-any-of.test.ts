import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestMonitor, type TestMonitor } from './support/monitor'
import { actorHeaders } from './support/tokens'

let monitor: TestMonitor
let as: Awaited<ReturnType<typeof actorHeaders>>

beforeAll(async () => {
  monitor = await startTestMonitor()
  as = await actorHeaders()
})

afterAll(async () => {
  await monitor?.destroy()
})

interface AnyOf {
  options: { code: string }[]
  count: number | null
  share: number | null
  suppressed: boolean
}
interface Row {
  key: string
  respondents: number | null
  suppressed: boolean
  anyOf: AnyOf
}

const CAPACITY_OR_MONEY = ['LACK_OF_CAPACITY', 'LACK_OF_MONEY']
const ROW = `key respondents suppressed anyOf(options: $options) { options { code } count share suppressed }`

async function anyOf(
  edition: number,
  question: string,
  options: string[],
  breakdown = 'NONE',
  authorization?: string,
) {
  return monitor.execute<{ surveyAggregate: { overall: Row; groups: Row[] } }>(
    `query ($edition: Int!, $question: String!, $breakdown: SurveyBreakdown, $options: [String!]!) {
      surveyAggregate(edition: $edition, question: $question, breakdown: $breakdown) {
        overall { ${ROW} } groups { ${ROW} }
      }
    }`,
    { edition, question, breakdown, options },
    authorization === undefined ? {} : { authorization },
  )
}

/** Per municipality, the options it chose for OBSTACLES in 2021: confidential, read as admin. */
async function rawObstacles2021(): Promise<Map<string, { province: string; options: string[] }>> {
  const result = await monitor.execute<{
    municipalities: {
      edges: {
        node: {
          code: string
          province: string
          surveyResponse: {
            answers: { question: { code: string }; options: { code: string }[] }[]
          } | null
        }
      }[]
    }
  }>(
    `{ municipalities(first: 500) { edges { node { code province surveyResponse(edition: 2021) {
        answers { question { code } options { code } } } } } } }`,
    undefined,
    { authorization: as.admin },
  )
  expect(result.errors).toBeUndefined()
  const raw = new Map<string, { province: string; options: string[] }>()
  for (const { node } of result.data!.municipalities.edges) {
    const answer = node.surveyResponse?.answers.find((a) => a.question.code === 'OBSTACLES')
    if (answer)
      raw.set(node.code, { province: node.province, options: answer.options.map((o) => o.code) })
  }
  return raw
}

const choseAny = (options: string[], selected: string[]) =>
  options.some((code) => selected.includes(code))

describe('anyOf: respondents who chose at least one of the options', () => {
  it('reproduces the 2021 headline "over 80% lack capacity or money" from public data, anonymously', async () => {
    const result = await anyOf(2021, 'OBSTACLES', CAPACITY_OR_MONEY)

    expect(result.errors).toBeUndefined()
    const { overall } = result.data!.surveyAggregate
    expect(overall.anyOf.suppressed).toBe(false)
    expect(overall.anyOf.options.map((option) => option.code)).toEqual(CAPACITY_OR_MONEY)
    expect(overall.anyOf.share).toBeGreaterThan(0.8)
    expect(overall.anyOf.share).toBe(overall.anyOf.count! / overall.respondents!)
  })

  it('counts exactly what the confidential responses say', async () => {
    const raw = [...(await rawObstacles2021()).values()]
    const { overall } = (await anyOf(2021, 'OBSTACLES', CAPACITY_OR_MONEY)).data!.surveyAggregate

    expect(overall.respondents).toBe(raw.length)
    expect(overall.anyOf.count).toBe(
      raw.filter((response) => choseAny(response.options, CAPACITY_OR_MONEY)).length,
    )
  })

  it('gives every role the same public answer', async () => {
    const anonymous = await anyOf(2021, 'OBSTACLES', CAPACITY_OR_MONEY, 'PROVINCE')
    for (const authorization of Object.values(as)) {
      expect(await anyOf(2021, 'OBSTACLES', CAPACITY_OR_MONEY, 'PROVINCE', authorization)).toEqual(
        anonymous,
      )
    }
  })

  it('takes the options in any order and answers in option order', async () => {
    const result = await anyOf(2021, 'OBSTACLES', [...CAPACITY_OR_MONEY].reverse())

    expect(result.data!.surveyAggregate.overall.anyOf.options.map((o) => o.code)).toEqual(
      CAPACITY_OR_MONEY,
    )
  })

  it('follows capacity-or-money over every edition in the trend', async () => {
    const result = await monitor.execute<{
      surveyTrend: { points: { edition: number; anyOf: AnyOf }[] }
    }>(
      `{ surveyTrend(question: "OBSTACLES") { points { edition
          anyOf(options: ["LACK_OF_CAPACITY", "LACK_OF_MONEY"]) { count share suppressed } } } }`,
    )
    const overall = (await anyOf(2021, 'OBSTACLES', CAPACITY_OR_MONEY)).data!.surveyAggregate
      .overall

    expect(result.errors).toBeUndefined()
    const points = result.data!.surveyTrend.points
    expect(points.map((point) => point.edition)).toEqual([2018, 2019, 2020, 2021, 2022, 2023])
    expect(points.find((point) => point.edition === 2021)!.anyOf).toEqual({
      count: overall.anyOf.count,
      share: overall.anyOf.share,
      suppressed: false,
    })
  })
})

describe('anyOf: suppression', () => {
  it('suppresses small provinces and keeps every visible count at 5 or more and correct', async () => {
    const raw = [...(await rawObstacles2021()).values()]
    const result = await anyOf(2021, 'OBSTACLES', CAPACITY_OR_MONEY, 'PROVINCE')

    expect(result.errors).toBeUndefined()
    const { overall, groups } = result.data!.surveyAggregate
    expect(groups).toHaveLength(12)
    for (const group of groups) {
      const members = raw.filter((response) => response.province === group.key)
      const count = members.filter((response) => choseAny(response.options, CAPACITY_OR_MONEY))
      if (members.length < 5) {
        expect(group.suppressed).toBe(true)
        expect(group.anyOf).toMatchObject({ count: null, share: null, suppressed: true })
      }
      if (group.anyOf.suppressed) {
        expect(group.anyOf.count).toBeNull()
        expect(group.anyOf.share).toBeNull()
      } else {
        expect(group.anyOf.count).toBe(count.length)
        expect(group.anyOf.count).toBeGreaterThanOrEqual(5)
        // Those who chose neither are not published, and must not be derivable as small either.
        expect(members.length - count.length).toBeGreaterThanOrEqual(5)
      }
    }
    expect(groups.some((group) => group.anyOf.suppressed)).toBe(true)
    // The national count must not give one suppressed province back by subtraction.
    if (!overall.anyOf.suppressed) {
      expect(groups.filter((group) => group.anyOf.suppressed)).not.toHaveLength(1)
    }
  })

  it('never shows a group whose respondents the aggregate itself withholds', async () => {
    const result = await anyOf(2021, 'OBSTACLES', CAPACITY_OR_MONEY, 'SIZE_CLASS')

    for (const group of result.data!.surveyAggregate.groups) {
      if (group.suppressed) expect(group.anyOf.suppressed).toBe(true)
    }
  })

  it('withholds a union that would give a small combination back (nobody chose NONE and money)', async () => {
    const raw = [...(await rawObstacles2021()).values()]
    const result = await anyOf(2021, 'OBSTACLES', ['LACK_OF_MONEY', 'NONE'])
    const money = raw.filter((response) => response.options.includes('LACK_OF_MONEY')).length
    const none = raw.filter((response) => response.options.includes('NONE')).length

    // Both options are large enough on their own, but |money| + |none| - |money or none| = 0.
    expect(money).toBeGreaterThanOrEqual(5)
    expect(none).toBeGreaterThanOrEqual(5)
    expect(result.data!.surveyAggregate.overall.anyOf).toMatchObject({
      count: null,
      share: null,
      suppressed: true,
    })
  })
})

describe('anyOf: bad input', () => {
  const codeAndReason = (result: Awaited<ReturnType<typeof anyOf>>) =>
    result.errors?.map((error) => [error.extensions?.code, error.extensions?.reason])

  it('rejects an option code the question does not have with UNKNOWN_OPTION', async () => {
    const result = await anyOf(2021, 'OBSTACLES', ['LACK_OF_MONEY', 'LACK_OF_TIME'])

    expect(codeAndReason(result)).toEqual([['BAD_USER_INPUT', 'UNKNOWN_OPTION']])
    expect(result.errors![0]!.message).toContain('LACK_OF_TIME is not an option of OBSTACLES')
  })

  it('rejects a single-choice question with NOT_MULTIPLE_CHOICE', async () => {
    const result = await anyOf(2023, 'LIA_STATUS', ['ADOPTED', 'IN_EXECUTION'])

    expect(codeAndReason(result)).toEqual([['BAD_USER_INPUT', 'NOT_MULTIPLE_CHOICE']])
  })

  it.each([
    [
      'more than 4 options',
      [
        'LACK_OF_CAPACITY',
        'LACK_OF_MONEY',
        'LACK_OF_KNOWLEDGE',
        'LOW_ADMINISTRATIVE_PRIORITY',
        'NONE',
      ],
    ],
    ['a single option', ['LACK_OF_MONEY']],
    ['an option twice', ['LACK_OF_MONEY', 'LACK_OF_MONEY']],
    ['a malformed code', ['LACK_OF_MONEY', 'money; DROP TABLE']],
  ])('rejects %s with BAD_USER_INPUT', async (_case, options) => {
    const result = await anyOf(2021, 'OBSTACLES', options)

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(result.errors?.[0]?.message).toMatch(/^Invalid arguments: options must/)
    expect(result.data?.surveyAggregate ?? null).toBeNull()
  })
})
