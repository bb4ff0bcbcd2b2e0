import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AuthError } from '../src/auth/auth.errors'
import type { Measurement } from '../src/assessment/measurement.entity'
import { printMonitorSdl } from '../src/schema'
import { startTestMonitor, type TestMonitor } from './support/monitor'
import { actorHeaders } from './support/tokens'

let monitor: TestMonitor
let as: Awaited<ReturnType<typeof actorHeaders>>
let measurementId: string

const COMMENTS = ['De bushalte is niet toegankelijk', 'Loket alleen via de trap bereikbaar']

const READ = `query ($first: Int, $after: String) {
  municipality(code: "GM0363") {
    name
    measurements(first: 10) {
      edges { node { id title
        responses(first: $first, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          edges { node { perspective topic score comment submittedAt } }
        }
      } }
    }
  }
}`

interface Read {
  municipality: {
    name: string
    measurements: {
      edges: {
        node: {
          id: string
          title: string
          responses: {
            totalCount: number
            pageInfo: { hasNextPage: boolean; endCursor: string | null }
            edges: { node: { comment: string | null; score: number } }[]
          } | null
        }
      }[]
    } | null
  }
}

beforeAll(async () => {
  monitor = await startTestMonitor({ http: true })
  as = await actorHeaders()
  const started = await monitor.execute<{ startMeasurement: { id: string } }>(
    `mutation { startMeasurement(input: { municipalityCode: "GM0363", title: "Opmerkingen test",
      perspectives: [RESIDENTS], topics: ["vervoer"] }) { id } }`,
    undefined,
    { authorization: as.amsterdamOfficial },
  )
  measurementId = started.data!.startMeasurement.id
  for (const [index, comment] of COMMENTS.entries()) {
    const submitted = await monitor.execute(
      `mutation ($input: SubmitAssessmentResponseInput!) { submitAssessmentResponse(input: $input) { id } }`,
      {
        input: {
          measurementId,
          perspective: 'RESIDENTS',
          topic: 'vervoer',
          score: 4 + index,
          comment,
        },
      },
      { authorization: index === 0 ? as.amsterdamOfficial : as.admin },
    )
    expect(submitted.errors).toBeUndefined()
  }
})

afterAll(async () => {
  await monitor?.destroy()
})

function ours(result: { data?: Read | null }) {
  return result.data!.municipality.measurements!.edges.find(
    ({ node }) => node.id === measurementId,
  )!.node
}

describe('Measurement.responses: the comments of a self-assessment', () => {
  it.each(['amsterdamOfficial', 'admin'] as const)(
    'shows %s every comment, oldest first, whoever submitted it',
    async (actor) => {
      const result = await monitor.execute<Read>(READ, {}, { authorization: as[actor] })

      expect(result.errors).toBeUndefined()
      const responses = ours(result).responses!
      expect(responses.totalCount).toBe(2)
      expect(responses.edges.map(({ node }) => [node.score, node.comment])).toEqual([
        [4, COMMENTS[0]],
        [5, COMMENTS[1]],
      ])
    },
  )

  it('shows the seeded open measurement’s comments to its own official', async () => {
    const result = await monitor.execute<Read>(READ, {}, { authorization: as.amsterdamOfficial })
    const seeded = result.data!.municipality.measurements!.edges.find(
      ({ node }) => node.id !== measurementId,
    )!.node

    expect(seeded.responses!.edges.some(({ node }) => node.comment !== null)).toBe(true)
  })

  it.each([
    ['anonymous', undefined, 'UNAUTHENTICATED'],
    ['an editor', 'editor', 'FORBIDDEN'],
    ['an organiser', 'organiser', 'FORBIDDEN'],
    ['another municipality’s official', 'rotterdamOfficial', 'FORBIDDEN'],
  ] as const)('refuses %s with %s and no comment anywhere', async (_who, actor, code) => {
    const result = await monitor.execute<Read>(
      READ,
      {},
      actor === undefined ? {} : { authorization: as[actor] },
    )

    expect(result.data!.municipality).toEqual({ name: 'Amsterdam', measurements: null })
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual([code])
    const body = JSON.stringify(result)
    for (const comment of COMMENTS) expect(body).not.toContain(comment)
  })

  it('refuses another municipality’s official in the service too, however the measurement is reached', async () => {
    const ctx = await monitor.context({ authorization: as.rotterdamOfficial })
    const measurement = { id: measurementId, municipalityCode: 'GM0363' } as Measurement

    await expect(
      ctx.services.assessments.responsesOf(ctx, measurement, { first: 10 }),
    ).rejects.toBeInstanceOf(AuthError)
    await expect(
      ctx.services.assessments.responsesOf(ctx, measurement, { first: 10 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', reason: 'OTHER_MUNICIPALITY' })
  })

  it('pages by cursor and rejects a foreign cursor with BAD_USER_INPUT', async () => {
    const first = await monitor.execute<Read>(
      READ,
      { first: 1 },
      { authorization: as.amsterdamOfficial },
    )
    const page = ours(first).responses!
    expect(page.edges.map(({ node }) => node.comment)).toEqual([COMMENTS[0]])
    expect(page.pageInfo.hasNextPage).toBe(true)

    const next = await monitor.execute<Read>(
      READ,
      { first: 1, after: page.pageInfo.endCursor },
      { authorization: as.amsterdamOfficial },
    )
    expect(ours(next).responses!.edges.map(({ node }) => node.comment)).toEqual([COMMENTS[1]])

    const foreign = await monitor.execute<Read>(
      READ,
      { after: 'bm90LWEtY3Vyc29y' },
      { authorization: as.amsterdamOfficial },
    )
    expect(foreign.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CURSOR',
    })
  })

  it('reads the responses of every measurement with one statement', async () => {
    monitor.statements.length = 0
    const result = await monitor.execute<Read>(READ, {}, { authorization: as.admin })

    expect(result.errors).toBeUndefined()
    expect(result.data!.municipality.measurements!.edges.length).toBeGreaterThan(1)
    const reads = monitor.statements.filter(
      (sql) => sql.includes('"assessment_response"') && sql.includes('"comment"'),
    )
    expect(reads).toHaveLength(1)
  })
})

describe('Measurement.responses is never cached', () => {
  it.each(['amsterdamOfficial', 'admin'] as const)(
    'answers %s over HTTP with Cache-Control: no-store',
    async (actor) => {
      const response = await fetch(monitor.url!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: as[actor] },
        body: JSON.stringify({ query: READ }),
      })
      const body = await response.text()

      expect(response.status).toBe(200)
      expect(body).toContain(COMMENTS[0])
      expect(response.headers.get('cache-control')).toBe('no-store')
    },
  )

  it('declares the responses and their connection uncacheable in the schema', async () => {
    const sdl = await printMonitorSdl()

    expect(sdl).toMatch(/type AssessmentResponse\s+@cacheControl\(maxAge: 0\)/)
    expect(sdl).toMatch(/type AssessmentResponseConnection\s+@cacheControl\(maxAge: 0\)/)
    expect(sdl).toMatch(/type Measurement\s+@cacheControl\(maxAge: 0\)/)
  })
})
