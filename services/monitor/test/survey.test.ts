import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isObjectType } from 'graphql'
import { buildMonitorSchema } from '../src/schema'
import { seedDemoSurvey } from '../src/demo/seed-demo-survey'
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

interface OptionCount {
  option: { code: string }
  count: number | null
  share: number | null
  suppressed: boolean
}
interface Group {
  key: string
  respondents: number | null
  suppressed: boolean
  options: OptionCount[]
}
interface Aggregate {
  edition: number
  synthetic: boolean
  overall: Group
  groups: Group[]
}

const GROUP = `key respondents suppressed options { option { code } count share suppressed }`

async function aggregate(
  edition: number,
  question: string,
  breakdown = 'NONE',
): Promise<Aggregate> {
  const result = await monitor.execute<{ surveyAggregate: Aggregate }>(
    `query ($edition: Int!, $question: String!, $breakdown: SurveyBreakdown) {
      surveyAggregate(edition: $edition, question: $question, breakdown: $breakdown) {
        edition synthetic overall { ${GROUP} } groups { ${GROUP} }
      }
    }`,
    { edition, question, breakdown },
  )
  expect(result.errors).toBeUndefined()
  return result.data!.surveyAggregate
}

function shareOf(group: Group, option: string): number {
  const found = group.options.find((entry) => entry.option.code === option)
  expect(found?.suppressed).toBe(false)
  return found!.share!
}

interface RawResponse {
  code: string
  surveyResponse: { answers: { question: { code: string }; options: { code: string }[] }[] } | null
}

/** Every municipality's response to an edition, read as admin through the API. */
async function rawResponses(edition: number): Promise<Map<string, string[]>[]> {
  const result = await monitor.execute<{
    municipalities: { edges: { node: RawResponse }[] }
  }>(
    `query ($edition: Int!) {
      municipalities(first: 500) {
        edges { node { code surveyResponse(edition: $edition) {
          answers { question { code } options { code } }
        } } }
      }
    }`,
    { edition },
    { authorization: as.admin },
  )
  expect(result.errors).toBeUndefined()
  return result.data!.municipalities.edges.flatMap(({ node }) =>
    node.surveyResponse === null
      ? []
      : [
          new Map(
            node.surveyResponse.answers.map((answer) => [
              answer.question.code,
              answer.options.map((option) => option.code),
            ]),
          ),
        ],
  )
}

