import crpdArticlesJson from '@idm/reference/crpd-articles.json'
import lifeDomainsJson from '@idm/reference/life-domains.json'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedTaxonomy } from '../src/seed/seed-taxonomy'
import { startTestMonitor, type TestMonitor } from './support/monitor'

let monitor: TestMonitor

beforeAll(async () => {
  monitor = await startTestMonitor()
})

afterAll(async () => {
  await monitor?.destroy()
})

interface DomainNode {
  slug: string
  nameNl: string
  nameEn: string
}

describe('life domains', () => {
  it('serves exactly the slugs and names of @idm/reference/life-domains.json, in file order', async () => {
    const result = await monitor.execute<{
      lifeDomains: { totalCount: number; edges: { node: DomainNode }[] }
    }>(`{ lifeDomains(first: 500) { totalCount edges { node { slug nameNl nameEn } } } }`)

    expect(result.errors).toBeUndefined()
    expect(result.data!.lifeDomains.edges.map((edge) => edge.node)).toEqual(
      lifeDomainsJson.map((domain) => ({
        slug: domain.slug,
        nameNl: domain.nl,
        nameEn: domain.en,
      })),
    )
    expect(result.data!.lifeDomains.totalCount).toBe(lifeDomainsJson.length)
  })

  it('pages through the life domains by cursor', async () => {
    type Page = {
      lifeDomains: {
        pageInfo: { hasNextPage: boolean; endCursor: string }
        edges: { node: { slug: string } }[]
      }
    }
    const query = `query ($after: String) {
      lifeDomains(first: 4, after: $after) { pageInfo { hasNextPage endCursor } edges { node { slug } } }
    }`
    const first = await monitor.execute<Page>(query)
    const second = await monitor.execute<Page>(query, {
      after: first.data!.lifeDomains.pageInfo.endCursor,
    })

    expect(first.data!.lifeDomains.pageInfo.hasNextPage).toBe(true)
    expect(second.data!.lifeDomains.pageInfo.hasNextPage).toBe(false)
    expect(
      [...first.data!.lifeDomains.edges, ...second.data!.lifeDomains.edges].map(
        (edge) => edge.node.slug,
      ),
    ).toEqual(lifeDomainsJson.map((domain) => domain.slug))
  })

  it('finds one life domain by slug, with the articles that touch it', async () => {
    const result = await monitor.execute<{
      lifeDomain: DomainNode & { crpdArticles: { number: number }[] }
    }>(`{ lifeDomain(slug: "werk-en-inkomen") { slug nameNl nameEn crpdArticles { number } } }`)

    const expected = crpdArticlesJson
      .filter((article) => article.lifeDomains.includes('werk-en-inkomen'))
      .map((article) => ({ number: article.number }))
    expect(result.data!.lifeDomain).toEqual({
      slug: 'werk-en-inkomen',
      nameNl: 'Werk en inkomen',
      nameEn: 'Work and income',
      crpdArticles: expected,
    })
    expect(expected).toContainEqual({ number: 27 })
  })

  it('returns null for an unknown slug and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await monitor.execute(`{ lifeDomain(slug: "sport") { slug } }`)
    const malformed = await monitor.execute(`{ lifeDomain(slug: "Werk en inkomen") { slug } }`)

    expect(unknown).toEqual({ data: { lifeDomain: null } })
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it('resolves LifeDomain references by slug for other subgraphs', async () => {
    const result = await monitor.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on LifeDomain { slug nameEn } } }`,
      {
        r: [
          { __typename: 'LifeDomain', slug: 'vervoer' },
          { __typename: 'LifeDomain', slug: 'onbekend' },
        ],
      },
    )

    expect(result).toEqual({
      data: { _entities: [{ slug: 'vervoer', nameEn: 'Transport' }, null] },
    })
  })
})

describe('CRPD articles', () => {
  type Articles = {
    crpdArticles: {
      totalCount: number
      edges: {
        node: { number: number; titleEn: string; titleNl: string; lifeDomains: { slug: string }[] }
      }[]
    }
  }
  const ARTICLES = `query ($filter: CrpdArticleFilter) {
    crpdArticles(first: 500, filter: $filter) {
      totalCount edges { node { number titleEn titleNl lifeDomains { slug } } }
    }
  }`

  it('serves every article of @idm/reference with its titles and life domains', async () => {
    const result = await monitor.execute<Articles>(ARTICLES)

    expect(result.data!.crpdArticles.edges.map((edge) => edge.node)).toEqual(
      [...crpdArticlesJson]
        .sort((a, b) => a.number - b.number)
        .map((article) => ({
          number: article.number,
          titleEn: article.en,
          titleNl: article.nl,
          lifeDomains: lifeDomainsJson
            .filter((domain) => article.lifeDomains.includes(domain.slug))
            .map((domain) => ({ slug: domain.slug })),
        })),
    )
  })

  it('filters articles by life domain', async () => {
    const result = await monitor.execute<Articles>(ARTICLES, { filter: { lifeDomain: 'vervoer' } })

    const numbers = result.data!.crpdArticles.edges.map((edge) => edge.node.number)
    expect(numbers).toEqual(
      crpdArticlesJson
        .filter((article) => article.lifeDomains.includes('vervoer'))
        .map((article) => article.number)
        .sort((a, b) => a - b),
    )
    expect(result.data!.crpdArticles.totalCount).toBe(numbers.length)
  })

  it('finds one article by number and returns null for a number not listed', async () => {
    const result = await monitor.execute(
      `{ work: crpdArticle(number: 27) { titleEn } none: crpdArticle(number: 2) { titleEn } }`,
    )

    expect(result).toEqual({ data: { work: { titleEn: 'Work and employment' }, none: null } })
  })

  it('loads nested life domains and articles with one query per level', async () => {
    monitor.statements.length = 0
    const result = await monitor.execute(`{
      lifeDomains(first: 10) { edges { node { crpdArticles { number lifeDomains { slug } } } } }
    }`)

    expect(result.errors).toBeUndefined()
    // count + page + articles of the domains + domains of the articles
    expect(monitor.statements).toHaveLength(4)
  })
})

describe('taxonomy seed', () => {
  it('writes nothing when run again on seeded tables', async () => {
    expect(await seedTaxonomy(monitor.dataSource)).toEqual({
      lifeDomainsWritten: 0,
      crpdArticlesWritten: 0,
      linksInserted: 0,
      linksDeleted: 0,
    })
  })
})
