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

const START = `mutation ($input: StartMeasurementInput!) {
  startMeasurement(input: $input) {
    id title status perspectives synthetic responseCount
    municipality { code }
    topics { slug }
  }
}`
const SUBMIT = `mutation ($input: SubmitAssessmentResponseInput!) {
  submitAssessmentResponse(input: $input) { id perspective topic score comment }
}`
const CLOSE = `mutation ($id: ID!) { closeMeasurement(input: { measurementId: $id }) { status closedAt } }`
const PUBLISH = `mutation ($id: ID!) { publishMeasurement(input: { measurementId: $id }) { status publishedAt } }`
const RESULTS = `query ($code: String!) {
  municipality(code: $code) {
    measurements(first: 10) {
      totalCount
      edges { node { id status title responseCount results { topic perspective mean responseCount lifeDomain { slug } } } }
    }
  }
}`

interface Started {
  startMeasurement: { id: string; status: string; title: string }
}

const amsterdamInput = {
  municipalityCode: 'GM0363',
  title: 'Zelfevaluatie test',
  perspectives: ['COLLEAGUES', 'RESIDENTS'],
  topics: ['vervoer', 'thuis'],
}

async function start(authorization: string, input: Record<string, unknown> = amsterdamInput) {
  const result = await monitor.execute<Started>(START, { input }, { authorization })
  expect(result.errors).toBeUndefined()
  return result.data!.startMeasurement.id
}

function submit(
  authorization: string | undefined,
  input: Record<string, unknown>,
): ReturnType<TestMonitor['execute']> {
  return monitor.execute(SUBMIT, { input }, { authorization })
}

function codeOf(result: Awaited<ReturnType<TestMonitor['execute']>>): unknown {
  return result.errors?.[0]?.extensions?.code
}

describe('startMeasurement', () => {
  it('lets the municipality’s own official start an open measurement', async () => {
    const result = await monitor.execute(
      START,
      { input: amsterdamInput },
      {
        authorization: as.amsterdamOfficial,
      },
    )

    expect(result.errors).toBeUndefined()
    expect(result.data).toEqual({
      startMeasurement: {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        title: 'Zelfevaluatie test',
        status: 'OPEN',
        perspectives: ['COLLEAGUES', 'RESIDENTS'],
        synthetic: false,
        responseCount: 0,
        municipality: { code: 'GM0363' },
        topics: [{ slug: 'vervoer' }, { slug: 'thuis' }],
      },
    })
  })

  it('lets an admin start one for any municipality, with a default title', async () => {
    const result = await monitor.execute<Started>(
      START,
      { input: { ...amsterdamInput, municipalityCode: 'GM0448', title: null } },
      { authorization: as.admin },
    )

    expect(result.data?.startMeasurement.title).toMatch(/^Zelfevaluatie \d{4}-\d{2}-\d{2}$/)
  })

  it.each([
    ['anonymous callers', undefined, 'UNAUTHENTICATED'],
    ['editors', 'editor', 'FORBIDDEN'],
    ['organisers', 'organiser', 'FORBIDDEN'],
    ['another municipality’s official', 'rotterdamOfficial', 'FORBIDDEN'],
  ] as const)('refuses %s with %s', async (_who, actor, code) => {
    const result = await monitor.execute(
      START,
      { input: amsterdamInput },
      {
        authorization: actor === undefined ? undefined : as[actor],
      },
    )

    expect(result.data).toBeNull()
    expect(codeOf(result)).toBe(code)
  })

  it('answers MUNICIPALITY_NOT_FOUND for a well-formed code nobody has', async () => {
    const result = await monitor.execute(
      START,
      {
        input: { ...amsterdamInput, municipalityCode: 'GM9999' },
      },
      { authorization: as.admin },
    )

    expect(codeOf(result)).toBe('MUNICIPALITY_NOT_FOUND')
  })

  it.each([
    ['an unknown topic', { topics: ['sport'] }, 'Unknown life domain(s): sport'],
    ['a malformed topic', { topics: ['Vervoer!'] }, 'each topic must be a life-domain slug'],
    ['no perspectives', { perspectives: [] }, 'perspectives must name at least one perspective'],
    ['a repeated topic', { topics: ['thuis', 'thuis'] }, 'topics must not repeat'],
    ['no topics', { topics: [] }, 'topics must name at least one life domain'],
    [
      'a malformed municipality code',
      { municipalityCode: 'GM363' },
      '"GM" followed by four digits',
    ],
    [
      'a title over 200 characters',
      { title: 'x'.repeat(201) },
      'title must be shorter than or equal to 200',
    ],
  ])('rejects %s with BAD_USER_INPUT', async (_what, change, message) => {
    const result = await monitor.execute(
      START,
      { input: { ...amsterdamInput, ...change } },
      {
        authorization: as.amsterdamOfficial,
      },
    )

    expect(codeOf(result)).toBe('BAD_USER_INPUT')
    expect(result.errors?.[0]?.message).toContain(message)
  })
})

