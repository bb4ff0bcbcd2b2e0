import express, { type RequestHandler, type Router } from 'express'
import { getDistDirectory, renderAltair } from 'altair-static'
import {
  execute,
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  parse,
  specifiedRules,
  validate,
} from 'graphql'
import { LRUCache } from 'lru-cache'

const EXAMPLE_QUERY = `# Iedereen doet mee! — one graph for monitor data and content.
query Amsterdam {
  municipality(code: "GM0363") {
    name
    province
    inhabitants
    neighbours { code name }
    knowledgeProducts { title slug type }
  }
}
`

/**
 * A GraphQL explorer served from the gateway itself (Altair's static build from npm),
 * so it works without internet access or a CDN. It talks to `endpointPath`, where
 * {@link committedSchemaIntrospection} answers its schema questions.
 */
export function explorerRouter(endpointPath: string, mountPath: string): Router {
  const router = express.Router()
  const html = renderAltair({
    baseURL: `${mountPath}/`,
    endpointURL: endpointPath,
    initialQuery: EXAMPLE_QUERY,
    initialName: 'Iedereen doet mee!',
    initialSettings: { theme: 'light', 'plugin.list': [] },
    disableAccount: true,
  })
  router.get('/', (_req, res) => {
    res.type('html').send(html)
  })
  router.use(express.static(getDistDirectory(), { index: false, maxAge: '1d' }))
  return router
}

/** A browser (asking for HTML, no query in the URL) opening the endpoint gets the explorer. */
export function wantsExplorer(req: express.Request): boolean {
  return (
    req.method === 'GET' &&
    req.query.query === undefined &&
    req.accepts(['json', 'html']) === 'html'
  )
}

/**
 * The explorer's schema, from the committed supergraph instead of runtime introspection: an
 * operation that asks only for `__schema`/`__type` is answered from the public API schema (no
 * subgraph is involved, the answer is cached); every other operation goes on to the gateway
 * with all its limits. Introspection of /graphql itself stays off unless GRAPHQL_INTROSPECTION=true.
 */
export function committedSchemaIntrospection(
  apiSchema: () => GraphQLSchema,
  maxTokens: number,
): RequestHandler {
  const answers = new LRUCache<string, string>({ max: 16 })
  return (req, res, next) => {
    const body = (req.method === 'POST' ? req.body : req.query) as
      { query?: unknown; variables?: unknown; operationName?: unknown } | undefined
    const query = body?.query
    if (typeof query !== 'string') return next()
    const cached = answers.get(query)
    if (cached) {
      res.type('application/json').send(cached)
      return
    }
    let document: DocumentNode
    try {
      document = parse(query, { maxTokens })
    } catch {
      return next() // Apollo Server answers the syntax error with its code
    }
    if (!asksOnlyForTheSchema(document)) return next()
    const schema = apiSchema()
    if (validate(schema, document, specifiedRules).length > 0) return next()
    Promise.resolve(execute({ schema, document }))
      .then((result) => {
        const answer = JSON.stringify(result)
        answers.set(query, answer)
        res.type('application/json').send(answer)
      })
      .catch(next)
  }
}

function asksOnlyForTheSchema(document: DocumentNode): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
  return (
    operations.length > 0 &&
    operations.every(
      (operation) =>
        operation.operation === 'query' &&
        operation.selectionSet.selections.every(
          (selection) =>
            selection.kind === Kind.FIELD &&
            (selection.name.value === '__schema' ||
              selection.name.value === '__type' ||
              selection.name.value === '__typename'),
        ),
    )
  )
}
