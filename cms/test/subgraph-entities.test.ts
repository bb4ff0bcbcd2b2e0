import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startContentServer, type ContentServer } from '../src/subgraph/app'
import { EDITOR_EMAIL, login, ORGANISER_EMAIL, startTestCms, type TestCms } from './support/testCms'

interface GraphQLResponse<TData> {
  data?: TData | null
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>
}

type Entities<TEntity> = { _entities: Array<TEntity | null> }

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on CrpdArticle {
        number
        knowledgeProducts {
          title
        }
      }
      ... on Event {
        id
        title
      }
      ... on NewsItem {
        id
        title
      }
      ... on ElectionEdition {
        id
        year
      }
      ... on Nomination {
        id
        municipalityName
      }
    }
  }
`

describe('content subgraph: entities other subgraphs can refer to', () => {
  let cms: TestCms
  let server: ContentServer
  let editorToken: string
  let organiserToken: string

  beforeAll(async () => {
    cms = await startTestCms()
    server = await startContentServer({ payload: cms.payload, host: '127.0.0.1', port: 0 })
    editorToken = (await login(cms, EDITOR_EMAIL)).token
    organiserToken = (await login(cms, ORGANISER_EMAIL)).token
    // The demo data has a draft news item; drafts of the other collections are added here.
    await cms.payload.create({
      collection: 'events',
      draft: true,
      data: { title: 'Concept: webinar over toegankelijk stemmen', _status: 'draft' },
    })
    const edition = await cms.payload.create({
      collection: 'election-editions',
      draft: true,
      data: { year: 2030, title: 'Concept-editie 2030', _status: 'draft' },
    })
    const {
      docs: [edition2024],
    } = await cms.payload.find({
      collection: 'election-editions',
      where: { year: { equals: 2024 } },
    })
    await cms.payload.create({
      collection: 'nominations',
      draft: true,
      data: {
        edition: edition2024!.id,
        municipality: 'GM0014',
        stage: 'nominated',
        _status: 'draft',
      },
    })
    expect(edition._status).toBe('draft')
  })
  afterAll(async () => {
    await server?.stop()
    await cms?.destroy()
  })

  async function query<TData>(
    document: string,
    variables: object,
    token?: string,
  ): Promise<GraphQLResponse<TData>> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `JWT ${token}` } : {}),
      },
      body: JSON.stringify({ query: document, variables }),
    })
    return (await response.json()) as GraphQLResponse<TData>
  }

  /** Every document of a collection, drafts included, read past access as the truth to compare. */
  async function allDocs(collection: CollectionSlug) {
    const { docs } = await cms.payload.find({
      collection,
      sort: 'id',
      limit: 0,
      pagination: false,
      depth: 0,
    })
    return docs as unknown as Array<{ id: number; _status?: string | null }>
  }

  /** Counts the Local API finds on one collection while `run` runs. */
  async function findsOn<T>(collection: CollectionSlug, run: () => Promise<T>) {
    const find = vi.spyOn(cms.payload, 'find')
    try {
      const result = await run()
      const calls = find.mock.calls.filter(([options]) => options.collection === collection)
      return { result, finds: calls.length }
    } finally {
      find.mockRestore()
    }
  }

  describe('CrpdArticle (owned by the monitor)', () => {
    const representations = [4, 9, 27].map((number) => ({ __typename: 'CrpdArticle', number }))

    it('gains the knowledge products about it, in one find, without drafts for anonymous callers', async () => {
      const { result, finds } = await findsOn('knowledge-products', () =>
        query<Entities<{ number: number; knowledgeProducts: Array<{ title: string }> }>>(ENTITIES, {
          representations,
        }),
      )

      expect(result.errors).toBeUndefined()
      expect(result.data?._entities).toEqual([
        { number: 4, knowledgeProducts: [{ title: 'Handreiking Lokale Inclusie Agenda' }] },
        { number: 9, knowledgeProducts: [{ title: 'Wonen is hoofdzaak' }] },
        // Article 27 is only in a draft.
        { number: 27, knowledgeProducts: [] },
      ])
      expect(finds).toBe(1)
    })

    it("includes an editor's drafts", async () => {
      const response = await query<Entities<{ knowledgeProducts: Array<{ title: string }> }>>(
        ENTITIES,
        { representations },
        editorToken,
      )

      expect(response.data?._entities.map((article) => article?.knowledgeProducts)).toEqual([
        [
          { title: 'Organiseer ervaringsdeskundigheid' },
          { title: 'Handreiking Lokale Inclusie Agenda' },
        ],
        [{ title: 'Wonen is hoofdzaak' }],
        [{ title: 'Inclusief werkgeverschap' }],
      ])
    })

    it('is what a knowledge product refers to, next to the deprecated numbers', async () => {
      const response = await query<{
        knowledgeProduct: { crpdArticles: number[]; conventionArticles: Array<{ number: number }> }
      }>(
        /* GraphQL */ `
          query ($slug: String!) {
            knowledgeProduct(slug: $slug) {
              crpdArticles
              conventionArticles {
                number
              }
            }
          }
        `,
        { slug: 'handreiking-lokale-inclusie-agenda' },
      )

      expect(response.data?.knowledgeProduct).toEqual({
        crpdArticles: [3, 4, 33],
        conventionArticles: [{ number: 3 }, { number: 4 }, { number: 33 }],
      })
    })
  })

  describe.each([
    { typename: 'Event', collection: 'events', reader: 'editor' },
    { typename: 'NewsItem', collection: 'news', reader: 'editor' },
    { typename: 'ElectionEdition', collection: 'election-editions', reader: 'organiser' },
    { typename: 'Nomination', collection: 'nominations', reader: 'organiser' },
  ] as const)('$typename', ({ typename, collection, reader }) => {
    it('resolves references by id in one find, a draft as null for anonymous callers', async () => {
      const docs = await allDocs(collection)
      const representations = [
        ...docs.map((doc) => ({ __typename: typename, id: String(doc.id) })),
        { __typename: typename, id: '999999' },
        { __typename: typename, id: 'not-an-id' },
      ]
      expect(docs.some((doc) => doc._status === 'draft')).toBe(true)

      const { result, finds } = await findsOn(collection, () =>
        query<Entities<{ id: string }>>(ENTITIES, { representations }),
      )

      expect(result.errors).toBeUndefined()
      expect(result.data?._entities.map((entity) => entity?.id ?? null)).toEqual([
        ...docs.map((doc) => (doc._status === 'published' ? String(doc.id) : null)),
        null,
        null,
      ])
      expect(finds).toBe(1)
    })

    it(`resolves drafts for the ${reader}, who may read them`, async () => {
      const docs = await allDocs(collection)
      const representations = docs.map((doc) => ({ __typename: typename, id: String(doc.id) }))

      const response = await query<Entities<{ id: string }>>(
        ENTITIES,
        { representations },
        reader === 'editor' ? editorToken : organiserToken,
      )

      expect(response.data?._entities.map((entity) => entity?.id)).toEqual(
        docs.map((doc) => String(doc.id)),
      )
    })
  })
})
