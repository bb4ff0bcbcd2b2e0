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

interface TopicScore {
  topic: string
  mean: number
  responseCount: number
  lifeDomain: { slug: string; nameNl: string }
  perspectives: { perspective: string; mean: number; responseCount: number }[]
}

const PUBLISHED = `query ($code: String!) {
  municipality(code: $code) {
    publishedScores {
      title synthetic publishedAt
      topics { topic mean responseCount lifeDomain { slug nameNl } perspectives { perspective mean responseCount } }
    }
  }
}`

describe('published scores (seeded synthetic demo data)', () => {
  it('shows anonymous callers the topic scores of the latest published measurement', async () => {
    const result = await monitor.execute<{
      municipality: {
        publishedScores: {
          title: string
          synthetic: boolean
          publishedAt: string
          topics: TopicScore[]
        }
      }
    }>(PUBLISHED, { code: 'GM0599' })

    expect(result.errors).toBeUndefined()
    const scores = result.data!.municipality.publishedScores
    expect(scores.title).toBe('Zelfevaluatie 2025 (synthetisch voorbeeld)')
    expect(scores.synthetic).toBe(true)
    expect(scores.publishedAt).toBe('2025-06-01T09:00:00.000Z')
    expect(scores.topics).toHaveLength(6)
    for (const topic of scores.topics) {
      expect(topic.lifeDomain.slug).toBe(topic.topic)
      expect(topic.responseCount).toBe(9)
      expect(topic.perspectives.map((p) => p.perspective)).toEqual([
        'COLLEAGUES',
        'ADMINISTRATORS',
        'RESIDENTS',
      ])
      const meanOfMeans =
        topic.perspectives.reduce((sum, perspective) => sum + perspective.mean, 0) / 3
      expect(Math.abs(topic.mean - meanOfMeans)).toBeLessThanOrEqual(0.01)
      expect(topic.mean).toBe(Math.round(topic.mean * 100) / 100)
    }
  })

  it('matches the topic mean computed straight from the responses in SQL', async () => {
    const [row] = await monitor.dataSource.query<{ mean: string }[]>(
      `SELECT round(avg(p.mean), 2)::text AS mean FROM (
         SELECT avg(r.score) AS mean FROM assessment_response r
         JOIN measurement m ON m.id = r.measurement_id
         WHERE m.municipality_code = 'GM0599' AND m.published_at >= '2025-01-01' AND r.topic = 'vervoer'
         GROUP BY r.perspective) p`,
    )
    const result = await monitor.execute<{
      municipality: { publishedScores: { topics: TopicScore[] } }
    }>(PUBLISHED, { code: 'GM0599' })

    const vervoer = result.data!.municipality.publishedScores.topics.find(
      (topic) => topic.topic === 'vervoer',
    )
    expect(vervoer?.mean).toBe(Number(row!.mean))
  })

  it('is null for a municipality without a published measurement, even for its own officials', async () => {
    const anonymous = await monitor.execute(PUBLISHED, { code: 'GM0363' })
    const own = await monitor.execute(
      PUBLISHED,
      { code: 'GM0363' },
      { authorization: as.amsterdamOfficial },
    )

    expect(anonymous).toEqual({ data: { municipality: { publishedScores: null } } })
    expect(own).toEqual({ data: { municipality: { publishedScores: null } } })
  })

  it('has no way to ask for comments on any public type', async () => {
    const sdl = (await monitor.execute<{ _service: { sdl: string } }>(`{ _service { sdl } }`)).data!
      ._service.sdl
    const publicTypes = [
      'PublishedScores',
      'TopicScore',
      'PerspectiveScore',
      'Benchmark',
      'TrendPoint',
    ]
    for (const type of publicTypes) {
      const body = new RegExp(`type ${type} \\{([^}]*)\\}`).exec(sdl)?.[1] ?? ''
      expect(body, type).not.toMatch(/comment/i)
    }
  })
})