describe('questionnaire', () => {
  it('lists the six editions from the 2018 baseline to 2023, all labelled synthetic', async () => {
    const result = await monitor.execute<{
      surveyEditions: {
        totalCount: number
        edges: { node: { year: number; synthetic: boolean; respondentCount: number } }[]
      }
    }>(
      `{ surveyEditions(first: 10) { totalCount edges { node { year synthetic respondentCount } } } }`,
    )

    expect(result.errors).toBeUndefined()
    expect(result.data!.surveyEditions.totalCount).toBe(6)
    expect(result.data!.surveyEditions.edges.map(({ node }) => node)).toEqual([
      { year: 2018, synthetic: true, respondentCount: 126 },
      { year: 2019, synthetic: true, respondentCount: 148 },
      { year: 2020, synthetic: true, respondentCount: 139 },
      { year: 2021, synthetic: true, respondentCount: 171 },
      { year: 2022, synthetic: true, respondentCount: 160 },
      { year: 2023, synthetic: true, respondentCount: 201 },
    ])
  })

  // Read from the schema itself: introspection is off, as in production.
  it('explains in the schema that the demo data is synthetic', async () => {
    const edition = (await buildMonitorSchema()).getType('SurveyEdition')

    expect(isObjectType(edition)).toBe(true)
    const synthetic = isObjectType(edition) ? edition.getFields().synthetic : undefined
    expect(synthetic?.description).toContain('synthetic demo data')
  })

  it('pages editions by cursor and rejects a foreign cursor with BAD_USER_INPUT', async () => {
    type Page = {
      surveyEditions: {
        pageInfo: { hasNextPage: boolean; endCursor: string }
        edges: { node: { year: number } }[]
      }
    }
    const query = `query ($after: String) { surveyEditions(first: 4, after: $after) {
      pageInfo { hasNextPage endCursor } edges { node { year } } } }`
    const first = await monitor.execute<Page>(query)
    const second = await monitor.execute<Page>(query, {
      after: first.data!.surveyEditions.pageInfo.endCursor,
    })
    const bad = await monitor.execute(query, { after: 'bm90LWEtY3Vyc29y' })

    expect(first.data!.surveyEditions.pageInfo.hasNextPage).toBe(true)
    expect(second.data!.surveyEditions.edges.map(({ node }) => node.year)).toEqual([2022, 2023])
    expect(second.data!.surveyEditions.pageInfo.hasNextPage).toBe(false)
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CURSOR',
    })
  })

  it('rejects a page size above the bound with BAD_USER_INPUT', async () => {
    const result = await monitor.execute(`{ surveyQuestions(first: 501) { totalCount } }`)

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it('keeps question codes across editions: LIA_STATUS was asked in all six', async () => {
    const result = await monitor.execute<{
      surveyQuestion: {
        kind: string
        textNl: string
        editions: number[]
        options: { code: string; labelEn: string }[]
      }
    }>(`{ surveyQuestion(code: "LIA_STATUS") { kind textNl editions options { code labelEn } } }`)

    expect(result.data!.surveyQuestion).toEqual({
      kind: 'SINGLE_CHOICE',
      textNl: 'Wat is de status van de Lokale Inclusie Agenda in uw gemeente?',
      editions: [2018, 2019, 2020, 2021, 2022, 2023],
      options: [
        { code: 'NOT_STARTED', labelEn: 'Not started' },
        { code: 'EXPLORING', labelEn: 'Exploring' },
        { code: 'IN_DEVELOPMENT', labelEn: 'In development' },
        { code: 'ADOPTED', labelEn: 'Adopted, not yet in execution' },
        { code: 'IN_EXECUTION', labelEn: 'In execution' },
      ],
    })
  })

  it('lists the questions of one edition in questionnaire order', async () => {
    const result = await monitor.execute<{
      surveyEdition: { questions: { code: string }[] }
      surveyQuestions: { totalCount: number; edges: { node: { code: string } }[] }
    }>(`{
      surveyEdition(year: 2018) { questions { code } }
      surveyQuestions(edition: 2018) { totalCount edges { node { code } } }
    }`)

    const codes = ['CONVENTION_KNOWN', 'LIA_STATUS', 'OBSTACLES', 'WORKS_WITH_RESIDENTS']
    expect(result.data!.surveyEdition.questions.map((question) => question.code)).toEqual(codes)
    expect(result.data!.surveyQuestions.edges.map(({ node }) => node.code)).toEqual(codes)
    expect(result.data!.surveyQuestions.totalCount).toBe(4)
  })
})