describe('submitAssessmentResponse', () => {
  let measurementId: string

  beforeAll(async () => {
    measurementId = await start(as.amsterdamOfficial)
  })

  it('records a response and returns it, comment included, to whoever submitted it', async () => {
    const result = await submit(as.amsterdamOfficial, {
      measurementId,
      perspective: 'RESIDENTS',
      topic: 'vervoer',
      score: 7,
      comment: 'De bushalte is niet toegankelijk',
    })

    expect(result.errors).toBeUndefined()
    expect(result.data).toEqual({
      submitAssessmentResponse: {
        id: expect.any(String),
        perspective: 'RESIDENTS',
        topic: 'vervoer',
        score: 7,
        comment: 'De bushalte is niet toegankelijk',
      },
    })
  })

  it.each([
    ['a score of 0', { score: 0 }, 'score must be an integer from 1 to 10'],
    ['a score of 11', { score: 11 }, 'score must be an integer from 1 to 10'],
    [
      'a comment over 2000 characters',
      { comment: 'x'.repeat(2001) },
      'comment must be shorter than or equal to 2000',
    ],
    [
      'a malformed measurement id',
      { measurementId: 'abc' },
      'measurementId must be a measurement id',
    ],
  ])('rejects %s with BAD_USER_INPUT', async (_what, change, message) => {
    const result = await submit(as.amsterdamOfficial, {
      measurementId,
      perspective: 'RESIDENTS',
      topic: 'vervoer',
      score: 5,
      ...change,
    })

    expect(codeOf(result)).toBe('BAD_USER_INPUT')
    expect(result.errors?.[0]?.message).toContain(message)
  })

  it('rejects a fractional score as invalid GraphQL input', async () => {
    const result = await submit(as.amsterdamOfficial, {
      measurementId,
      perspective: 'RESIDENTS',
      topic: 'vervoer',
      score: 6.5,
    })

    expect(codeOf(result)).toBe('BAD_USER_INPUT')
  })

  it('rejects a perspective or topic the measurement did not choose with BAD_USER_INPUT', async () => {
    const perspective = await submit(as.amsterdamOfficial, {
      measurementId,
      perspective: 'ADMINISTRATORS',
      topic: 'vervoer',
      score: 5,
    })
    const topic = await submit(as.amsterdamOfficial, {
      measurementId,
      perspective: 'RESIDENTS',
      topic: 'werk-en-inkomen',
      score: 5,
    })

    expect(perspective.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_IN_MEASUREMENT',
    })
    expect(topic.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_IN_MEASUREMENT',
    })
  })

  it('answers NOT_FOUND for a measurement id nobody has', async () => {
    const result = await submit(as.admin, {
      measurementId: '00000000-0000-4000-8000-000000000000',
      perspective: 'RESIDENTS',
      topic: 'vervoer',
      score: 5,
    })

    expect(codeOf(result)).toBe('NOT_FOUND')
  })

  it.each([
    ['anonymous callers', undefined, 'UNAUTHENTICATED'],
    ['editors', 'editor', 'FORBIDDEN'],
    ['another municipality’s official', 'rotterdamOfficial', 'FORBIDDEN'],
  ] as const)('refuses %s with %s', async (_who, actor, code) => {
    const result = await submit(actor === undefined ? undefined : as[actor], {
      measurementId,
      perspective: 'RESIDENTS',
      topic: 'vervoer',
      score: 5,
    })

    expect(codeOf(result)).toBe(code)
  })

  it('lets an admin respond on behalf of the municipality', async () => {
    const result = await submit(as.admin, {
      measurementId,
      perspective: 'COLLEAGUES',
      topic: 'thuis',
      score: 9,
    })

    expect(result.errors).toBeUndefined()
  })
})

