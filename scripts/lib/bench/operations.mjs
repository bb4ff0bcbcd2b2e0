// @ts-check
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * @typedef {{ data?: Record<string, unknown> | null, errors?: unknown[] }} GraphQLAnswer
 * @typedef {object} Operation
 * @property {string} name
 * @property {string} body      the JSON request body
 * @property {(answer: GraphQLAnswer) => string | undefined} check  why the answer is wrong, if it is
 */

// The variables a frontend sends with each reference operation, kept beside the documents (an
// operation that declares one not listed there fails the bench).
const VARIABLES = /** @type {Record<string, Record<string, unknown>>} */ (
  JSON.parse(
    readFileSync(new URL('../../../schema/operations/variables.json', import.meta.url), 'utf8'),
  )
)

/** @param {unknown} value @param {string} pathname e.g. `municipality.neighbours` */
const at = (value, pathname) =>
  pathname
    .split('.')
    .reduce(
      (node, key) =>
        node && typeof node === 'object'
          ? /** @type {Record<string, unknown>} */ (node)[key]
          : undefined,
      value,
    )
const isList = (/** @type {unknown} */ value, min = 1) =>
  Array.isArray(value) && value.length >= min

// What a correct answer of each page looks like beyond "no errors": the demo data has these.
/** @type {Record<string, (data: Record<string, unknown>) => boolean>} */
const SHAPES = {
  'election-page.graphql': (data) =>
    at(data, 'electionEdition.year') === 2024 && isList(at(data, 'nominations.edges')),
  'homepage.graphql': (data) =>
    isList(at(data, 'knowledgeProducts.edges')) && isList(at(data, 'lifeDomains.edges')),
  'life-domain-page.graphql': (data) =>
    at(data, 'lifeDomain.slug') === 'thuis' && isList(at(data, 'lifeDomain.crpdArticles')),
  'municipalities-overview.graphql': (data) =>
    isList(at(data, 'municipalities.edges'), 342) &&
    isList(at(data, 'municipalities.edges.0.node.neighbours')),
  'municipality-page.graphql': (data) =>
    at(data, 'municipality.code') === 'GM0363' && isList(at(data, 'municipality.neighbours')),
}

/**
 * `check` for an answer: no errors, every top-level field present, and `shape` holds.
 * @param {(data: Record<string, unknown>) => boolean} shape
 */
const checker = (shape) => (/** @type {GraphQLAnswer} */ answer) => {
  if (answer.errors?.length) return `errors: ${JSON.stringify(answer.errors).slice(0, 300)}`
  const data = answer.data
  if (!data) return 'no data'
  const empty = Object.entries(data).find(([, value]) => value == null)
  if (empty) return `${empty[0]} is null`
  return shape(data) ? undefined : `unexpected data: ${JSON.stringify(data).slice(0, 300)}`
}

/**
 * The reference operations of `schema/operations/`, each with its variables and its check.
 * @param {string} dir
 * @returns {Operation[]}
 */
export function referenceOperations(dir) {
  const files = readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
  return files.map((file) => {
    const query = readFileSync(path.join(dir, file), 'utf8')
    const variables = VARIABLES[file] ?? {}
    const declared = [...query.matchAll(/\$(\w+)\s*:/g)].map(
      (match) => /** @type {string} */ (match[1]),
    )
    const missing = declared.filter((name) => !(name in variables))
    if (missing.length > 0) throw new Error(`${file}: no bench value for $${missing.join(', $')}`)
    const shape = SHAPES[file]
    if (!shape) throw new Error(`${file}: the bench does not know what its answer looks like`)
    return {
      name: file.replace(/\.graphql$/, ''),
      body: JSON.stringify({ query, variables }),
      check: checker(shape),
    }
  })
}

/** One municipality from the monitor alone: what a gateway adds to a single subgraph call. */
export const SINGLE_SUBGRAPH = {
  name: 'one municipality (monitor only)',
  body: JSON.stringify({
    query: '{ municipality(code: "GM0363") { code name province inhabitants } }',
  }),
  check: checker((data) => at(data, 'municipality.code') === 'GM0363'),
}

/**
 * `_entities` for GM0363 as a gateway sends it, with `selection` on Municipality.
 * @param {string} name @param {string} selection @param {(data: unknown) => boolean} shape
 * @returns {Operation}
 */
const entityLookup = (name, selection, shape) => ({
  name,
  body: JSON.stringify({
    query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipality { ${selection} } } }`,
    variables: { r: [{ __typename: 'Municipality', code: 'GM0363' }] },
  }),
  check: checker(shape),
})

/**
 * One municipality's entity lookup (`_entities`, as a gateway asks it), directly at each subgraph:
 * the monitor resolves the entity's own fields, the content subgraph the content that features it
 * (the municipality page's second fetch). The content subgraph's lookups should be at least as
 * fast as the monitor's.
 * @type {Record<'monitor' | 'content', Operation>}
 */
export const ENTITY_LOOKUPS = {
  monitor: entityLookup(
    'one municipality entity (monitor)',
    'code name province inhabitants',
    (data) => at(data, '_entities.0.code') === 'GM0363',
  ),
  content: entityLookup(
    'one municipality entity (content)',
    'knowledgeProducts { title slug type summary } practiceExamples { title slug kind summary }',
    (data) => isList(at(data, '_entities.0.knowledgeProducts')),
  ),
}

/**
 * The overview for `n` municipalities: monitor data nested three ways and content per item. Its
 * SQL statements per request must not grow with `n` (batched loaders, one entities call).
 * @param {number} n
 * @returns {Operation}
 */
export function overview(n) {
  const query = `query Overview($n: Int!) {
    municipalities(first: $n) { edges { node {
      code name neighbours { code } surveyParticipation
      publishedScores { topics { topic mean } }
      knowledgeProducts { slug }
    } } }
  }`
  return {
    name: `overview of ${n} municipalities`,
    body: JSON.stringify({ query, variables: { n } }),
    check: checker((data) => isList(at(data, 'municipalities.edges'), n)),
  }
}

/**
 * Sends one request and returns the parsed answer, failing on a non-2xx status.
 * @param {string} url @param {string} body @param {Record<string, string>} [headers]
 * @returns {Promise<GraphQLAnswer>}
 */
export async function post(url, body, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
    signal: AbortSignal.timeout(30_000),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`HTTP ${response.status} from ${url}: ${text.slice(0, 300)}`)
  return /** @type {GraphQLAnswer} */ (JSON.parse(text))
}

/**
 * Fails unless `operation` answers correctly at `url`: run before every measurement.
 * @param {string} label @param {string} url @param {Operation} operation
 * @param {Record<string, string>} [headers]
 */
export async function verify(label, url, operation, headers) {
  const problem = operation.check(await post(url, operation.body, headers))
  if (problem) throw new Error(`${operation.name} through ${label} answers wrongly: ${problem}`)
}
