import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestMonitor, type TestMonitor } from './support/monitor'

interface Node {
  code: string
  name: string
}
interface Page {
  municipalities: {
    totalCount: number
    pageInfo: {
      hasNextPage: boolean
      hasPreviousPage: boolean
      startCursor: string | null
      endCursor: string | null
    }
    edges: { cursor: string; node: Node }[]
  }
}

const PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String, $filter: MunicipalityFilter) {
    municipalities(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          code
          name
        }
      }
    }
  }
`

let monitor: TestMonitor

beforeAll(async () => {
  monitor = await startTestMonitor()
})

afterAll(async () => {
  await monitor?.destroy()
})

async function page(variables: Record<string, unknown>): Promise<Page['municipalities']> {
  const result = await monitor.execute<Page>(PAGE, variables)
  expect(result.errors).toBeUndefined()
  return result.data!.municipalities
}

describe('municipality(code)', () => {
  it('returns Amsterdam with its province, figures and neighbours for GM0363', async () => {
    const result = await monitor.execute(`{
      municipality(code: "GM0363") {
        code name province inhabitants areaKm2 seat
        neighbours { code name }
      }
    }`)

    expect(result).toEqual({
      data: {
        municipality: {
          code: 'GM0363',
          name: 'Amsterdam',
          province: 'Noord-Holland',
          inhabitants: 942504,
          areaKm2: 165.5,
          seat: 'Amsterdam',
          neighbours: expect.arrayContaining([
            { code: 'GM0362', name: 'Amstelveen' },
            { code: 'GM0479', name: 'Zaanstad' },
          ]),
        },
      },
    })
  })

  it('returns null for a well-formed code that no municipality has', async () => {
    const result = await monitor.execute(`{ municipality(code: "GM9999") { name } }`)

    expect(result).toEqual({ data: { municipality: null } })
  })

  it.each(['GM363', 'gm0363', '0363', 'GM03630', ''])(
    'rejects the malformed code "%s" with BAD_USER_INPUT naming the accepted format',
    async (code) => {
      const result = await monitor.execute(
        `query ($code: String!) { municipality(code: $code) { name } }`,
        { code },
      )

      expect(result.data).toEqual({ municipality: null })
      expect(result.errors).toHaveLength(1)
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
      expect(result.errors?.[0]?.message).toContain('"GM" followed by four digits')
    },
  )

  it('lists no neighbours for an island municipality', async () => {
    const result = await monitor.execute(
      `{ municipality(code: "GM0448") { name neighbours { code } } }`,
    )

    expect(result).toEqual({ data: { municipality: { name: 'Texel', neighbours: [] } } })
  })
})

describe('municipalities connection', () => {
  it('returns all 342 municipalities ordered by code in one page of 500', async () => {
    const all = await page({ first: 500 })

    const codes = all.edges.map((edge) => edge.node.code)
    expect(all.totalCount).toBe(342)
    expect(codes).toHaveLength(342)
    expect(new Set(codes).size).toBe(342)
    expect(codes).toEqual([...codes].sort())
    expect(all.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: all.edges[0]!.cursor,
      endCursor: all.edges.at(-1)!.cursor,
    })
  })

  it('walks all 342 in pages of 100 by endCursor without duplicates or gaps', async () => {
    const everything = (await page({ first: 500 })).edges.map((edge) => edge.node.code)
    const walked: string[] = []
    const pageSizes: number[] = []
    let after: string | null = null
    let hasNextPage = true

    while (hasNextPage) {
      const current = await page({ first: 100, after })
      expect(current.totalCount).toBe(342)
      expect(current.pageInfo.hasPreviousPage).toBe(after !== null)
      walked.push(...current.edges.map((edge) => edge.node.code))
      pageSizes.push(current.edges.length)
      after = current.pageInfo.endCursor
      hasNextPage = current.pageInfo.hasNextPage
    }

    expect(pageSizes).toEqual([100, 100, 100, 42])
    expect(walked).toEqual(everything)
  })

  it('continues after any edge cursor, not just endCursor', async () => {
    const first = await page({ first: 5 })
    const third = first.edges[2]!

    const next = await page({ first: 2, after: third.cursor })

    expect(next.edges.map((edge) => edge.node.code)).toEqual(
      first.edges.slice(3, 5).map((edge) => edge.node.code),
    )
  })

  it('uses opaque cursors that do not expose the code as plain text', async () => {
    const { edges } = await page({ first: 1 })

    expect(edges[0]!.cursor).not.toContain(edges[0]!.node.code)
    expect(edges[0]!.cursor).toMatch(/^[A-Za-z0-9+/]+=*$/)
  })

  it('defaults to a page of 50', async () => {
    const result = await monitor.execute<Page>(PAGE, {})

    expect(result.data?.municipalities.edges).toHaveLength(50)
    expect(result.data?.municipalities.pageInfo.hasNextPage).toBe(true)
  })

  it.each([0, -1, 501, null])('rejects first = %s with BAD_USER_INPUT', async (first) => {
    const result = await monitor.execute(PAGE, { first })

    expect(result.data).toBeNull()
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(result.errors?.[0]?.message).toContain('first must be between 1 and 500')
  })

  it.each(['not-a-cursor', 'Zm9vYmFy', Buffer.from('cursor:GM36').toString('base64')])(
    'rejects the after cursor "%s" with BAD_USER_INPUT',
    async (after) => {
      const result = await monitor.execute(PAGE, { first: 10, after })

      expect(result.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_CURSOR',
      })
    },
  )

  it('filters by exact province and counts only the matches', async () => {
    const utrecht = await page({ first: 500, filter: { province: 'Utrecht' } })

    expect(utrecht.totalCount).toBe(26)
    expect(utrecht.edges).toHaveLength(26)
    expect(utrecht.edges.map((edge) => edge.node.name)).toContain('Amersfoort')
  })

  it('searches names case-insensitively by substring', async () => {
    const result = await page({ first: 500, filter: { search: 'DAM' } })

    const names = result.edges.map((edge) => edge.node.name)
    expect(names).toEqual(
      expect.arrayContaining(['Amsterdam', 'Rotterdam', 'Edam-Volendam', 'Veendam']),
    )
    expect(names.every((name) => name.toLowerCase().includes('dam'))).toBe(true)
    expect(result.totalCount).toBe(names.length)
  })

  it('treats % and _ in a search as literal characters', async () => {
    const percent = await page({ first: 500, filter: { search: '%' } })
    const underscore = await page({ first: 500, filter: { search: '_' } })

    expect(percent.totalCount).toBe(0)
    expect(underscore.totalCount).toBe(0)
  })

  it('combines province and search, and paginates within the filter', async () => {
    const firstPage = await page({ first: 2, filter: { province: 'Noord-Holland', search: 'a' } })
    const rest = await page({
      first: 500,
      after: firstPage.pageInfo.endCursor,
      filter: { province: 'Noord-Holland', search: 'a' },
    })

    expect(firstPage.edges).toHaveLength(2)
    expect(firstPage.pageInfo.hasNextPage).toBe(true)
    expect(rest.edges.length + 2).toBe(firstPage.totalCount)
    expect(rest.pageInfo.hasPreviousPage).toBe(true)
  })

  it('rejects a search longer than 100 characters with BAD_USER_INPUT', async () => {
    const result = await monitor.execute(PAGE, { filter: { search: 'a'.repeat(101) } })

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(result.errors?.[0]?.message).toContain('search must be shorter than or equal to 100')
  })

  it('returns an empty page with null cursors when nothing matches', async () => {
    const none = await page({ first: 10, filter: { province: 'Atlantis' } })

    expect(none).toEqual({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    })
  })
})

describe('neighbours', () => {
  const NEIGHBOURS = `query ($first: Int) {
    municipalities(first: $first) { edges { node { code neighbours { code } } } }
  }`

  async function statementsFor(first: number): Promise<number> {
    monitor.statements.length = 0
    const result = await monitor.execute(NEIGHBOURS, { first })
    expect(result.errors).toBeUndefined()
    return monitor.statements.length
  }

  it('loads the neighbours of 342 municipalities with as many SQL statements as for 10', async () => {
    const forTen = await statementsFor(10)
    const forAll = await statementsFor(342)

    // count + page + one batched neighbour query
    expect(forTen).toBe(3)
    expect(forAll).toBe(forTen)
  })

  it('fetches the neighbours of a whole page with one query over all codes', async () => {
    monitor.statements.length = 0
    await monitor.execute(NEIGHBOURS, { first: 342 })

    const neighbourQueries = monitor.statements.filter((sql) =>
      sql.includes('municipality_neighbour'),
    )
    expect(neighbourQueries).toHaveLength(1)
  })

  it('returns symmetric borders: every neighbour lists the municipality back', async () => {
    const result = await monitor.execute<{
      municipalities: { edges: { node: { code: string; neighbours: { code: string }[] } }[] }
    }>(NEIGHBOURS, { first: 500 })

    const borders = new Map(
      result.data!.municipalities.edges.map(({ node }) => [
        node.code,
        new Set(node.neighbours.map((neighbour) => neighbour.code)),
      ]),
    )
    for (const [code, neighbours] of borders) {
      for (const neighbour of neighbours) expect(borders.get(neighbour)?.has(code)).toBe(true)
    }
  })
})

describe('federation', () => {
  const ENTITIES = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Municipality { code name province }
    }
  }`

  it('resolves several Municipality references in one query, in order, with one lookup', async () => {
    monitor.statements.length = 0
    const result = await monitor.execute(ENTITIES, {
      representations: [
        { __typename: 'Municipality', code: 'GM0599' },
        { __typename: 'Municipality', code: 'GM0363' },
        { __typename: 'Municipality', code: 'GM9999' },
        { __typename: 'Municipality', code: 'GM0014' },
        { __typename: 'Municipality', code: 'GM0363' },
      ],
    })

    expect(result).toEqual({
      data: {
        _entities: [
          { code: 'GM0599', name: 'Rotterdam', province: 'Zuid-Holland' },
          { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland' },
          null,
          { code: 'GM0014', name: 'Groningen', province: 'Groningen' },
          { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland' },
        ],
      },
    })
    expect(monitor.statements).toHaveLength(1)
  })

  it('resolves a reference with a malformed code to null instead of failing the batch', async () => {
    const result = await monitor.execute(ENTITIES, {
      representations: [
        { __typename: 'Municipality', code: 'nonsense' },
        { __typename: 'Municipality', code: 'GM0363' },
      ],
    })

    expect(result).toEqual({
      data: { _entities: [null, { code: 'GM0363', name: 'Amsterdam', province: 'Noord-Holland' }] },
    })
  })

  it('advertises Municipality as an entity keyed by code in _service.sdl', async () => {
    const result = await monitor.execute<{ _service: { sdl: string } }>(`{ _service { sdl } }`)

    expect(result.data?._service.sdl).toContain('type Municipality')
    expect(result.data?._service.sdl).toContain('@key(fields: "code")')
  })
})

