import type { ApolloServer } from '@apollo/server'
import type { Logger } from '@idm/edge'
import type { GraphQLFormattedError } from 'graphql'
import type { GatewayContext } from '../context.js'
import { FeedError, FeedErrorCode } from './feeds.errors.js'

/**
 * How long a file built from several operations may be kept: the shortest `max-age` any of them
 * allowed, or nothing at all when one was not cacheable (the response cache plugin's headers).
 */
export class CachePolicy {
  private maxAge: number | undefined = Infinity

  /** Narrows the policy by one operation's Cache-Control header. */
  restrict(header: string | undefined): void {
    const maxAge = /^public, max-age=(\d+)$/.exec(header ?? '')?.[1]
    if (maxAge === undefined) this.maxAge = undefined
    else if (this.maxAge !== undefined) this.maxAge = Math.min(this.maxAge, Number(maxAge))
  }

  /** The header for the file. */
  header(): string {
    return this.maxAge === undefined || this.maxAge === Infinity || this.maxAge === 0
      ? 'no-store'
      : `public, max-age=${this.maxAge}`
  }
}

/** An answer the graph gives on purpose, by `extensions.code` and `extensions.reason`. */
export interface Refusal {
  code: string
  reason: string
}

export interface GraphReader {
  /** Runs one query as an anonymous caller; throws FeedError(DATA_UNAVAILABLE) on any error. */
  query<T>(query: string, variables?: Record<string, unknown>): Promise<T>
  /**
   * The same, but null when every error is one of the expected refusals (the election's results
   * before a round has closed): the graph, not the file, decides what is public.
   */
  queryUnlessRefused<T>(
    query: string,
    variables: Record<string, unknown>,
    refusals: readonly Refusal[],
  ): Promise<T | null>
  readonly cachePolicy: CachePolicy
}

/**
 * Reads the graph through the gateway's own Apollo Server, as an anonymous caller: the same
 * plan, limits, subgraph access rules (drafts and private fields never appear) and cache hints
 * as a frontend gets, without an HTTP round trip. One reader per request.
 */
export function graphReader(
  apollo: ApolloServer<GatewayContext>,
  meta: { requestId: string; log: Logger },
): GraphReader {
  const cachePolicy = new CachePolicy()
  async function run<T>(
    query: string,
    variables: Record<string, unknown> | undefined,
    refusals: readonly Refusal[],
  ): Promise<T | null> {
    // No authorization and no response-cache ticket: anonymous, and nothing is stored for it.
    const response = await apollo.executeOperation<Record<string, unknown>>(
      { query, variables },
      { contextValue: { requestId: meta.requestId, log: meta.log } },
    )
    cachePolicy.restrict(response.http.headers.get('cache-control'))
    if (response.body.kind !== 'single') {
      throw new FeedError(FeedErrorCode.DataUnavailable, 'The data could not be read')
    }
    const { data, errors } = response.body.singleResult
    const refused = (error: GraphQLFormattedError) =>
      refusals.some(
        (refusal) =>
          error.extensions?.code === refusal.code && error.extensions?.reason === refusal.reason,
      )
    if (errors?.length && errors.every(refused)) return null
    if (errors?.length || !data) {
      throw new FeedError(FeedErrorCode.DataUnavailable, 'The data could not be read; try again', {
        errors: errors?.map((error) => ({
          message: error.message,
          code: error.extensions?.code,
          path: error.path,
        })),
      })
    }
    return data as T
  }
  return {
    cachePolicy,
    query: async <T>(query: string, variables?: Record<string, unknown>) =>
      (await run<T>(query, variables, []))!,
    queryUnlessRefused: <T>(
      query: string,
      variables: Record<string, unknown>,
      refusals: readonly Refusal[],
    ) => run<T>(query, variables, refusals),
  }
}
