import { type CollectionSlug, createLocalReq } from 'payload'
import type { Actor } from '../shared/actor'
import { type PageArgs, type PageInfoModel, pageSize } from '../shared/connection'
import { type CursorKey, decodeCursor, encodeCursor } from '../shared/cursor'
import { ContentError, ContentErrorCode } from '../shared/errors'
import type { Loaders } from '../shared/loaders'
import {
  HIT_END,
  HIT_START,
  parseSearch,
  SEARCH_RESULT_TYPES,
  type SearchFilter,
  type SearchInput,
  type SearchResultType,
  toSnippet,
} from './search.input'

/** The GraphQL type of each result type, the collection and the tables it is read from. */
const SOURCES: Readonly<
  Record<
    SearchResultType,
    { typename: string; collection: CollectionSlug; table: string; lifeDomains: string }
  >
> = {
  KNOWLEDGE_PRODUCT: {
    typename: 'KnowledgeProduct',
    collection: 'knowledge-products',
    table: 'knowledge_products',
    lifeDomains: 'knowledge_products_life_domains',
  },
  PRACTICE_EXAMPLE: {
    typename: 'PracticeExample',
    collection: 'practice-examples',
    table: 'practice_examples',
    lifeDomains: 'practice_examples_life_domains',
  },
  EVENT: {
    typename: 'Event',
    collection: 'events',
    table: 'events',
    lifeDomains: 'events_life_domains',
  },
  NEWS_ITEM: {
    typename: 'NewsItem',
    collection: 'news',
    table: 'news',
    lifeDomains: 'news_life_domains',
  },
}

/** A search result's node: the domain's model, with the GraphQL type it is. */
export type SearchNode = { __typename: string } & Record<string, unknown>

export interface SearchEdge {
  cursor: string
  score: number
  snippet: string
  node: SearchNode
}

/** The one pager's connection shape, with a score and a snippet on every edge. */
export interface SearchConnection {
  edges: SearchEdge[]
  pageInfo: PageInfoModel
  totalCount: number
}

/** Whether pg_trgm is installed in the CMS database: typo tolerance on titles, when it is. */
const trigramsByPool = new WeakMap<object, Promise<boolean>>()

// Identifiers come from SOURCES (constants) only; every value the caller gives is a parameter:
// $1 the tsquery text, $2 the trimmed query (trigrams), $3 the types searched, $4 the types whose
// drafts the caller may read, $5 the life domains (null: any), $6–$8 the cursor (score, type,
// id; null: first page), $9 the page size + 1.
function searchSql(trigrams: boolean): string {
  const branches = SEARCH_RESULT_TYPES.map((type, order) => {
    const { table, lifeDomains } = SOURCES[type]
    const document = `setweight(to_tsvector('dutch', coalesce(d.title, '')), 'A') || setweight(to_tsvector('dutch', coalesce(d.summary, '')), 'B')`
    const similar = trigrams ? `word_similarity(lower(q.text), lower(coalesce(d.title, '')))` : '0'
    return `
      SELECT ${order} AS type_order, d.id,
        round((ts_rank(${document}, q.query) + 0.1 * ${similar})::numeric, 6) AS score,
        coalesce(nullif(d.summary, ''), d.title, '') AS source
      FROM "${table}" d, q
      WHERE '${type}' = ANY($3::text[])
        AND (d._status = 'published' OR '${type}' = ANY($4::text[]))
        AND ($5::text[] IS NULL OR EXISTS (
          SELECT 1 FROM "${lifeDomains}" l WHERE l.parent_id = d.id AND l.value::text = ANY($5::text[])))
        AND (${document} @@ q.query${trigrams ? ` OR ${similar} >= 0.6` : ''})`
  })
  return `
    WITH q AS (SELECT to_tsquery('dutch', $1::text) AS query, $2::text AS text),
    hits AS (${branches.join('\n      UNION ALL')}),
    counted AS (SELECT hits.*, count(*) OVER () AS total FROM hits)
    SELECT c.type_order, c.id, c.score::text AS score, c.total,
      ts_headline('dutch', translate(c.source, '${HIT_START}${HIT_END}', ''), q.query,
        'StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS headline
    FROM counted c, q
    WHERE $6::numeric IS NULL
      OR c.score < $6::numeric
      OR (c.score = $6::numeric AND (c.type_order > $7::int OR (c.type_order = $7::int AND c.id < $8::int)))
    ORDER BY c.score DESC, c.type_order, c.id DESC
    LIMIT $9::int`
}

const SQL = { plain: searchSql(false), trigrams: searchSql(true) }

interface Row {
  type_order: number
  id: number
  score: string
  total: string
  headline: string
}

const cursorKind = (type: SearchResultType) => `Search.${SOURCES[type].typename}`

function decodeSearchCursor(cursor: string): { type: SearchResultType; key: CursorKey } {
  for (const type of SEARCH_RESULT_TYPES) {
    try {
      const key = decodeCursor(cursorKind(type), cursor)
      if (typeof key.value === 'number') return { type, key }
    } catch {
      // Not this type's cursor; the next one may be.
    }
  }
  throw new ContentError(ContentErrorCode.BadUserInput, `Invalid cursor: ${JSON.stringify(cursor)}`)
}