describe('weakestTopics', () => {
  it('lists the lowest published topic means first, as many as asked', async () => {
    const result = await monitor.execute<{
      municipality: {
        weakestTopics: { topic: string; mean: number; lifeDomain: { slug: string } }[]
        publishedScores: { topics: { mean: number }[] }
      }
    }>(`{ municipality(code: "GM0344") {
      weakestTopics(limit: 2) { topic mean lifeDomain { slug } }
      publishedScores { topics { mean } }
    } }`)

    const { weakestTopics, publishedScores } = result.data!.municipality
    const lowest = publishedScores.topics.map((topic) => topic.mean).sort((a, b) => a - b)
    expect(weakestTopics).toHaveLength(2)
    expect(weakestTopics.map((topic) => topic.mean)).toEqual(lowest.slice(0, 2))
    expect(weakestTopics[0]!.lifeDomain.slug).toBe(weakestTopics[0]!.topic)
  })

  it('defaults to three and is empty without a published measurement', async () => {
    const result = await monitor.execute<{
      utrecht: { weakestTopics: unknown[] }
      texel: { weakestTopics: unknown[] }
    }>(`{
      utrecht: municipality(code: "GM0344") { weakestTopics { topic } }
      texel: municipality(code: "GM0448") { weakestTopics { topic } }
    }`)

    expect(result.data!.utrecht.weakestTopics).toHaveLength(3)
    expect(result.data!.texel.weakestTopics).toEqual([])
  })

  it.each([0, 21])('rejects limit %i with BAD_USER_INPUT', async (limit) => {
    const result = await monitor.execute(
      `query ($limit: Int!) { municipality(code: "GM0344") { weakestTopics(limit: $limit) { topic } } }`,
      { limit },
    )

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })
})

describe('benchmarks', () => {
  const BENCHMARKS = `query ($code: String!, $topic: String!) {
    municipality(code: $code) {
      benchmarks(topic: $topic) {
        topic own sizeClass lifeDomain { slug }
        national { mean municipalityCount suppressed }
        sizeClassMean { mean municipalityCount suppressed }
        neighbours { mean municipalityCount suppressed }
      }
    }
  }`
  interface Value {
    mean: number | null
    municipalityCount: number
    suppressed: boolean
  }
  type Result = {
    municipality: {
      benchmarks: {
        own: number | null
        sizeClass: string
        national: Value
        sizeClassMean: Value
        neighbours: Value
      }
    }
  }

  it('gives Amsterdam national, size-class and neighbour means over the published municipalities', async () => {
    const result = await monitor.execute<Result>(BENCHMARKS, { code: 'GM0363', topic: 'vervoer' })

    expect(result.errors).toBeUndefined()
    const benchmarks = result.data!.municipality.benchmarks
    expect(benchmarks.own).toBeNull()
    expect(benchmarks.sizeClass).toBe('FROM_100K')
    expect(benchmarks.national).toMatchObject({ municipalityCount: 15, suppressed: false })
    // Rotterdam, Den Haag, Utrecht, Eindhoven, Groningen, Tilburg, Almere, Haarlemmermeer, Zaanstad
    expect(benchmarks.sizeClassMean).toMatchObject({ municipalityCount: 9, suppressed: false })
    expect(benchmarks.neighbours).toMatchObject({ municipalityCount: 8, suppressed: false })
    for (const value of [benchmarks.national, benchmarks.sizeClassMean, benchmarks.neighbours]) {
      expect(value.mean).toBeGreaterThanOrEqual(1)
      expect(value.mean).toBeLessThanOrEqual(10)
    }
  })

  it('suppresses a group mean with fewer than 5 published municipalities and says how many', async () => {
    // Groningen's neighbours have published nothing; in 50,000–99,999 only Amstelveen has.
    const groningen = await monitor.execute<Result>(BENCHMARKS, { code: 'GM0014', topic: 'thuis' })
    const amstelveen = await monitor.execute<Result>(BENCHMARKS, { code: 'GM0362', topic: 'thuis' })

    expect(groningen.data!.municipality.benchmarks.neighbours).toEqual({
      mean: null,
      municipalityCount: 0,
      suppressed: true,
    })
    expect(groningen.data!.municipality.benchmarks.own).not.toBeNull()
    expect(amstelveen.data!.municipality.benchmarks.sizeClassMean).toEqual({
      mean: null,
      municipalityCount: 1,
      suppressed: true,
    })
  })

  it('computes the national mean as the mean of the municipalities’ own topic means', async () => {
    const codes = [
      'GM0362',
      'GM0384',
      'GM0394',
      'GM0415',
      'GM0431',
      'GM0437',
      'GM0479',
      'GM0852',
      'GM0599',
      'GM0518',
      'GM0344',
      'GM0772',
      'GM0014',
      'GM0855',
      'GM0034',
    ]
    const owns: number[] = []
    for (const code of codes) {
      const [row] = await monitor.dataSource.query<{ mean: number }[]>(
        `SELECT avg(p.mean)::float8 AS mean FROM (
           SELECT avg(r.score) AS mean FROM assessment_response r
           JOIN measurement m ON m.id = r.measurement_id
           WHERE m.municipality_code = $1 AND m.status = 'PUBLISHED' AND m.published_at >= '2025-01-01'
             AND r.topic = 'vervoer'
           GROUP BY r.perspective) p`,
        [code],
      )
      owns.push(row!.mean)
    }
    const expected = Math.round((owns.reduce((a, b) => a + b, 0) / owns.length) * 100) / 100

    const result = await monitor.execute<Result>(BENCHMARKS, { code: 'GM0363', topic: 'vervoer' })

    expect(result.data!.municipality.benchmarks.national.mean).toBe(expected)
  })

  it('rejects an unknown topic with BAD_USER_INPUT', async () => {
    const result = await monitor.execute(BENCHMARKS, { code: 'GM0363', topic: 'sport' })

    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_TOPIC',
    })
  })
})

