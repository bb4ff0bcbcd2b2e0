import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { printSubgraphSchema } from '@apollo/subgraph'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startContentServer, type ContentServer } from '../src/subgraph/app'
import { KNOWLEDGE_PRODUCTS } from '../src/demo/knowledgeProducts'
import { buildContentSchema } from '../src/subgraph/schema'
import { EDITOR_EMAIL, login, startTestCms, type TestCms } from './support/testCms'

interface GraphQLResponse<TData> {
  status: number
  data?: TData | null
  errors?: Array<{ message: string; extensions?: { code?: string } }>
}

interface ProductNode {
  title: string
  slug: string
  type: string
  municipalityCodes: string[]
}

interface ProductList {
  knowledgeProducts: {
    totalCount: number
    edges: Array<{ cursor: string; node: ProductNode }>
    pageInfo: { hasNextPage: boolean; endCursor: string | null }
  }
}

const LIST = /* GraphQL */ `
  query List($first: Int, $after: String) {
    knowledgeProducts(first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          title
          slug
          type
          municipalityCodes
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`

const DRAFT_TITLE = 'Organiseer ervaringsdeskundigheid'

describe('content subgraph', () => {
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
    { variables, authorization }: { variables?: object; authorization?: string } = {},
  ): Promise<GraphQLResponse<TData>> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(authorization ? { authorization } : {}),
      },
      body: JSON.stringify({ query: document, variables }),
    })
    const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>
    return { status: response.status, ...body }
  }

  const titles = (response: GraphQLResponse<ProductList>) =>
    response.data?.knowledgeProducts.edges.map((edge) => edge.node.title) ?? []

  it('answers its health check', async () => {
    const response = await fetch(new URL('/health', server.url))

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', service: 'content' })
  })

  it('serves published knowledge products to anonymous callers, and no drafts', async () => {
    const response = await query<ProductList>(LIST)

    expect(response.errors).toBeUndefined()
    expect(response.data?.knowledgeProducts.totalCount).toBe(2)
    expect(titles(response)).toEqual(['Wonen is hoofdzaak', 'Handreiking Lokale Inclusie Agenda'])
    expect(response.data?.knowledgeProducts.edges[0]?.node).toEqual({
      title: 'Wonen is hoofdzaak',
      slug: 'wonen-is-hoofdzaak',
      type: 'INSPIRATIEBUNDEL',
      municipalityCodes: ['GM0363', 'GM0344'],
    })
  })

  it.each([
    ['JWT', 'JWT'],
    ['Bearer', 'Bearer'],
  ])(
    'honours an editor token sent as "Authorization: %s <token>" and shows drafts',
    async (_, scheme) => {
      const response = await query<ProductList>(LIST, {
        authorization: `${scheme} ${editorToken}`,
      })

      expect(response.errors).toBeUndefined()
      expect(response.data?.knowledgeProducts.totalCount).toBe(KNOWLEDGE_PRODUCTS.length)
      expect(titles(response)).toContain(DRAFT_TITLE)
    },
  )

  it('finds a product by slug, but a draft only for editors', async () => {
    const bySlug = /* GraphQL */ `
      query ($slug: String!) {
        knowledgeProduct(slug: $slug) {
          title
          type
        }
      }
    `
    const variables = { slug: 'organiseer-ervaringsdeskundigheid' }

    const anonymous = await query<{ knowledgeProduct: ProductNode | null }>(bySlug, { variables })
    const asEditor = await query<{ knowledgeProduct: ProductNode | null }>(bySlug, {
      variables,
      authorization: `JWT ${editorToken}`,
    })

    expect(anonymous.data).toEqual({ knowledgeProduct: null })
    expect(asEditor.data).toEqual({
      knowledgeProduct: { title: DRAFT_TITLE, type: 'INSPIRATIEBUNDEL' },
    })
  })

  it('rejects an invalid or expired token with UNAUTHENTICATED instead of answering anonymously', async () => {
    const response = await query<ProductList>(LIST, { authorization: 'JWT not-a-token' })

    expect(response.status).toBe(401)
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })

  it('pages through the products with opaque cursors', async () => {
    const first = await query<ProductList>(LIST, { variables: { first: 1 } })
    const { endCursor, hasNextPage } = first.data!.knowledgeProducts.pageInfo
    const second = await query<ProductList>(LIST, { variables: { first: 1, after: endCursor } })

    expect(hasNextPage).toBe(true)
    expect(endCursor).not.toMatch(/^\d+$/)
    expect(titles(first)).toEqual(['Wonen is hoofdzaak'])
    expect(titles(second)).toEqual(['Handreiking Lokale Inclusie Agenda'])
    expect(second.data?.knowledgeProducts.pageInfo.hasNextPage).toBe(false)
    expect(second.data?.knowledgeProducts.totalCount).toBe(2)
  })

  it.each([
    ['more than 100 products', { first: 101 }],
    ['a negative page size', { first: -1 }],
    ['a cursor it did not hand out', { after: 'bm9uc2Vuc2U' }],
  ])('refuses %s with BAD_USER_INPUT', async (_, variables) => {
    const response = await query<ProductList>(LIST, { variables })

    expect(response.data).toBeNull()
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it("resolves the products of many municipalities in one query, Amsterdam's included", async () => {
    const find = vi.spyOn(cms.payload, 'find')
    const sql = vi.spyOn(cms.payload.db.pool, 'query')
    try {
      const response = await query<{
        _entities: Array<{ code: string; knowledgeProducts: Array<{ title: string }> }>
      }>(
        /* GraphQL */ `
          query ($representations: [_Any!]!) {
            _entities(representations: $representations) {
              ... on Municipality {
                code
                knowledgeProducts {
                  title
                }
              }
            }
          }
        `,
        {
          variables: {
            representations: [
              { __typename: 'Municipality', code: 'GM0363' },
              { __typename: 'Municipality', code: 'GM0344' },
              { __typename: 'Municipality', code: 'GM0014' },
            ],
          },
        },
      )

      expect(response.errors).toBeUndefined()
      expect(response.data?._entities).toEqual([
        { code: 'GM0363', knowledgeProducts: [{ title: 'Wonen is hoofdzaak' }] },
        { code: 'GM0344', knowledgeProducts: [{ title: 'Wonen is hoofdzaak' }] },
        { code: 'GM0014', knowledgeProducts: [] },
      ])
      // Anonymous: the public read path, one statement on the published rows and no find.
      const productQueries = find.mock.calls.filter(
        ([options]) => options.collection === 'knowledge-products',
      )
      expect(productQueries).toHaveLength(0)
      const statements = sql.mock.calls.filter(
        ([config]) =>
          (config as { name?: string } | undefined)?.name ===
          'idm_published_content_of_municipalities',
      )
      expect(statements).toHaveLength(1)
    } finally {
      find.mockRestore()
      sql.mockRestore()
    }
  })

  it("includes an editor's drafts in the municipality join", async () => {
    const response = await query<{
      _entities: Array<{ knowledgeProducts: Array<{ title: string }> }>
    }>(
      /* GraphQL */ `
        {
          _entities(representations: [{ __typename: "Municipality", code: "GM0363" }]) {
            ... on Municipality {
              knowledgeProducts {
                title
              }
            }
          }
        }
      `,
      { authorization: `JWT ${editorToken}` },
    )

    expect(response.data?._entities[0]?.knowledgeProducts.map((product) => product.title)).toEqual([
      DRAFT_TITLE,
      'Wonen is hoofdzaak',
    ])
  })

  it('resolves knowledge product references by id, as null when the caller may not read them', async () => {
    const { docs } = await cms.payload.find({ collection: 'knowledge-products', sort: 'id' })
    const representations = docs.map((doc) => ({
      __typename: 'KnowledgeProduct',
      id: String(doc.id),
    }))

    const response = await query<{ _entities: Array<{ title: string } | null> }>(
      /* GraphQL */ `
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on KnowledgeProduct {
              title
            }
          }
        }
      `,
      { variables: { representations } },
    )

    expect(response.data?._entities).toEqual(
      docs.map((doc) => (doc._status === 'published' ? { title: doc.title } : null)),
    )
  })

  it('matches the committed SDL in schema/content.graphql', () => {
    const committed = readFileSync(
      path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema/content.graphql'),
      'utf8',
    )

    expect(`${printSubgraphSchema(buildContentSchema()).trimEnd()}\n`).toBe(committed)
  })
})
