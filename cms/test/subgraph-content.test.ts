import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startContentServer, type ContentServer } from '../src/subgraph/app'
import { createLoaders } from '../src/subgraph/shared/loaders'
import {
  EDITOR_EMAIL,
  HENGELO_EMAIL,
  login,
  ORGANISER_EMAIL,
  OUDE_IJSSELSTREEK_EMAIL,
  startTestCms,
  type TestCms,
} from './support/testCms'

/** Statements of the public read path of a municipality's content, among a spy's calls. */
const publishedContentStatements = (spy: { mock: { calls: unknown[][] } }) =>
  spy.mock.calls.filter(
    ([config]) =>
      (config as { name?: string } | undefined)?.name === 'idm_published_content_of_municipalities',
  ).length

interface GraphQLResponse<TData> {
  status: number
  data?: TData | null
  errors?: Array<{ message: string; extensions?: { code?: string } }>
}

interface Connection<TNode> {
  totalCount: number
  edges: Array<{ cursor: string; node: TNode }>
  pageInfo: {
    hasNextPage: boolean
    hasPreviousPage: boolean
    startCursor: string | null
    endCursor: string | null
  }
}

interface NominationNode {
  id: string
  municipality: { code: string }
  stage: string
  campaignContact: { name: string | null; email: string | null; phone: string | null } | null
  organiserNotes: string | null
}

const NOMINATIONS = /* GraphQL */ `
  query ($edition: Int!) {
    nominations(edition: $edition, first: 100) {
      totalCount
      edges {
        node {
          id
          municipality {
            code
          }
          stage
          campaignContact {
            name
            email
            phone
          }
          organiserNotes
        }
      }
    }
  }
`

/** A draft nomination the test adds, so that drafts exist in every collection it checks. */
const DRAFT_NOMINATION_CODE = 'GM0014'

