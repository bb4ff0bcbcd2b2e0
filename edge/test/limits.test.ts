// The built package, as the services load it (the CommonJS graphql-js copy they share).
import { ApolloServer } from '@apollo/server'
import { buildSchema, parse } from 'graphql'
import { describe, expect, it } from 'vitest'
import { costLimitPlugin, operationCost } from '@idm/edge'

const schema = buildSchema(`
  type Query {
    municipality(code: String!): Municipality
    municipalities(first: Int = 50): MunicipalityConnection!
    tags: [String!]!
    _entities(representations: [String!]!): [Municipality]!
  }
  type MunicipalityConnection { edges: [MunicipalityEdge!]! totalCount: Int! }
  type MunicipalityEdge { node: Municipality! }
  type Municipality {
    code: String!
    neighbours: [Municipality!]!
    weakestTopics(limit: Int! = 3): [String!]!
    lifeDomains: [String!]!
  }
`)
const limits = { defaultListSize: 20 }
const cost = (query: string, variables = {}) =>
  operationCost(schema, parse(query), limits, variables)

describe('the cost model', () => {
  it('costs a field 1 plus its selection', () => {
    expect(cost('{ municipality(code: "x") { code } }')).toBe(2)
  })

  it('multiplies a selection by first, from the argument, a variable or the default', () => {
    expect(cost('{ municipalities(first: 10) { edges { node { code } } } }')).toBe(1 + 10 * 3)
    expect(
      cost('query ($n: Int) { municipalities(first: $n) { edges { node { code } } } }', { n: 100 }),
    ).toBe(1 + 100 * 3)
    expect(cost('{ municipalities { totalCount } }')).toBe(1 + 50 * 1)
  })

  it('multiplies by limit, and by the declared size of a plain list', () => {
    expect(cost('{ municipality(code: "x") { weakestTopics(limit: 2) } }')).toBe(1 + 1 + 2)
    // Municipality.neighbours is declared at 17, *.lifeDomains at 6.
    expect(cost('{ municipality(code: "x") { neighbours { code } } }')).toBe(1 + 1 + 17 * 1)
    expect(cost('{ municipality(code: "x") { lifeDomains } }')).toBe(1 + 1 + 6)
  })

  it('takes an undeclared plain list at the default size', () => {
    expect(cost('{ tags }')).toBe(1 + 20)
  })

  it('multiplies an _entities call by its representations', () => {
    expect(
      cost('query ($r: [String!]!) { _entities(representations: $r) { code } }', {
        r: ['a', 'b', 'c'],
      }),
    ).toBe(1 + 3 * 1)
  })

  it('grows exponentially with nested lists, which is what the limit is for', () => {
    const nested = (n: number) =>
      `{ municipality(code: "x") { ${'neighbours { '.repeat(n)}code${' }'.repeat(n)} } }`
    expect(cost(nested(7))).toBeGreaterThan(100_000_000)
  })
})

describe('the cost limit plugin', () => {
  const limited = { ...limits, maxCost: 1_000 }
  const rootValue = { municipalities: { edges: [], totalCount: 0 }, _entities: [] }
  const codeOf = async (
    server: ApolloServer,
    query: string,
    variables?: Record<string, unknown>,
  ) => {
    const { body } = await server.executeOperation({ query, variables })
    return body.kind === 'single' ? body.singleResult.errors?.[0]?.extensions?.code : undefined
  }

  it('refuses a costly operation without variables on every request, priced once per document', async () => {
    const server = new ApolloServer({ schema, rootValue, plugins: [costLimitPlugin(limited)] })
    await server.start()
    const costly = '{ municipalities(first: 500) { edges { node { code } } } }'
    expect(await codeOf(server, costly)).toBe('QUERY_TOO_COMPLEX')
    expect(await codeOf(server, costly)).toBe('QUERY_TOO_COMPLEX')
    expect(await codeOf(server, '{ municipalities(first: 5) { totalCount } }')).toBeUndefined()
    await server.stop()
  })

  it('prices an operation with variables per request, by its variables', async () => {
    const server = new ApolloServer({ schema, rootValue, plugins: [costLimitPlugin(limited)] })
    await server.start()
    const query = 'query ($n: Int) { municipalities(first: $n) { edges { node { code } } } }'
    expect(await codeOf(server, query, { n: 5 })).toBeUndefined()
    expect(await codeOf(server, query, { n: 500 })).toBe('QUERY_TOO_COMPLEX')
    expect(await codeOf(server, query, { n: 5 })).toBeUndefined()
    // The remembered prices: the same variables again, in any order of asking.
    expect(await codeOf(server, query, { n: 500 })).toBe('QUERY_TOO_COMPLEX')
    expect(await codeOf(server, query, { n: 5 })).toBeUndefined()
    await server.stop()
  })

  it('prices long variables on every request, without remembering them', async () => {
    const server = new ApolloServer({ schema, rootValue, plugins: [costLimitPlugin(limited)] })
    await server.start()
    const query = 'query ($reps: [String!]!) { _entities(representations: $reps) { code } }'
    // Both over the memo's 2,048 characters of variables: 1 + 2,000 and 1 + 100 representations.
    const many = Array.from({ length: 2_000 }, (_, i) => `GM${String(i).padStart(4, '0')}`)
    const few = Array.from({ length: 100 }, (_, i) => `${'x'.repeat(40)}${i}`)
    for (let round = 0; round < 2; round++) {
      expect(await codeOf(server, query, { reps: many })).toBe('QUERY_TOO_COMPLEX')
      expect(await codeOf(server, query, { reps: few })).toBeUndefined()
    }
    await server.stop()
  })

  it('keeps prices apart per operation name in one document', async () => {
    const server = new ApolloServer({ schema, rootValue, plugins: [costLimitPlugin(limited)] })
    await server.start()
    const query = `query Big { municipalities(first: 500) { edges { node { code } } } }
      query Small { municipalities(first: 5) { totalCount } }`
    const run = async (operationName: string) => {
      const { body } = await server.executeOperation({ query, operationName })
      return body.kind === 'single' ? body.singleResult.errors?.[0]?.extensions?.code : undefined
    }
    for (let round = 0; round < 2; round++) {
      expect(await run('Small')).toBeUndefined()
      expect(await run('Big')).toBe('QUERY_TOO_COMPLEX')
    }
    await server.stop()
  })
})