describe('published figures, computed through the API from the synthetic responses', () => {
  const within1pp = (actual: number, expected: number) =>
    expect(Math.abs(actual - expected)).toBeLessThanOrEqual(0.01)

  it('2021: over 80% lack capacity or money (from the raw responses, as admin)', async () => {
    const responses = await rawResponses(2021)
    const answered = responses.filter((response) => response.has('OBSTACLES'))
    const capacityOrMoney = answered.filter((response) =>
      response
        .get('OBSTACLES')!
        .some((code) => code === 'LACK_OF_CAPACITY' || code === 'LACK_OF_MONEY'),
    )

    expect(responses).toHaveLength(171)
    expect(capacityOrMoney.length / answered.length).toBeGreaterThan(0.8)
  })

  it('2021: 41% process support, 67% knowledge products, 70% interactive website', async () => {
    const { overall } = await aggregate(2021, 'SUPPORT_WANTED')

    within1pp(shareOf(overall, 'PROCESS_SUPPORT_EXPERTS'), 0.41)
    within1pp(shareOf(overall, 'KNOWLEDGE_PRODUCTS'), 0.67)
    within1pp(shareOf(overall, 'INTERACTIVE_WEBSITE'), 0.7)
  })

  it('2021: about 10% have not started implementing', async () => {
    const result = await monitor.execute<{
      implementationStages: { respondents: number; notStarted: { share: number } }
    }>(`{ implementationStages(edition: 2021) { respondents notStarted { share } } }`)

    within1pp(result.data!.implementationStages.notStarted.share, 0.1)
  })

  it('2022: 160 respondents, over 60% want practice examples', async () => {
    const { overall } = await aggregate(2022, 'SUPPORT_WANTED')

    expect(overall.respondents).toBe(160)
    expect(shareOf(overall, 'PRACTICE_EXAMPLES')).toBeGreaterThan(0.6)
  })

  it('2023: 201 respondents, 58.8% of the municipalities', async () => {
    const result = await monitor.execute<{
      surveyEdition: { respondentCount: number; responseRate: number; municipalityCount: number }
    }>(`{ surveyEdition(year: 2023) { respondentCount responseRate municipalityCount } }`)

    expect(result.data!.surveyEdition.respondentCount).toBe(201)
    within1pp(result.data!.surveyEdition.responseRate, 0.588)
  })

  it('2023: LIA in execution 30%, adopted 8%, in development 15%', async () => {
    const result = await monitor.execute<{
      localInclusionAgendaStatus: {
        respondents: number
        synthetic: boolean
        inExecution: { share: number }
        adopted: { share: number }
        inDevelopment: { share: number }
      }
    }>(`{ localInclusionAgendaStatus(edition: 2023) {
      respondents synthetic inExecution { share } adopted { share } inDevelopment { share }
    } }`)
    const status = result.data!.localInclusionAgendaStatus

    expect(status.respondents).toBe(201)
    expect(status.synthetic).toBe(true)
    within1pp(status.inExecution.share, 0.3)
    within1pp(status.adopted.share, 0.08)
    within1pp(status.inDevelopment.share, 0.15)
  })

  it('2023: 11% do not work with residents with a disability', async () => {
    const { overall } = await aggregate(2023, 'WORKS_WITH_RESIDENTS')

    within1pp(shareOf(overall, 'NO'), 0.11)
  })

  it('agrees with counts recomputed from the raw responses', async () => {
    const responses = await rawResponses(2023)
    const { overall } = await aggregate(2023, 'OBSTACLES')
    const answered = responses.filter((response) => response.has('OBSTACLES'))

    expect(overall.respondents).toBe(answered.length)
    for (const entry of overall.options) {
      const count = answered.filter((response) =>
        response.get('OBSTACLES')!.includes(entry.option.code),
      ).length
      if (!entry.suppressed) expect(entry.count).toBe(count)
    }
  })
})