describe('results, closing and publishing', () => {
  let measurementId: string

  beforeAll(async () => {
    measurementId = await start(as.amsterdamOfficial, {
      municipalityCode: 'GM0363',
      title: 'Te publiceren',
      perspectives: ['COLLEAGUES', 'ADMINISTRATORS', 'RESIDENTS'],
      topics: ['werk-en-inkomen', 'vrije-tijd'],
    })
    const responses: [string, string, number][] = [
      ['RESIDENTS', 'werk-en-inkomen', 7],
      ['RESIDENTS', 'werk-en-inkomen', 8],
      ['RESIDENTS', 'werk-en-inkomen', 8],
      ['COLLEAGUES', 'werk-en-inkomen', 4],
      ['ADMINISTRATORS', 'vrije-tijd', 10],
    ]
    for (const [perspective, topic, score] of responses) {
      const result = await submit(as.amsterdamOfficial, {
        measurementId,
        perspective,
        topic,
        score,
        comment: 'persoonlijke toelichting',
      })
      expect(result.errors).toBeUndefined()
    }
  })

  type Measurements = {
    municipality: {
      measurements: {
        totalCount: number
        edges: {
          node: {
            id: string
            status: string
            responseCount: number
            results: {
              topic: string
              perspective: string
              mean: number | null
              responseCount: number
            }[]
          }
        }[]
      }
    }
  }

  it('shows the own official mean (2 decimals) and n per topic × perspective, n = 0 where nobody answered', async () => {
    const result = await monitor.execute<Measurements>(
      RESULTS,
      { code: 'GM0363' },
      {
        authorization: as.amsterdamOfficial,
      },
    )

    const node = result.data!.municipality.measurements.edges.find(
      (edge) => edge.node.id === measurementId,
    )!.node
    expect(node.responseCount).toBe(5)
    expect(
      node.results.map(({ topic, perspective, mean, responseCount }) => ({
        topic,
        perspective,
        mean,
        responseCount,
      })),
    ).toEqual([
      { topic: 'werk-en-inkomen', perspective: 'COLLEAGUES', mean: 4, responseCount: 1 },
      { topic: 'werk-en-inkomen', perspective: 'ADMINISTRATORS', mean: null, responseCount: 0 },
      { topic: 'werk-en-inkomen', perspective: 'RESIDENTS', mean: 7.67, responseCount: 3 },
      { topic: 'vrije-tijd', perspective: 'COLLEAGUES', mean: null, responseCount: 0 },
      { topic: 'vrije-tijd', perspective: 'ADMINISTRATORS', mean: 10, responseCount: 1 },
      { topic: 'vrije-tijd', perspective: 'RESIDENTS', mean: null, responseCount: 0 },
    ])
  })

  it.each([
    ['anonymous callers', undefined, 'UNAUTHENTICATED'],
    ['editors', 'editor', 'FORBIDDEN'],
    ['organisers', 'organiser', 'FORBIDDEN'],
    ['another municipality’s official', 'rotterdamOfficial', 'FORBIDDEN'],
  ] as const)('refuses the private measurements list to %s with %s', async (_who, actor, code) => {
    const result = await monitor.execute(
      RESULTS,
      { code: 'GM0363' },
      {
        authorization: actor === undefined ? undefined : as[actor],
      },
    )

    // Refused as null with an error, so public fields asked beside it still arrive.
    expect(result.data).toEqual({ municipality: { measurements: null } })
    expect(codeOf(result)).toBe(code)
  })

  it('lists the measurements, seeded open one included, to an admin', async () => {
    const result = await monitor.execute<Measurements>(
      RESULTS,
      { code: 'GM0363' },
      {
        authorization: as.admin,
      },
    )

    expect(result.data!.municipality.measurements.totalCount).toBeGreaterThanOrEqual(4)
  })

  it('refuses to publish an open measurement', async () => {
    const result = await monitor.execute(
      PUBLISH,
      { id: measurementId },
      {
        authorization: as.amsterdamOfficial,
      },
    )

    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'MEASUREMENT_NOT_CLOSED',
    })
  })

  it.each([
    ['closing', 'anonymous callers', 'UNAUTHENTICATED', CLOSE, undefined],
    ['closing', 'editors', 'FORBIDDEN', CLOSE, 'editor'],
    ['publishing', 'anonymous callers', 'UNAUTHENTICATED', PUBLISH, undefined],
    ['publishing', 'organisers', 'FORBIDDEN', PUBLISH, 'organiser'],
    ['publishing', 'another municipality’s official', 'FORBIDDEN', PUBLISH, 'rotterdamOfficial'],
  ] as const)('refuses %s to %s with %s', async (_what, _who, code, mutation, actor) => {
    const result = await monitor.execute(
      mutation,
      { id: measurementId },
      {
        authorization: actor === undefined ? undefined : as[actor],
      },
    )

    expect(codeOf(result)).toBe(code)
  })

  it('refuses closing by another municipality’s official with FORBIDDEN', async () => {
    const result = await monitor.execute(
      CLOSE,
      { id: measurementId },
      {
        authorization: as.rotterdamOfficial,
      },
    )

    expect(codeOf(result)).toBe('FORBIDDEN')
  })

  it('closes, then answers MEASUREMENT_CLOSED to new responses and to closing again', async () => {
    const closed = await monitor.execute(
      CLOSE,
      { id: measurementId },
      {
        authorization: as.amsterdamOfficial,
      },
    )
    const response = await submit(as.amsterdamOfficial, {
      measurementId,
      perspective: 'RESIDENTS',
      topic: 'vrije-tijd',
      score: 6,
    })
    const again = await monitor.execute(CLOSE, { id: measurementId }, { authorization: as.admin })

    expect(closed.data).toEqual({
      closeMeasurement: { status: 'CLOSED', closedAt: expect.any(String) },
    })
    expect(codeOf(response)).toBe('MEASUREMENT_CLOSED')
    expect(codeOf(again)).toBe('MEASUREMENT_CLOSED')
  })

  it('keeps a closed, unpublished measurement out of the public scores', async () => {
    const result = await monitor.execute(
      `{ municipality(code: "GM0363") { publishedScores { title } } }`,
    )

    expect(result).toEqual({ data: { municipality: { publishedScores: null } } })
  })

  it('publishes a closed measurement: its topic scores become public, without comments', async () => {
    const published = await monitor.execute(
      PUBLISH,
      { id: measurementId },
      {
        authorization: as.amsterdamOfficial,
      },
    )
    const again = await monitor.execute(PUBLISH, { id: measurementId }, { authorization: as.admin })
    const publicView = await monitor.executeWithStatus(`{
      municipality(code: "GM0363") {
        publishedScores {
          title synthetic
          topics { topic mean responseCount perspectives { perspective mean responseCount } }
        }
      }
    }`)

    expect(published.data).toEqual({
      publishMeasurement: { status: 'PUBLISHED', publishedAt: expect.any(String) },
    })
    expect(again.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'ALREADY_PUBLISHED',
    })
    expect(publicView.data).toEqual({
      municipality: {
        publishedScores: {
          title: 'Te publiceren',
          synthetic: false,
          topics: [
            {
              topic: 'werk-en-inkomen',
              // mean of the perspective means 4 and 7.666…
              mean: 5.83,
              responseCount: 4,
              perspectives: [
                { perspective: 'COLLEAGUES', mean: 4, responseCount: 1 },
                { perspective: 'RESIDENTS', mean: 7.67, responseCount: 3 },
              ],
            },
            {
              topic: 'vrije-tijd',
              mean: 10,
              responseCount: 1,
              perspectives: [{ perspective: 'ADMINISTRATORS', mean: 10, responseCount: 1 }],
            },
          ],
        },
      },
    })
    expect(JSON.stringify(publicView)).not.toContain('persoonlijke toelichting')
  })

  it('counts the newly published municipality in the national benchmark', async () => {
    const result = await monitor.execute<{
      municipality: { benchmarks: { own: number; national: { municipalityCount: number } } }
    }>(
      `{ municipality(code: "GM0362") { benchmarks(topic: "werk-en-inkomen") { own national { municipalityCount } } } }`,
    )

    expect(result.data!.municipality.benchmarks.national.municipalityCount).toBe(16)
  })
})

describe('measurements pagination', () => {
  it('pages a municipality’s measurements newest first by cursor', async () => {
    type Page = {
      municipality: {
        measurements: {
          totalCount: number
          pageInfo: { hasNextPage: boolean; endCursor: string }
          edges: { node: { id: string } }[]
        }
      }
    }
    const query = `query ($after: String) { municipality(code: "GM0599") {
      measurements(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id title } } }
    } }`
    const first = await monitor.execute<Page>(query, {}, { authorization: as.rotterdamOfficial })
    const second = await monitor.execute<Page>(
      query,
      { after: first.data!.municipality.measurements.pageInfo.endCursor },
      { authorization: as.rotterdamOfficial },
    )
    const bad = await monitor.execute(query, { after: 'nonsense' }, { authorization: as.admin })

    expect(first.data!.municipality.measurements.totalCount).toBe(2)
    expect(first.data!.municipality.measurements.pageInfo.hasNextPage).toBe(true)
    expect(second.data!.municipality.measurements.pageInfo.hasNextPage).toBe(false)
    expect(second.data!.municipality.measurements.edges[0]!.node.id).not.toBe(
      first.data!.municipality.measurements.edges[0]!.node.id,
    )
    expect(bad.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CURSOR',
    })
  })
})
