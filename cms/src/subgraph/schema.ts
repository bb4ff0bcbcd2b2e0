import { buildSubgraphSchema } from '@apollo/subgraph'
import type { GraphQLSchema } from 'graphql'
import { resolvers } from './resolvers'
import { typeDefs } from './typeDefs'

/** The executable Federation 2 subgraph schema; needs no database to build. */
export function buildContentSchema(): GraphQLSchema {
  // The module-list form types resolvers for any context; the object form insists on `unknown`.
  return buildSubgraphSchema([{ typeDefs, resolvers }])
}