describe('breakdowns and suppression', () => {
  it('has a group for every province, suppressing every count below 5', async () => {
    const result = await aggregate(2023, 'LIA_STATUS', 'PROVINCE')

    expect(result.groups).toHaveLength(12)
    for (const group of [result.overall, ...result.groups]) {
      if (group.suppressed) {
        expect(group.respondents).toBeNull()
        expect(group.options.every((entry) => entry.suppressed && entry.count === null)).toBe(true)
      }
      for (const entry of group.options) {
        if (!entry.suppressed) expect(entry.count).toBeGreaterThanOrEqual(5)
        else expect(entry.share).toBeNull()
      }
      const holes = group.options.filter((entry) => entry.suppressed).length
      if (!group.suppressed) expect(holes).not.toBe(1)
    }
    const hiddenGroups = result.groups.filter((group) => group.suppressed).length
    expect(hiddenGroups).not.toBe(1)
  })

  it('breaks down by size class in the four documented bands', async () => {
    const result = await aggregate(2022, 'IMPLEMENTATION_STAGE', 'SIZE_CLASS')

    expect(result.groups.map((group) => group.key)).toEqual([
      'UNDER_20K',
      'FROM_20K_TO_50K',
      'FROM_50K_TO_100K',
      'FROM_100K',
    ])
    const shown = result.groups.filter((group) => !group.suppressed)
    if (shown.length === result.groups.length) {
      const sum = shown.reduce((total, group) => total + group.respondents!, 0)
      expect(sum).toBe(160)
    }
  })

  it('returns null for a question the edition did not ask', async () => {
    const result = await monitor.execute(
      `{ surveyAggregate(edition: 2018, question: "SUPPORT_WANTED") { edition } }`,
    )

    expect(result).toEqual({ data: { surveyAggregate: null } })
  })

  it('rejects a malformed question code with BAD_USER_INPUT', async () => {
    const result = await monitor.execute(
      `{ surveyAggregate(edition: 2023, question: "lia status") { edition } }`,
    )

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it('follows LIA_STATUS over all six editions, oldest first', async () => {
    const result = await monitor.execute<{
      surveyTrend: {
        points: { edition: number; respondents: number; options: OptionCount[] }[]
      }
    }>(`{ surveyTrend(question: "LIA_STATUS") {
      points { edition respondents options { option { code } share suppressed count } }
    } }`)
    const points = result.data!.surveyTrend.points

    expect(points.map((point) => point.edition)).toEqual([2018, 2019, 2020, 2021, 2022, 2023])
    const inExecution = points.map((point) =>
      point.options.find((entry) => entry.option.code === 'IN_EXECUTION')!,
    )
    // 4 of 126 in 2018: below 5, so withheld in the trend too.
    expect(inExecution[0]).toMatchObject({ count: null, share: null, suppressed: true })
    expect(inExecution.at(-1)!.share!).toBeGreaterThan(inExecution[1]!.share!)
  })
})

const RESPONSE = `query ($code: String!, $edition: Int!) {
  municipality(code: $code) {
    surveyResponse(edition: $edition) { edition municipality { code } answers { question { code } options { code } } }
  }
}`

describe('confidential responses', () => {
  let amsterdamEdition: number

  beforeAll(async () => {
    const result = await monitor.execute<{ municipality: { surveyParticipation: number[] } }>(
      `{ municipality(code: "GM0363") { surveyParticipation } }`,
    )
    // The demo data decides which editions Amsterdam took part in; at least one, by the seed.
    amsterdamEdition = result.data!.municipality.surveyParticipation[0]!
    expect(amsterdamEdition).toBeGreaterThanOrEqual(2018)
  })

  it('refuses an anonymous caller with UNAUTHENTICATED', async () => {
    const result = await monitor.execute(RESPONSE, { code: 'GM0363', edition: amsterdamEdition })

    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
    expect(result.data).toEqual({ municipality: { surveyResponse: null } })
  })

  it('refuses an editor with FORBIDDEN', async () => {
    const result = await monitor.execute(
      RESPONSE,
      { code: 'GM0363', edition: amsterdamEdition },
      { authorization: as.editor },
    )

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE_NOT_ALLOWED',
    })
  })

  it("refuses another municipality's official with FORBIDDEN", async () => {
    const result = await monitor.execute(
      RESPONSE,
      { code: 'GM0363', edition: amsterdamEdition },
      { authorization: as.rotterdamOfficial },
    )

    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'OTHER_MUNICIPALITY',
    })
  })

  it("shows the municipality's own official its response", async () => {
    const result = await monitor.execute<{
      municipality: { surveyResponse: { edition: number; municipality: { code: string } } }
    }>(
      RESPONSE,
      { code: 'GM0363', edition: amsterdamEdition },
      {
        authorization: as.amsterdamOfficial,
      },
    )

    expect(result.errors).toBeUndefined()
    expect(result.data!.municipality.surveyResponse).toMatchObject({
      edition: amsterdamEdition,
      municipality: { code: 'GM0363' },
    })
  })

  it('shows an admin every response, and null for an edition not responded to', async () => {
    const result = await monitor.execute<{
      municipality: {
        surveyParticipation: number[]
        surveyResponses: { totalCount: number; edges: { node: { edition: number } }[] }
      }
    }>(
      `{ municipality(code: "GM0363") {
        surveyParticipation
        surveyResponses(first: 10) { totalCount edges { node { edition } } }
      } }`,
      undefined,
      { authorization: as.admin },
    )
    const municipality = result.data!.municipality

    expect(result.errors).toBeUndefined()
    expect(municipality.surveyResponses.edges.map(({ node }) => node.edition)).toEqual(
      municipality.surveyParticipation,
    )
    expect(municipality.surveyResponses.totalCount).toBe(municipality.surveyParticipation.length)
  })

  it('pages an official’s own responses by cursor', async () => {
    type Page = {
      municipality: {
        surveyParticipation: number[]
        surveyResponses: {
          totalCount: number
          pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }
          edges: { node: { edition: number } }[]
        }
      }
    }
    const query = `query ($after: String) { municipality(code: "GM0363") {
      surveyParticipation
      surveyResponses(first: 1, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { edition } }
      }
    } }`
    const walked: number[] = []
    let after: string | null = null
    let participation: number[] = []
    for (let page = 0; page < 10; page++) {
      const result: { data?: Page | null } = await monitor.execute<Page>(
        query,
        { after },
        { authorization: as.amsterdamOfficial },
      )
      const { surveyParticipation, surveyResponses } = result.data!.municipality
      participation = surveyParticipation
      expect(surveyResponses.pageInfo.hasPreviousPage).toBe(after !== null)
      walked.push(...surveyResponses.edges.map(({ node }) => node.edition))
      after = surveyResponses.pageInfo.endCursor
      if (!surveyResponses.pageInfo.hasNextPage) break
    }

    expect(walked).toEqual(participation)
  })

  it('refuses surveyResponses to another municipality’s official with FORBIDDEN', async () => {
    const result = await monitor.execute(
      `{ municipality(code: "GM0363") { surveyResponses { totalCount } } }`,
      undefined,
      { authorization: as.rotterdamOfficial },
    )

    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })
})