describe('assessmentTrend', () => {
  const TREND = `query ($code: String!) {
    municipality(code: $code) { assessmentTrend(topic: "werk-en-inkomen") { title status mean responseCount publishedAt } }
  }`
  type Trend = {
    municipality: {
      assessmentTrend: {
        title: string
        status: string
        mean: number | null
        responseCount: number
      }[]
    }
  }

  it('shows anyone a municipality’s published measurements oldest first', async () => {
    const result = await monitor.execute<Trend>(TREND, { code: 'GM0599' })

    expect(result.data!.municipality.assessmentTrend.map((point) => point.title)).toEqual([
      'Zelfevaluatie 2024 (synthetisch voorbeeld)',
      'Zelfevaluatie 2025 (synthetisch voorbeeld)',
    ])
    expect(
      result.data!.municipality.assessmentTrend.every((point) => point.responseCount === 9),
    ).toBe(true)
  })

  it('hides an unpublished measurement from anonymous callers and other municipalities', async () => {
    const anonymous = await monitor.execute<Trend>(TREND, { code: 'GM0363' })
    const rotterdam = await monitor.execute<Trend>(
      TREND,
      { code: 'GM0363' },
      { authorization: as.rotterdamOfficial },
    )
    const editor = await monitor.execute<Trend>(
      TREND,
      { code: 'GM0363' },
      { authorization: as.editor },
    )

    expect(anonymous.data!.municipality.assessmentTrend).toEqual([])
    expect(rotterdam.data!.municipality.assessmentTrend).toEqual([])
    expect(editor.data!.municipality.assessmentTrend).toEqual([])
  })

  it('includes the open measurement for the municipality’s own official and for admins', async () => {
    for (const authorization of [as.amsterdamOfficial, as.admin]) {
      const result = await monitor.execute<Trend>(TREND, { code: 'GM0363' }, { authorization })

      expect(result.data!.municipality.assessmentTrend).toEqual([
        expect.objectContaining({ status: 'OPEN', responseCount: 9 }),
      ])
    }
  })
})

describe('SQL statements per page', () => {
  const LIST = `query ($first: Int) {
    municipalities(first: $first) {
      edges { node {
        code
        neighbours { code }
        publishedScores { title topics { mean lifeDomain { slug } perspectives { perspective mean } } }
        weakestTopics(limit: 2) { topic lifeDomain { nameNl } }
        benchmarks(topic: "vervoer") { own national { mean } sizeClassMean { mean } neighbours { mean } }
        assessmentTrend(topic: "vervoer") { mean }
        surveyParticipation
      } }
    }
  }`

  async function statementsFor(first: number, authorization?: string): Promise<number> {
    monitor.statements.length = 0
    const result = await monitor.execute(LIST, { first }, { authorization })
    expect(result.errors).toBeUndefined()
    return monitor.statements.length
  }

  it('loads neighbours, published scores, weakest topics, benchmarks, trends and peiling participation for 342 municipalities with as many statements as for 10', async () => {
    const forTen = await statementsFor(10)
    const forAll = await statementsFor(342)

    expect(forAll).toBe(forTen)
    // count + page + neighbours + published scores + benchmark inputs + measurements (trend)
    // + response cells (trend) + peiling participation + life domains twice (the topic argument
    // is checked before the scores' life domains are asked for, in a later tick)
    expect(forTen).toBe(10)
  })

  it('does the same for an admin, who also sees open measurements in trends', async () => {
    expect(await statementsFor(342, as.admin)).toBe(await statementsFor(10, as.admin))
  })
})