describe('content subgraph: practice examples, events, news and the election', () => {
  let cms: TestCms
  let server: ContentServer
  const tokens: Record<'editor' | 'organiser' | 'oudeIJsselstreek' | 'hengelo', string> = {
    editor: '',
    organiser: '',
    oudeIJsselstreek: '',
    hengelo: '',
  }

  beforeAll(async () => {
    cms = await startTestCms()
    server = await startContentServer({ payload: cms.payload, host: '127.0.0.1', port: 0 })
    tokens.editor = (await login(cms, EDITOR_EMAIL)).token
    tokens.organiser = (await login(cms, ORGANISER_EMAIL)).token
    tokens.oudeIJsselstreek = (await login(cms, OUDE_IJSSELSTREEK_EMAIL)).token
    tokens.hengelo = (await login(cms, HENGELO_EMAIL)).token
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
        municipality: DRAFT_NOMINATION_CODE,
        stage: 'nominated',
        campaignContact: { name: 'Concept', email: 'concept@groningen.example.org' },
        organiserNotes: 'Nog niet bevestigd.',
        _status: 'draft',
      },
    })
  })
  afterAll(async () => {
    await server?.stop()
    await cms?.destroy()
  })

  async function query<TData>(
    document: string,
    { variables, token }: { variables?: object; token?: string } = {},
  ): Promise<GraphQLResponse<TData>> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `JWT ${token}` } : {}),
      },
      body: JSON.stringify({ query: document, variables }),
    })
    const body = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>
    return { status: response.status, ...body }
  }

  /** Ids of the published documents of a collection, read past access as the truth to compare. */
  async function publishedIds(
    collection: 'practice-examples' | 'events' | 'news' | 'nominations' | 'toolkit-items',
  ): Promise<string[]> {
    const { docs } = await cms.payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      limit: 0,
      pagination: false,
      depth: 0,
    })
    return docs.map((doc) => String(doc.id)).sort()
  }

  const ids = (connection: Connection<{ id: string }> | undefined) =>
    (connection?.edges.map((edge) => edge.node.id) ?? []).sort()

  it.each([
    ['practiceExamples', 'practice-examples', 'practiceExamples(first: 100)'],
    ['events', 'events', 'events(first: 100)'],
    ['newsItems', 'news', 'newsItems(first: 100)'],
  ] as const)(
    'shows anonymous callers exactly the published %s',
    async (field, collection, call) => {
      const response = await query<Record<string, Connection<{ id: string }>>>(
        `{ ${call} { totalCount edges { node { id } } } }`,
      )
      const published = await publishedIds(collection)

      expect(response.errors).toBeUndefined()
      expect(ids(response.data?.[field])).toEqual(published)
      expect(response.data?.[field]?.totalCount).toBe(published.length)
    },
  )

  it.each([
    ['nominations', 'nominations', 'nominations(edition: 2024, first: 100)'],
    ['toolkitItems', 'toolkit-items', 'toolkitItems(edition: 2024, first: 100)'],
  ] as const)(
    'shows anonymous callers only published %s of an edition',
    async (field, collection, call) => {
      const response = await query<Record<string, Connection<{ id: string }>>>(
        `{ ${call} { totalCount edges { node { id } } } }`,
      )
      const published = await publishedIds(collection)
      const shown = ids(response.data?.[field])

      expect(response.errors).toBeUndefined()
      expect(shown.length).toBeGreaterThan(0)
      for (const id of shown) expect(published).toContain(id)
      expect(response.data?.[field]?.totalCount).toBe(shown.length)
    },
  )

  it('shows editors draft practice examples and news, which anonymous callers never see', async () => {
    const document = `{ practiceExamples(first: 100) { totalCount } newsItems(first: 100) { totalCount } }`
    type Counts = { practiceExamples: { totalCount: number }; newsItems: { totalCount: number } }

    const anonymous = await query<Counts>(document)
    const asEditor = await query<Counts>(document, { token: tokens.editor })

    expect(anonymous.data?.practiceExamples.totalCount).toBe(
      (await publishedIds('practice-examples')).length,
    )
    expect(asEditor.data?.practiceExamples.totalCount).toBe(
      (await cms.payload.count({ collection: 'practice-examples' })).totalDocs,
    )
    expect(asEditor.data!.newsItems.totalCount).toBeGreaterThan(
      anonymous.data!.newsItems.totalCount,
    )
  })

  it('never shows anonymous callers campaign contacts, organiser notes or draft nominations', async () => {
    const response = await query<{ nominations: Connection<NominationNode> }>(NOMINATIONS, {
      variables: { edition: 2024 },
    })
    const nodes = response.data!.nominations.edges.map((edge) => edge.node)

    expect(response.errors).toBeUndefined()
    expect(nodes.length).toBeGreaterThan(0)
    expect(nodes.map((node) => node.municipality.code)).not.toContain(DRAFT_NOMINATION_CODE)
    for (const node of nodes) {
      expect(node.campaignContact).toBeNull()
      expect(node.organiserNotes).toBeNull()
    }
  })

  it("shows an official of GM1509 their own nomination's contact, not another municipality's, and no notes", async () => {
    const response = await query<{ nominations: Connection<NominationNode> }>(NOMINATIONS, {
      variables: { edition: 2024 },
      token: tokens.oudeIJsselstreek,
    })
    const nodes = response.data!.nominations.edges.map((edge) => edge.node)
    const own = nodes.find((node) => node.municipality.code === 'GM1509')
    const others = nodes.filter((node) => node.municipality.code !== 'GM1509')

    expect(response.errors).toBeUndefined()
    expect(own?.campaignContact).toEqual({
      name: 'Gijs Hendriks',
      email: 'campagne@oude-ijsselstreek.example.org',
      phone: '0315 000 001',
    })
    expect(own?.organiserNotes).toBeNull()
    expect(others.length).toBeGreaterThan(0)
    for (const node of others) expect(node.campaignContact).toBeNull()
    expect(nodes.map((node) => node.municipality.code)).not.toContain(DRAFT_NOMINATION_CODE)
  })

  it("hides GM1509's contact from Hengelo's official in the municipality join", async () => {
    const response = await query<{
      _entities: Array<{ nominations: NominationNode[] }>
    }>(
      /* GraphQL */ `
        {
          _entities(representations: [{ __typename: "Municipality", code: "GM1509" }]) {
            ... on Municipality {
              nominations {
                stage
                campaignContact {
                  email
                }
                organiserNotes
              }
            }
          }
        }
      `,
      { token: tokens.hengelo },
    )

    const nominations = response.data?._entities[0]?.nominations ?? []
    expect(nominations.map((nomination) => nomination.stage)).toContain('WINNER')
    for (const nomination of nominations) {
      expect(nomination.campaignContact).toBeNull()
      expect(nomination.organiserNotes).toBeNull()
    }
  })

  it('shows organisers every nomination with contacts and notes, drafts included', async () => {
    const response = await query<{ nominations: Connection<NominationNode> }>(NOMINATIONS, {
      variables: { edition: 2024 },
      token: tokens.organiser,
    })
    const nodes = response.data!.nominations.edges.map((edge) => edge.node)
    const byCode = new Map(nodes.map((node) => [node.municipality.code, node]))

    expect(response.errors).toBeUndefined()
    expect(byCode.get(DRAFT_NOMINATION_CODE)?.organiserNotes).toBe('Nog niet bevestigd.')
    expect(byCode.get('GM1509')?.organiserNotes).toBe('Wil in 2027 een inspiratiesessie geven.')
    for (const node of nodes) expect(node.campaignContact?.email).toMatch(/@/)
  })

  it('serves a knowledge product with cover image alt text, download, body and reading level', async () => {
    const response = await query<{
      knowledgeProduct: {
        lifeDomains: Array<{ slug: string }>
        crpdArticles: number[]
        coverImage: { url: string; alt: string; sizes: Array<{ name: string }> } | null
        bodyText: string | null
        readability: { score: number | null; level: string; hint: string | null }
      }
    }>(/* GraphQL */ `
      {
        knowledgeProduct(slug: "wonen-is-hoofdzaak") {
          lifeDomains {
            slug
          }
          crpdArticles
          coverImage {
            url
            alt
            sizes {
              name
            }
          }
          bodyText
          readability {
            score
            level
            hint
          }
        }
      }
    `)
    const product = response.data?.knowledgeProduct

    expect(response.errors).toBeUndefined()
    expect(product?.lifeDomains).toEqual([{ slug: 'thuis' }])
    expect(product?.coverImage?.alt.length).toBeGreaterThan(0)
    expect(product?.coverImage?.sizes.map((size) => size.name)).toContain('thumbnail')
    expect(product?.bodyText?.length).toBeGreaterThan(0)
    expect(['B1_OR_EASIER', 'HARDER_THAN_B1']).toContain(product?.readability.level)
    expect(product?.readability.hint === null).toBe(product?.readability.level === 'B1_OR_EASIER')
  })

  it('lists upcoming events soonest first and past events latest first', async () => {
    const document = /* GraphQL */ `
      query ($when: EventPeriod) {
        events(first: 100, filter: { when: $when }) {
          edges {
            node {
              startsAt
            }
          }
        }
      }
    `
    type Events = { events: Connection<{ startsAt: string }> }
    const now = Date.now()
    const upcoming = await query<Events>(document, { variables: { when: 'UPCOMING' } })
    const past = await query<Events>(document, { variables: { when: 'PAST' } })
    const starts = (response: GraphQLResponse<Events>) =>
      response.data!.events.edges.map((edge) => Date.parse(edge.node.startsAt))

    expect(starts(upcoming).length).toBeGreaterThan(0)
    expect(starts(past).length).toBeGreaterThan(0)
    expect(starts(upcoming).every((start) => start >= now)).toBe(true)
    expect(starts(past).every((start) => start < now)).toBe(true)
    expect(starts(upcoming)).toEqual([...starts(upcoming)].sort((a, b) => a - b))
    expect(starts(past)).toEqual([...starts(past)].sort((a, b) => b - a))
  })

  it('pages through events one at a time without gaps or repeats', async () => {
    const document = /* GraphQL */ `
      query ($after: String) {
        events(first: 1, after: $after) {
          totalCount
          edges {
            node {
              id
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `
    type Events = { events: Connection<{ id: string }> }
    const seen: string[] = []
    let after: string | null = null
    let totalCount = 0
    for (let page = 0; page < 20; page++) {
      const response: GraphQLResponse<Events> = await query<Events>(document, {
        variables: { after },
      })
      const events: Connection<{ id: string }> = response.data!.events
      totalCount = events.totalCount
      seen.push(...events.edges.map((edge) => edge.node.id))
      if (!events.pageInfo.hasNextPage) break
      after = events.pageInfo.endCursor
    }

    expect(seen).toHaveLength(totalCount)
    expect(new Set(seen).size).toBe(totalCount)
  })

  it('fills in a toolkit text for a municipality and refuses an unknown code', async () => {
    const document = /* GraphQL */ `
      query ($municipality: String) {
        toolkitItems(edition: 2024) {
          edges {
            node {
              kind
              text(municipality: $municipality)
            }
          }
        }
      }
    `
    type Items = { toolkitItems: Connection<{ kind: string; text: string | null }> }
    const amsterdam = await query<Items>(document, { variables: { municipality: 'GM0363' } })
    const unknown = await query<Items>(document, { variables: { municipality: 'GM9999' } })
    const text = amsterdam.data?.toolkitItems.edges.find((edge) => edge.node.kind === 'TEXT')

    expect(amsterdam.errors).toBeUndefined()
    expect(text?.node.text).toContain('Amsterdam')
    expect(text?.node.text).not.toMatch(/\{gemeente\}/)
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it('serves an edition by year with its rounds, jury and winner', async () => {
    const response = await query<{
      electionEdition: {
        year: number
        rounds: Array<{ round: string }>
        jury: Array<{ name: string }>
        awards: { winner: { code: string } | null }
      } | null
    }>(/* GraphQL */ `
      {
        electionEdition(year: 2024) {
          year
          rounds {
            round
          }
          jury {
            name
          }
          awards {
            winner {
              code
            }
          }
        }
      }
    `)

    expect(response.errors).toBeUndefined()
    expect(response.data?.electionEdition?.year).toBe(2024)
    expect(response.data?.electionEdition?.awards.winner).toEqual({ code: 'GM1509' })
  })

  it.each([
    ['practiceExamples', 'practiceExamples(first: 101) { totalCount }'],
    ['events', 'events(first: 101) { totalCount }'],
    ['newsItems', 'newsItems(first: -1) { totalCount }'],
    ['electionEditions', 'electionEditions(first: 1000) { totalCount }'],
    ['nominations', 'nominations(edition: 2024, first: 101) { totalCount }'],
    ['toolkitItems', 'toolkitItems(edition: 2024, first: 101) { totalCount }'],
  ])('refuses a page of %s beyond 100 with BAD_USER_INPUT', async (_, selection) => {
    const response = await query(`{ ${selection} }`)

    expect(response.data).toBeNull()
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it('refuses a cursor of another connection with BAD_USER_INPUT', async () => {
    const news = await query<{ newsItems: Connection<{ id: string }> }>(
      '{ newsItems(first: 1) { edges { cursor node { id } } } }',
    )
    const cursor = news.data!.newsItems.edges[0]!.cursor

    const response = await query(
      'query ($after: String) { events(after: $after) { totalCount } }',
      {
        variables: { after: cursor },
      },
    )

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it('joins content to many life domains with one Local API find per field', async () => {
    const find = vi.spyOn(cms.payload, 'find')
    try {
      const slugs = [
        'thuis',
        'vrije-tijd',
        'werk-en-inkomen',
        'welzijn-gezondheid-en-ondersteuning',
      ]
      const response = await query<{
        _entities: Array<{
          slug: string
          knowledgeProducts: Array<{ title: string }>
          practiceExamples: Array<{ title: string }>
          upcomingEvents: Array<{ title: string; startsAt: string }>
          news: Array<{ title: string }>
        }>
      }>(
        /* GraphQL */ `
          query ($representations: [_Any!]!) {
            _entities(representations: $representations) {
              ... on LifeDomain {
                slug
                knowledgeProducts {
                  title
                }
                practiceExamples {
                  title
                }
                upcomingEvents {
                  title
                  startsAt
                }
                news {
                  title
                }
              }
            }
          }
        `,
        {
          variables: {
            representations: slugs.map((slug) => ({ __typename: 'LifeDomain', slug })),
          },
        },
      )

      expect(response.errors).toBeUndefined()
      expect(response.data?._entities.map((entity) => entity.slug)).toEqual(slugs)
      expect(response.data?._entities[0]?.knowledgeProducts).toContainEqual({
        title: 'Wonen is hoofdzaak',
      })
      expect(
        response.data?._entities.every((entity) =>
          entity.upcomingEvents.every((event) => Date.parse(event.startsAt) >= Date.now() - 60_000),
        ),
      ).toBe(true)
      const calls = (collection: string) =>
        find.mock.calls.filter(([options]) => options.collection === collection)
      expect(calls('knowledge-products')).toHaveLength(1)
      expect(calls('practice-examples')).toHaveLength(1)
      expect(calls('events')).toHaveLength(1)
      expect(calls('news')).toHaveLength(1)
    } finally {
      find.mockRestore()
    }
  })

  it('joins practice examples, nominations and knowledge products to many municipalities with one read each', async () => {
    const find = vi.spyOn(cms.payload, 'find')
    const sql = vi.spyOn(cms.payload.db.pool, 'query')
    try {
      const codes = ['GM1509', 'GM0971', 'GM0014']
      const response = await query<{
        _entities: Array<{
          code: string
          practiceExamples: Array<{ municipality: { code: string } }>
          nominations: Array<{ municipality: { code: string } }>
          knowledgeProducts: Array<{ title: string }>
        }>
      }>(
        /* GraphQL */ `
          query ($representations: [_Any!]!) {
            _entities(representations: $representations) {
              ... on Municipality {
                code
                practiceExamples {
                  municipality {
                    code
                  }
                }
                nominations {
                  municipality {
                    code
                  }
                }
                knowledgeProducts {
                  title
                }
              }
            }
          }
        `,
        {
          variables: {
            representations: codes.map((code) => ({ __typename: 'Municipality', code })),
          },
        },
      )

      expect(response.errors).toBeUndefined()
      const entities = response.data!._entities
      expect(entities.map((entity) => entity.code)).toEqual(codes)
      for (const entity of entities) {
        for (const example of entity.practiceExamples) {
          expect(example.municipality.code).toBe(entity.code)
        }
        for (const nomination of entity.nominations) {
          expect(nomination.municipality.code).toBe(entity.code)
        }
      }
      expect(entities[0]?.practiceExamples.length).toBeGreaterThan(0)
      expect(entities[0]?.nominations.length).toBeGreaterThan(0)
      // GM0014's only nomination is the draft: hidden from anonymous callers.
      expect(entities[2]?.nominations).toEqual([])
      const calls = (collection: string) =>
        find.mock.calls.filter(([options]) => options.collection === collection)
      // For the public, both content lists are one statement on the published rows
      // (shared/published.ts); nominations (contact fields with rules of their own) one find.
      expect(calls('nominations')).toHaveLength(1)
      expect(calls('practice-examples')).toHaveLength(0)
      expect(calls('knowledge-products')).toHaveLength(0)
      expect(publishedContentStatements(sql)).toBe(1)
    } finally {
      find.mockRestore()
      sql.mockRestore()
    }
  })

  it('resolves practice example references by id, null for a draft', async () => {
    const { docs } = await cms.payload.find({ collection: 'practice-examples', sort: 'id' })
    const response = await query<{ _entities: Array<{ title: string } | null> }>(
      /* GraphQL */ `
        query ($representations: [_Any!]!) {
          _entities(representations: $representations) {
            ... on PracticeExample {
              title
            }
          }
        }
      `,
      {
        variables: {
          representations: docs.map((doc) => ({
            __typename: 'PracticeExample',
            id: String(doc.id),
          })),
        },
      },
    )

    expect(response.data?._entities).toEqual(
      docs.map((doc) => (doc._status === 'published' ? { title: doc.title } : null)),
    )
  })

  it('batches loads of one loader into one read, answering in key order', async () => {
    const find = vi.spyOn(cms.payload, 'find')
    const sql = vi.spyOn(cms.payload.db.pool, 'query')
    const codes = ['GM0193', 'GM1509', 'GM9999', 'GM0971']
    const {
      docs: [editor],
    } = await cms.payload.find({ collection: 'users', where: { email: { equals: EDITOR_EMAIL } } })
    find.mockClear()
    try {
      // The public: one statement on the published rows; an editor (drafts too): one find.
      for (const [user, finds, statements] of [
        [null, 0, 1],
        [{ ...editor!, collection: 'users' as const }, 1, 0],
      ] as const) {
        find.mockClear()
        sql.mockClear()
        const loaders = createLoaders({ payload: cms.payload, user })
        const results = await Promise.all(
          codes.map((code) => loaders.practiceExamplesByMunicipality.load(code)),
        )

        expect(find).toHaveBeenCalledTimes(finds)
        if (finds) expect(find.mock.calls[0]?.[0]).toMatchObject({ overrideAccess: false })
        expect(publishedContentStatements(sql)).toBe(statements)
        expect(
          results.map((examples) => examples.map((example) => example.municipalityCode)),
        ).toEqual(codes.map((code) => results[codes.indexOf(code)]!.map(() => code)))
        expect(results[0]?.length).toBeGreaterThan(0)
        expect(results[2]).toEqual([])
      }
    } finally {
      find.mockRestore()
      sql.mockRestore()
    }
  })
})