/**
 * Per result type, whether the caller may read drafts, as Payload's own read access of the
 * collection answers for this user: `true` (editors, admins) includes drafts, a `Where`
 * (everybody else: published only) keeps the SQL to published documents, `false` leaves the
 * collection out. Whatever the SQL finds is then read through Payload as the caller, so a
 * document Payload withholds never appears.
 */
async function readableTypes(
  actor: Actor,
  types: readonly SearchResultType[],
): Promise<{ searched: SearchResultType[]; drafts: SearchResultType[] }> {
  const req = await createLocalReq({ user: actor.user ?? undefined }, actor.payload)
  const searched: SearchResultType[] = []
  const drafts: SearchResultType[] = []
  for (const type of types) {
    const read = actor.payload.collections[SOURCES[type].collection].config.access.read
    const access = read ? await read({ req }) : Boolean(actor.user)
    if (access === false) continue
    searched.push(type)
    if (access === true) drafts.push(type)
  }
  return { searched, drafts }
}

async function hasTrigrams(actor: Actor): Promise<boolean> {
  const pool = actor.payload.db.pool
  let known = trigramsByPool.get(pool)
  if (!known) {
    known = pool
      .query<{ installed: boolean }>(
        // The function as this connection resolves it: pg_trgm installed in a schema on its path.
        "SELECT to_regprocedure('word_similarity(text, text)') IS NOT NULL AS installed",
      )
      .then((result) => result.rows[0]?.installed === true)
    trigramsByPool.set(pool, known)
    // A failed check is asked again by the next search, not remembered.
    known.catch(() => trigramsByPool.delete(pool))
  }
  return known
}

/** Forgets whether pg_trgm is installed (after installing or dropping it). */
export function forgetTrigrams(actor: Actor): void {
  trigramsByPool.delete(actor.payload.db.pool)
}

const loaderOf = (loaders: Loaders, type: SearchResultType) =>
  ({
    KNOWLEDGE_PRODUCT: loaders.knowledgeProductById,
    PRACTICE_EXAMPLE: loaders.practiceExampleById,
    EVENT: loaders.eventById,
    NEWS_ITEM: loaders.newsItemById,
  })[type] as { load(id: string): Promise<object | null> }

/**
 * One search across knowledge products, practice examples, events and news, best first: Dutch
 * full-text search on title (weight A) and summary (weight B), every word a prefix, ranked by
 * ts_rank (plus title similarity when pg_trgm is installed), in one parameterised SQL statement
 * on the live tables. The page's hits are then read through the request's loaders, i.e. Payload's
 * Local API as the caller (one `find` per collection).
 */
export async function search(
  actor: Actor,
  loaders: Loaders,
  args: PageArgs & { query: string; filter?: SearchFilter | null },
): Promise<SearchConnection> {
  const input: SearchInput = parseSearch(args.query, args.filter)
  const size = pageSize(args.first)
  const after = args.after ? decodeSearchCursor(args.after) : undefined
  const { searched, drafts } = await readableTypes(actor, input.types)

  const rows: Row[] =
    searched.length === 0
      ? []
      : (
          await actor.payload.db.pool.query<Row>(
            (await hasTrigrams(actor)) ? SQL.trigrams : SQL.plain,
            [
              input.tsquery,
              input.text,
              searched,
              drafts,
              input.lifeDomains,
              after ? after.key.value : null,
              after ? SEARCH_RESULT_TYPES.indexOf(after.type) : null,
              after ? after.key.id : null,
              // The count comes with the rows; a page of 0 still needs one row for it.
              Math.max(size, 1) + 1,
            ],
          )
        ).rows
  const totalCount = await totalOf(actor, rows, after !== undefined, input, searched, drafts)

  const page = rows.slice(0, size)
  const nodes = await Promise.all(
    page.map((row) => {
      const type = SEARCH_RESULT_TYPES[row.type_order]!
      return loaderOf(loaders, type).load(String(row.id))
    }),
  )
  const edges: SearchEdge[] = page.flatMap((row, index) => {
    const type = SEARCH_RESULT_TYPES[row.type_order]!
    const node = nodes[index]
    if (!node) return []
    const score = Number(row.score)
    return [
      {
        cursor: encodeCursor(cursorKind(type), { value: score, id: row.id }),
        score,
        snippet: toSnippet(row.headline),
        node: { ...node, __typename: SOURCES[type].typename },
      },
    ]
  })
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  }
}

/**
 * Every hit's count, not the page's: the rows carry it, unless a later page is empty (past the
 * last hit), when the count is asked again without the cursor.
 */
async function totalOf(
  actor: Actor,
  rows: readonly Row[],
  paged: boolean,
  input: SearchInput,
  searched: readonly SearchResultType[],
  drafts: readonly SearchResultType[],
): Promise<number> {
  if (rows[0]) return Number(rows[0].total)
  if (!paged || searched.length === 0) return 0
  const { rows: all } = await actor.payload.db.pool.query<Row>(
    (await hasTrigrams(actor)) ? SQL.trigrams : SQL.plain,
    [input.tsquery, input.text, searched, drafts, input.lifeDomains, null, null, null, 1],
  )
  return all[0] ? Number(all[0].total) : 0
}
