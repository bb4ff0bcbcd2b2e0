import { IsDefined, Max, Min } from 'class-validator'
import { ArgsType, type ClassType, Directive, Field, Int, ObjectType } from 'type-graphql'
import { INHERITED_CACHE } from './cache-hints'

export const DEFAULT_PAGE_SIZE = 50
export const MAX_PAGE_SIZE = 500

// Every subgraph defines the same PageInfo; @shareable lets the gateway take it from either.
@Directive(INHERITED_CACHE)
@ObjectType({ description: 'Relay page information, shared by every connection in the graph.' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean

  @Field(() => Boolean, { description: 'True when the page starts after a cursor.' })
  hasPreviousPage!: boolean

  @Field(() => String, { nullable: true })
  startCursor!: string | null

  @Field(() => String, { nullable: true })
  endCursor!: string | null
}

export interface Edge<T> {
  cursor: string
  node: T
}

/** The shape every connection resolver returns. */
export interface Connection<T> {
  edges: Edge<T>[]
  pageInfo: PageInfo
  totalCount: number
}

/** Declares `<Node>Edge` and a base class for `<Node>Connection`; subclass it with @ObjectType(). */
export function ConnectionType<T extends object>(nodeType: ClassType<T>) {
  @Directive(INHERITED_CACHE)
  @ObjectType(`${nodeType.name}Edge`)
  class EdgeType implements Edge<T> {
    @Field(() => String, { description: 'Opaque; pass it as `after` to continue.' })
    cursor!: string

    @Field(() => nodeType)
    node!: T
  }

  // Not reachable from the schema roots itself, so TypeGraphQL emits only the subclass.
  @ObjectType()
  abstract class ConnectionBase implements Connection<T> {
    @Field(() => [EdgeType])
    edges!: EdgeType[]

    @Field(() => PageInfo)
    pageInfo!: PageInfo

    @Field(() => Int, { description: 'Number of nodes matching the filter, over all pages.' })
    totalCount!: number
  }

  return ConnectionBase
}

const pageSizeMessage = `first must be between 1 and ${MAX_PAGE_SIZE}`

@ArgsType()
export class ForwardPaginationArgs {
  // Nullable with a default, as in the Relay spec; an explicit null is rejected. IsDefined is
  // needed because TypeGraphQL validates with skipMissingProperties, which lets null through.
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, 1 to ${MAX_PAGE_SIZE}.`,
  })
  @IsDefined({ message: pageSizeMessage })
  @Min(1, { message: pageSizeMessage })
  @Max(MAX_PAGE_SIZE, { message: pageSizeMessage })
  first!: number

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge already seen.' })
  after?: string | null
}

const CURSOR_PREFIX = 'cursor:'

/** Cursors are opaque to clients: base64 of a stable sort key. */
export function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key, 'utf8').toString('base64')
}

/** The sort key inside a cursor, or null when the string is not one of our cursors. */
export function decodeCursor(cursor: string): string | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(cursor)) return null
  const decoded = Buffer.from(cursor, 'base64').toString('utf8')
  return decoded.startsWith(CURSOR_PREFIX) ? decoded.slice(CURSOR_PREFIX.length) : null
}

/**
 * Builds a connection from a page fetched with `limit first + 1`; the extra row only
 * tells whether a next page exists.
 */
export function toConnection<T>(
  rows: T[],
  page: { first: number; totalCount: number; hasPreviousPage: boolean; keyOf: (node: T) => string },
): Connection<T> {
  const nodes = rows.slice(0, page.first)
  const edges = nodes.map((node) => ({ cursor: encodeCursor(page.keyOf(node)), node }))
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: rows.length > page.first,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  }
}
