import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper'
import type { PageArgs } from '../shared/connection'
import type { ContentContext as Ctx } from '../shared/context'
import type { SearchFilter } from './search.input'
import { search, type SearchNode } from './search.reads'

export const searchResolvers: GraphQLResolverMap<Ctx> = {
  Query: {
    search: (
      _: unknown,
      args: PageArgs & { query: string; filter?: SearchFilter | null },
      { actor, loaders }: Ctx,
    ) => search(actor, loaders, args),
  },
  SearchResult: {
    __resolveType: (node: SearchNode) => node.__typename,
  },
}