describe('Municipality.surveyParticipation', () => {
  const PARTICIPATION = `query ($first: Int!) {
    municipalities(first: $first) { edges { node { code surveyParticipation } } }
  }`

  it('is public and matches the respondent counts', async () => {
    const result = await monitor.execute<{
      municipalities: { edges: { node: { surveyParticipation: number[] } }[] }
    }>(PARTICIPATION, { first: 342 })
    const in2023 = result.data!.municipalities.edges.filter(({ node }) =>
      node.surveyParticipation.includes(2023),
    )

    expect(in2023).toHaveLength(201)
  })

  it('loads the participation of 342 municipalities with as many SQL statements as for 10', async () => {
    monitor.statements.length = 0
    await monitor.execute(PARTICIPATION, { first: 10 })
    const forTen = monitor.statements.length
    monitor.statements.length = 0
    await monitor.execute(PARTICIPATION, { first: 342 })
    const forAll = monitor.statements.length
    const participationQueries = monitor.statements.filter((sql) => sql.includes('survey_response'))

    expect(forAll).toBe(forTen)
    expect(participationQueries).toHaveLength(1)
  })
})

describe('DataLoaders for responses', () => {
  const RESPONSES = `query ($first: Int!) {
    municipalities(first: $first) { edges { node {
      surveyResponse(edition: 2023) { answers { question { code } options { code } } }
      surveyResponses(first: 10) { totalCount }
    } } }
  }`

  it('reads the responses and answers of 342 municipalities with as many statements as for 10', async () => {
    monitor.statements.length = 0
    await monitor.execute(RESPONSES, { first: 10 }, { authorization: as.admin })
    const forTen = monitor.statements.length
    monitor.statements.length = 0
    const result = await monitor.execute(RESPONSES, { first: 342 }, { authorization: as.admin })
    const answerQueries = monitor.statements.filter((sql) => sql.includes('"survey_answer"'))

    expect(result.errors).toBeUndefined()
    expect(monitor.statements.length).toBe(forTen)
    expect(answerQueries).toHaveLength(1)
  })
})

describe('demo seed', () => {
  it('writes nothing when run again', async () => {
    await expect(seedDemoSurvey(monitor.dataSource)).resolves.toEqual({
      questionnaireRowsWritten: 0,
      demoResponsesWritten: 0,
    })
  })
})

// ── anyOf: respondents who chose at least one of several options (public, suppressed) ──────

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
