import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { News } from '../src/payload-types'
import { startContentServer, type ContentServer } from '../src/subgraph/app'
import { forgetTrigrams } from '../src/subgraph/search/search.reads'
import {
  EDITOR_EMAIL,
  HENGELO_EMAIL,
  login,
  ORGANISER_EMAIL,
  startTestCms,
  type TestCms,
} from './support/testCms'

interface GraphQLResponse<TData> {
  data?: TData | null
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>
}

interface SearchEdge {
  cursor: string
  score: number
  snippet: string
  node: { __typename: string; title: string }
}

interface SearchData {
  search: {
    totalCount: number
    edges: SearchEdge[]
    pageInfo: { hasNextPage: boolean; endCursor: string | null }
  }
}

const SEARCH = /* GraphQL */ `
  query ($query: String!, $first: Int, $after: String, $filter: SearchFilter) {
    search(query: $query, first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        score
        snippet
        node {
          __typename
          ... on KnowledgeProduct {
            title
          }
          ... on PracticeExample {
            title
          }
          ... on Event {
            title
          }
          ... on NewsItem {
            title
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`

describe('content subgraph: search across the content', () => {
  let cms: TestCms
  let server: ContentServer
  const tokens: Record<'editor' | 'organiser' | 'official', string> = {
    editor: '',
    organiser: '',
    official: '',
  }

  const createNews = (title: string, summary: string, extra: Partial<News> = {}) =>
    cms.payload.create({
      collection: 'news',
      data: { title, slug: '', summary, _status: 'published', ...extra },
    })

  beforeAll(async () => {
    cms = await startTestCms()
    server = await startContentServer({ payload: cms.payload, host: '127.0.0.1', port: 0 })
    tokens.editor = (await login(cms, EDITOR_EMAIL)).token
    tokens.organiser = (await login(cms, ORGANISER_EMAIL)).token
    tokens.official = (await login(cms, HENGELO_EMAIL)).token

    await createNews('Zwembadtoegang voor iedereen', 'Een bericht over het bad in de wijk.')
    await createNews('Nieuws uit de wijk', 'De zwembadtoegang wordt dit jaar beter geregeld.')
    await createNews('Een toegankelijke woning vinden', 'Hoe de gemeente helpt bij wonen.')
    await createNews(
      'Speeltuinroute geopend',
      'Kinderen & ouders: "de speeltuinroute" is 3 < 4 keer zo lang. <b>Vet</b> niet.',
    )
    for (const n of [1, 2, 3]) await createNews(`Paginatest ${n}`, 'Drie berichten om te bladeren.')
    await createNews('Geheimwoord in een concept', 'Nog niet klaar.', { _status: 'draft' })
    await cms.payload.create({
      collection: 'events',
      data: {
        title: 'Webinar over de fietsenstallingwet',
        slug: '',
        startsAt_tz: 'Europe/Amsterdam',
        endsAt_tz: 'Europe/Amsterdam',
        format: 'digital',
        startsAt: '2027-03-01T10:00:00.000Z',
        endsAt: '2027-03-01T11:00:00.000Z',
        onlineUrl: 'https://webinar.example.org/fietsenstallingwet',
        summary: 'Wat de fietsenstallingwet vraagt van gemeenten.',
        lifeDomains: ['vervoer'],
        _status: 'published',
      },
    })
    await createNews('Fietsenstallingwet aangenomen', 'Het nieuws over de wet.', {
      lifeDomains: ['thuis'],
    })
  })
  afterAll(async () => {
    await server?.stop()
    await cms?.destroy()
  })

  async function query(variables: object, authorization?: string) {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify({ query: SEARCH, variables }),
    })
    return (await response.json()) as GraphQLResponse<SearchData>
  }

  async function search(variables: object, authorization?: string) {
    const response = await query(variables, authorization)
    expect(response.errors).toBeUndefined()
    return response.data!.search
  }

  const titles = (result: SearchData['search']) => result.edges.map((edge) => edge.node.title)

  it('ranks a title hit above a summary hit', async () => {
    const result = await search({ query: 'zwembadtoegang' })

    expect(titles(result)).toEqual(['Zwembadtoegang voor iedereen', 'Nieuws uit de wijk'])
    expect(result.edges[0]!.score).toBeGreaterThan(result.edges[1]!.score)
    expect(result.totalCount).toBe(2)
  })

  it('matches the beginning of a word: "inclu" finds Inclusie', async () => {
    const result = await search({ query: 'inclu', filter: { types: ['KNOWLEDGE_PRODUCT'] } })

    expect(titles(result)).toContain('Handreiking Lokale Inclusie Agenda')
    expect(result.edges.every((edge) => edge.node.__typename === 'KnowledgeProduct')).toBe(true)
  })

  it('stems Dutch: "woningen" finds "woning"', async () => {
    expect(titles(await search({ query: 'woningen' }))).toContain('Een toegankelijke woning vinden')
  })

  it('marks the hits in an escaped snippet: <mark> is the only markup', async () => {
    const [edge] = (await search({ query: 'speeltuinroute ouders' })).edges

    expect(edge!.snippet).toContain('<mark>speeltuinroute</mark>')
    expect(edge!.snippet).toContain('&amp;')
    expect(edge!.snippet).toContain('&quot;')
    expect(edge!.snippet).toContain('3 &lt; 4')
    expect(edge!.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/)
  })

  it('filters on types and life domains', async () => {
    const all = await search({ query: 'fietsenstallingwet' })
    const events = await search({ query: 'fietsenstallingwet', filter: { types: ['EVENT'] } })
    const thuis = await search({ query: 'fietsenstallingwet', filter: { lifeDomains: ['thuis'] } })
    const none = await search({
      query: 'fietsenstallingwet',
      filter: { types: ['KNOWLEDGE_PRODUCT', 'PRACTICE_EXAMPLE'] },
    })

    expect(all.totalCount).toBe(2)
    expect(events.edges.map((edge) => edge.node)).toEqual([
      { __typename: 'Event', title: 'Webinar over de fietsenstallingwet' },
    ])
    expect(thuis.edges.map((edge) => edge.node)).toEqual([
      { __typename: 'NewsItem', title: 'Fietsenstallingwet aangenomen' },
    ])
    expect(none).toMatchObject({ totalCount: 0, edges: [] })
  })

  it('reads the hits through Payload as the caller: one find per collection on the page', async () => {
    const find = vi.spyOn(cms.payload, 'find')
    try {
      const result = await search({ query: 'fietsenstallingwet' })

      expect(result.edges).toHaveLength(2)
      expect(find.mock.calls.map(([options]) => options.collection).sort()).toEqual([
        'events',
        'news',
      ])
      expect(find.mock.calls.every(([options]) => options.overrideAccess === false)).toBe(true)
    } finally {
      find.mockRestore()
    }
  })

  it('pages with the one cursor format, every hit once', async () => {
    const first = await search({ query: 'paginatest', first: 2 })
    const second = await search({ query: 'paginatest', first: 2, after: first.pageInfo.endCursor })
    const past = await search({ query: 'paginatest', first: 2, after: second.pageInfo.endCursor })

    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } })
    expect(second).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: false } })
    expect(new Set([...titles(first), ...titles(second)])).toEqual(
      new Set(['Paginatest 1', 'Paginatest 2', 'Paginatest 3']),
    )
    expect(past).toMatchObject({ totalCount: 3, edges: [] })
  })

  it('hides drafts from anonymous callers, organisers and municipal officials, not from editors', async () => {
    const variables = { query: 'geheimwoord' }

    expect((await search(variables)).totalCount).toBe(0)
    expect((await search(variables, `JWT ${tokens.organiser}`)).totalCount).toBe(0)
    expect((await search(variables, `JWT ${tokens.official}`)).totalCount).toBe(0)
    expect(titles(await search(variables, `JWT ${tokens.editor}`))).toEqual([
      'Geheimwoord in een concept',
    ])
  })

  it('finds a document as soon as it is published, and no longer once it is unpublished', async () => {
    const draft = await createNews('Vlindertuin bij het gemeentehuis', 'Kort bericht.', {
      _status: 'draft',
    })
    expect((await search({ query: 'vlindertuin' })).totalCount).toBe(0)

    await cms.payload.update({ collection: 'news', id: draft.id, data: { _status: 'published' } })
    expect(titles(await search({ query: 'vlindertuin' }))).toEqual([
      'Vlindertuin bij het gemeentehuis',
    ])

    await cms.payload.update({ collection: 'news', id: draft.id, data: { _status: 'draft' } })
    expect((await search({ query: 'vlindertuin' })).totalCount).toBe(0)
  })

  it('tolerates a typo in a title once pg_trgm is installed, and does without it before', async () => {
    const actor = { payload: cms.payload, user: null }
    expect((await search({ query: 'zwembadtoegnag' })).totalCount).toBe(0)

    await cms.payload.db.pool.query('CREATE EXTENSION IF NOT EXISTS pg_trgm')
    forgetTrigrams(actor)
    try {
      expect(titles(await search({ query: 'zwembadtoegnag' }))).toContain(
        'Zwembadtoegang voor iedereen',
      )
    } finally {
      await cms.payload.db.pool.query('DROP EXTENSION pg_trgm')
      forgetTrigrams(actor)
    }
  })

  it.each([
    ['a query of one character', { query: 'a' }, 'query: between 2 and 200 characters, got 1'],
    ['a query of 201 characters', { query: 'x'.repeat(201) }, 'got 201'],
    ['a query without words', { query: '?!' }, 'no letter or digit'],
    ['an unknown life domain', { query: 'wonen', filter: { lifeDomains: ['maan'] } }, 'maan'],
    ['a foreign cursor', { query: 'wonen', after: 'bm9wZQ' }, 'Invalid cursor'],
    ['a page too large', { query: 'wonen', first: 101 }, 'first must be between 0 and 100'],
  ])('answers %s with BAD_USER_INPUT and a reason', async (_, variables, reason) => {
    const response = await query(variables)

    expect(response.data).toBeNull()
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' })
    expect(response.errors?.[0]?.message).toContain(reason)
    expect(JSON.stringify(response)).not.toMatch(/select|pg_|\.ts|stack/i)
  })

  it('answers an unknown type with BAD_USER_INPUT', async () => {
    const response = await query({ query: 'wonen', filter: { types: ['BOGUS'] } })

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })
})
