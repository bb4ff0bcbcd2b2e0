import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startContentServer, type ContentServer } from '../src/subgraph/app'
import { EDITOR_EMAIL, login, startTestCms, type TestCms } from './support/testCms'

interface GraphQLResponse<TData> {
  data?: TData | null
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>
}

type Titles<TField extends string> = Record<
  TField,
  { totalCount: number; edges: Array<{ node: { title: string } }> }
>

const list = (field: string, filterType: string) => /* GraphQL */ `
  query ($filter: ${filterType}, $first: Int, $after: String) {
    ${field}(filter: $filter, first: $first, after: $after) {
      totalCount
      edges { node { title } }
      pageInfo { hasNextPage endCursor }
    }
  }
`

const KNOWLEDGE_PRODUCTS = list('knowledgeProducts', 'KnowledgeProductFilter')
const PRACTICE_EXAMPLES = list('practiceExamples', 'PracticeExampleFilter')
const EVENTS = list('events', 'EventFilter')
const NEWS = list('newsItems', 'NewsFilter')

describe('content subgraph: one filter shape across domains', () => {
  let cms: TestCms
  let server: ContentServer
  let editorToken: string

  beforeAll(async () => {
    cms = await startTestCms()
    server = await startContentServer({ payload: cms.payload, host: '127.0.0.1', port: 0 })
    editorToken = (await login(cms, EDITOR_EMAIL)).token
  })
  afterAll(async () => {
    await server?.stop()
    await cms?.destroy()
  })

  async function query<TData>(
    document: string,
    variables: object,
    authorization?: string,
  ): Promise<GraphQLResponse<TData>> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify({ query: document, variables }),
    })
    return (await response.json()) as GraphQLResponse<TData>
  }

  async function titles<TField extends string>(
    field: TField,
    document: string,
    filter: object,
    authorization?: string,
  ): Promise<{ totalCount: number; titles: string[] }> {
    const response = await query<Titles<TField>>(document, { filter }, authorization)
    expect(response.errors).toBeUndefined()
    const connection = response.data![field]
    return { totalCount: connection.totalCount, titles: connection.edges.map((e) => e.node.title) }
  }

  describe('knowledge products', () => {
    it('filters on a CRPD article, without drafts for anonymous callers', async () => {
      const anonymous = await titles('knowledgeProducts', KNOWLEDGE_PRODUCTS, { crpdArticle: 4 })
      const asEditor = await titles(
        'knowledgeProducts',
        KNOWLEDGE_PRODUCTS,
        { crpdArticle: 4 },
        `JWT ${editorToken}`,
      )

      expect(anonymous).toEqual({ totalCount: 1, titles: ['Handreiking Lokale Inclusie Agenda'] })
      expect(asEditor.titles).toEqual([
        'Organiseer ervaringsdeskundigheid',
        'Handreiking Lokale Inclusie Agenda',
      ])
    })

    it('filters on a life domain and on a type, both at once', async () => {
      expect(
        await titles('knowledgeProducts', KNOWLEDGE_PRODUCTS, { lifeDomain: 'thuis' }),
      ).toMatchObject({ totalCount: 2 })
      expect(
        await titles('knowledgeProducts', KNOWLEDGE_PRODUCTS, { type: 'HANDREIKING' }),
      ).toEqual({ totalCount: 1, titles: ['Handreiking Lokale Inclusie Agenda'] })
      expect(
        await titles('knowledgeProducts', KNOWLEDGE_PRODUCTS, {
          type: 'INSPIRATIEBUNDEL',
          lifeDomain: 'thuis',
        }),
      ).toEqual({ totalCount: 1, titles: ['Wonen is hoofdzaak'] })
      expect(
        await titles('knowledgeProducts', KNOWLEDGE_PRODUCTS, {
          type: 'HANDREIKING',
          crpdArticle: 9,
        }),
      ).toEqual({ totalCount: 0, titles: [] })
    })

    it('searches title and summary for every word, in any case and order', async () => {
      expect(
        await titles('knowledgeProducts', KNOWLEDGE_PRODUCTS, { search: 'WONEN' }),
      ).toMatchObject({ titles: ['Wonen is hoofdzaak'] })
      expect(
        await titles('knowledgeProducts', KNOWLEDGE_PRODUCTS, { search: 'agenda lokale' }),
      ).toMatchObject({ titles: ['Handreiking Lokale Inclusie Agenda'] })
      expect(
        await titles('knowledgeProducts', KNOWLEDGE_PRODUCTS, { search: '   ' }),
      ).toMatchObject({ totalCount: 2 })
    })

    it('never finds a draft by its title for an anonymous caller, but does for an editor', async () => {
      const filter = { search: 'ervaringsdeskundigheid' }

      expect(await titles('knowledgeProducts', KNOWLEDGE_PRODUCTS, filter)).toEqual({
        totalCount: 0,
        titles: [],
      })
      expect(
        await titles('knowledgeProducts', KNOWLEDGE_PRODUCTS, filter, `JWT ${editorToken}`),
      ).toMatchObject({ titles: ['Organiseer ervaringsdeskundigheid'] })
    })

    it('pages through a filtered list with the same filter', async () => {
      const filter = { crpdArticle: 4 }
      const first = await query<{
        knowledgeProducts: { pageInfo: { hasNextPage: boolean; endCursor: string } }
      }>(KNOWLEDGE_PRODUCTS, { filter, first: 1 }, `JWT ${editorToken}`)
      const next = await query<Titles<'knowledgeProducts'>>(
        KNOWLEDGE_PRODUCTS,
        { filter, first: 1, after: first.data?.knowledgeProducts.pageInfo.endCursor },
        `JWT ${editorToken}`,
      )

      expect(first.data?.knowledgeProducts.pageInfo.hasNextPage).toBe(true)
      expect(next.data?.knowledgeProducts.edges.map((edge) => edge.node.title)).toEqual([
        'Handreiking Lokale Inclusie Agenda',
      ])
    })
  })

  it('searches practice examples, events and news the same way', async () => {
    expect(
      await titles('practiceExamples', PRACTICE_EXAMPLES, { search: 'spelen', kind: 'VIDEO' }),
    ).toEqual({ totalCount: 1, titles: ['Oude IJsselstreek: samen spelen in elke kern'] })
    expect(
      await titles('events', EVENTS, { search: 'webinar ervaringsdeskundigheid' }),
    ).toMatchObject({ titles: ['Webinar: organiseer ervaringsdeskundigheid'] })
    expect(await titles('newsItems', NEWS, { search: 'routekaart' })).toMatchObject({
      titles: ['Nieuwe routekaart voor de lokale inclusieagenda'],
    })
  })

  it('hides a draft practice example from an anonymous search', async () => {
    expect(
      await titles('practiceExamples', PRACTICE_EXAMPLES, { search: 'toegankelijk stemmen' }),
    ).toEqual({ totalCount: 0, titles: [] })
  })

  it.each([
    [KNOWLEDGE_PRODUCTS, { lifeDomain: 'sport' }, /not a life domain/],
    [KNOWLEDGE_PRODUCTS, { crpdArticle: 99 }, /not a CRPD article/],
    [KNOWLEDGE_PRODUCTS, { search: 'x'.repeat(101) }, /at most 100 characters/],
    [PRACTICE_EXAMPLES, { municipality: 'GM9999' }, /not an existing municipality/],
    [PRACTICE_EXAMPLES, { lifeDomain: 'sport' }, /not a life domain/],
    [EVENTS, { lifeDomain: 'sport' }, /not a life domain/],
    [NEWS, { search: 'x'.repeat(101) }, /at most 100 characters/],
  ])('answers a bad filter with BAD_USER_INPUT (%#)', async (document, filter, message) => {
    const response = await query<unknown>(document, { filter })

    expect(response.data ?? null).toBeNull()
    expect(response.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' })
    expect(response.errors?.[0]?.message).toMatch(message)
    expect(JSON.stringify(response)).not.toMatch(/stack|\.ts:|SELECT|node_modules/)
  })
})