describe('size classes', () => {
  type SizePage = {
    municipalities: {
      totalCount: number
      edges: { node: { code: string; inhabitants: number; sizeClass: string } }[]
    }
  }
  const SIZES = `query ($filter: MunicipalityFilter) {
    municipalities(first: 500, filter: $filter) {
      totalCount edges { node { code inhabitants sizeClass } }
    }
  }`

  it('puts Amsterdam in FROM_100K and Vlieland in UNDER_20K', async () => {
    const result = await monitor.execute(`{
      amsterdam: municipality(code: "GM0363") { sizeClass }
      vlieland: municipality(code: "GM0096") { sizeClass }
    }`)

    expect(result).toEqual({
      data: { amsterdam: { sizeClass: 'FROM_100K' }, vlieland: { sizeClass: 'UNDER_20K' } },
    })
  })

  it.each([
    ['UNDER_20K', 0, 19_999],
    ['FROM_20K_TO_50K', 20_000, 49_999],
    ['FROM_50K_TO_100K', 50_000, 99_999],
    ['FROM_100K', 100_000, Infinity],
  ])('filters %s to municipalities with %i to %s inhabitants', async (sizeClass, min, max) => {
    const result = await monitor.execute<SizePage>(SIZES, { filter: { sizeClass } })

    const nodes = result.data!.municipalities.edges.map((edge) => edge.node)
    expect(nodes.length).toBeGreaterThan(0)
    for (const node of nodes) {
      expect(node.sizeClass).toBe(sizeClass)
      expect(node.inhabitants).toBeGreaterThanOrEqual(min)
      expect(node.inhabitants).toBeLessThanOrEqual(max)
    }
  })

  it('splits all 342 municipalities over the four size classes', async () => {
    let total = 0
    for (const sizeClass of ['UNDER_20K', 'FROM_20K_TO_50K', 'FROM_50K_TO_100K', 'FROM_100K']) {
      const result = await monitor.execute<SizePage>(SIZES, { filter: { sizeClass } })
      total += result.data!.municipalities.totalCount
    }

    expect(total).toBe(342)
  })

  it('combines size class with province and search', async () => {
    const result = await monitor.execute<SizePage>(SIZES, {
      filter: { sizeClass: 'FROM_100K', province: 'Noord-Holland', search: 'AMSTER' },
    })

    expect(result.data!.municipalities.edges.map((edge) => edge.node.code)).toEqual(['GM0363'])
  })

  it('rejects an unknown size class with BAD_USER_INPUT', async () => {
    const result = await monitor.execute(SIZES, { filter: { sizeClass: 'HUGE' } })

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })
})
