import { createLogger } from '@idm/edge'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startContentServer, type ContentServer } from '../src/subgraph/app'
import { startTestCms, type TestCms } from './support/testCms'

interface GraphQLBody {
  data?: unknown
  errors?: Array<{ message: string; extensions?: { code?: string } }>
}

interface Answer {
  status: number
  headers: Headers
  text: string
  body: GraphQLBody
}

/** What must never reach a client: stack frames, paths of this machine, SQL. */
const LEAKS = [/ {4}at /, /\/work/, /node_modules/, /\bselect\b[\s\S]*\bfrom\b/i, /\bsql\b/i]

function expectNoLeaks(text: string): void {
  for (const leak of LEAKS) expect(text).not.toMatch(leak)
}

const PAGE = /* GraphQL */ `
  query Page {
    knowledgeProducts(first: 20) {
      totalCount
      edges {
        cursor
        node {
          id
          title
          slug
          type
          summary
          municipalityCodes
          crpdArticles
          lifeDomains {
            slug
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

/** knowledgeProducts → lifeDomains → knowledgeProducts …, `levels` times: 2 + 2·levels deep. */
function nested(levels: number): string {
  let selection = 'title'
  for (let level = 0; level < levels; level += 1) {
    selection = `lifeDomains { knowledgeProducts { ${selection} } }`
  }
  return `{ knowledgeProducts(first: 1) { edges { node { ${selection} } } } }`
}

describe('content subgraph: operation limits and HTTP hygiene on the shared host', () => {
  let cms: TestCms
  let server: ContentServer
  const logLines: string[] = []

  beforeAll(async () => {
    cms = await startTestCms()
    server = await startContentServer({
      payload: cms.payload,
      host: '127.0.0.1',
      port: 0,
      logger: createLogger('content', 'info', { write: (line: string) => logLines.push(line) }),
    })
  })
  afterAll(async () => {
    await server?.stop()
    await cms?.destroy()
  })

  async function send(init: RequestInit & { path?: string } = {}): Promise<Answer> {
    const { path, ...request } = init
    const response = await fetch(path ? new URL(path, server.url) : server.url, request)
    const text = await response.text()
    let body: GraphQLBody = {}
    try {
      body = JSON.parse(text) as GraphQLBody
    } catch {
      // Left empty: the test that sent this asserts on `text`.
    }
    return { status: response.status, headers: response.headers, text, body }
  }

  const post = (query: string, variables?: object, headers: Record<string, string> = {}) =>
    send({
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    })

  const codes = (answer: Answer) => answer.body.errors?.map((error) => error.extensions?.code)

  describe('operation limits', () => {
    it('still serves a normal page of 20 knowledge products', async () => {
      const answer = await post(PAGE)

      expect(answer.status).toBe(200)
      expect(answer.body.errors).toBeUndefined()
      expect(answer.body.data).toMatchObject({ knowledgeProducts: { totalCount: 2 } })
    })

    it('refuses nesting deeper than the limit with QUERY_TOO_DEEP, before it runs', async () => {
      const answer = await post(nested(6))

      expect(answer.status).toBe(400)
      expect(codes(answer)).toEqual(['QUERY_TOO_DEEP'])
      expect(answer.body.data).toBeUndefined()
    })

    it('refuses 40 aliases with TOO_MANY_ALIASES', async () => {
      const aliases = Array.from(
        { length: 40 },
        (_, index) => `a${index}: knowledgeProducts(first: 1) { totalCount }`,
      )

      const answer = await post(`{ ${aliases.join(' ')} }`)

      expect(answer.status).toBe(400)
      expect(codes(answer)).toEqual(['TOO_MANY_ALIASES'])
    })

    it('refuses a document of 3000 tokens with TOO_MANY_TOKENS', async () => {
      const answer = await post(`{ knowledgeProducts { ${'totalCount '.repeat(2996)}} }`)

      expect(answer.status).toBe(400)
      expect(codes(answer)).toEqual(['TOO_MANY_TOKENS'])
    })

    it('weighs _entities by its representations: 5000 municipalities are QUERY_TOO_COMPLEX', async () => {
      const representations = Array.from({ length: 5000 }, (_, index) => ({
        __typename: 'Municipality',
        code: `GM${String(index).padStart(4, '0')}`,
      }))

      const answer = await post(
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
        { representations },
      )

      expect(answer.status).toBe(400)
      expect(codes(answer)).toEqual(['QUERY_TOO_COMPLEX'])
      expect(answer.body.data).toBeUndefined()
    })

    it('refuses introspection with INTROSPECTION_DISABLED by default', async () => {
      const answer = await post('{ __schema { types { name } } }')

      expect(answer.status).toBe(400)
      expect(codes(answer)).toEqual(['INTROSPECTION_DISABLED'])
      expect(answer.body.errors?.[0]?.message).toBe('Introspection is disabled')
    })

    it('suggests no field names to a caller who guesses', async () => {
      const answer = await post('{ knowledgeProduct(slug: "wonen-is-hoofdzaak") { titel } }')

      expect(answer.status).toBe(400)
      expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED'])
      expect(answer.text).not.toMatch(/did you mean/i)
    })
  })

  describe('HTTP hygiene', () => {
    it('answers malformed JSON with 400 BAD_REQUEST in JSON', async () => {
      const answer = await send({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": "{ knowledgeProducts { totalCount } }"',
      })

      expect(answer.status).toBe(400)
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/)
      expect(codes(answer)).toEqual(['BAD_REQUEST'])
      expectNoLeaks(answer.text)
    })

    it('answers a body over 1 MB with 413 PAYLOAD_TOO_LARGE', async () => {
      const answer = await send({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(1024 * 1024) }),
      })

      expect(answer.status).toBe(413)
      expect(codes(answer)).toEqual(['PAYLOAD_TOO_LARGE'])
      expectNoLeaks(answer.text)
    })

    it('answers a text/plain body with 415 UNSUPPORTED_MEDIA_TYPE', async () => {
      const answer = await send({
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{ knowledgeProducts { totalCount } }',
      })

      expect(answer.status).toBe(415)
      expect(codes(answer)).toEqual(['UNSUPPORTED_MEDIA_TYPE'])
      expectNoLeaks(answer.text)
    })

    it('answers an unknown path with 404 NOT_FOUND in JSON', async () => {
      const answer = await send({ path: '/wp-login.php' })

      expect(answer.status).toBe(404)
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/)
      expect(codes(answer)).toEqual(['NOT_FOUND'])
      expectNoLeaks(answer.text)
    })

    it('answers PUT on the endpoint with 405 METHOD_NOT_ALLOWED and the allowed methods', async () => {
      const answer = await send({
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      })

      expect(answer.status).toBe(405)
      expect(answer.headers.get('allow')).toBe('GET, POST, OPTIONS')
      expect(codes(answer)).toEqual(['METHOD_NOT_ALLOWED'])
      expectNoLeaks(answer.text)
    })

    it('is ready while the CMS database answers', async () => {
      const answer = await send({ path: '/ready' })

      expect(answer.status).toBe(200)
      expect(JSON.parse(answer.text)).toEqual({
        status: 'ready',
        service: 'content',
        checks: { database: 'ok' },
      })
    })

    it("echoes the caller's x-request-id, and gives one to a request without it", async () => {
      const given = await post('{ __typename }', undefined, { 'x-request-id': 'gateway-req-42' })
      const generated = await post('{ __typename }')

      expect(given.headers.get('x-request-id')).toBe('gateway-req-42')
      expect(generated.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    })

    it('logs each request as JSON under its request id', async () => {
      await post('{ __typename }', undefined, { 'x-request-id': 'access-log-7' })

      const line = logLines
        .map((text) => JSON.parse(text) as Record<string, unknown>)
        .find((entry) => entry.reqId === 'access-log-7')
      expect(line).toMatchObject({
        service: 'content',
        level: 'info',
        reqId: 'access-log-7',
        req: { method: 'POST', url: '/graphql' },
        res: { statusCode: 200 },
      })
    })

    it('masks an unexpected error as INTERNAL_SERVER_ERROR and logs it with the request id', async () => {
      // PostgreSQL refuses a NUL character in text: an error no resolver plans for.
      const answer = await post(
        'query ($slug: String!) { knowledgeProduct(slug: $slug) { title } }',
        { slug: 'wonen\u0000' },
        { 'x-request-id': 'unexpected-1' },
      )

      expect(codes(answer)).toEqual(['INTERNAL_SERVER_ERROR'])
      expect(answer.body.errors?.[0]?.message).toBe('Internal server error')
      expectNoLeaks(answer.text)
      const logged = logLines
        .map((text) => JSON.parse(text) as Record<string, unknown>)
        .find((entry) => entry.msg === 'content subgraph: unexpected error')
      expect(logged).toMatchObject({ level: 'error', reqId: 'unexpected-1' })
      expect(JSON.stringify(logged?.err)).toMatch(/0x00|invalid byte sequence/)
    })
  })
})
