import { buildSubgraphSchema } from '@apollo/subgraph'
import {
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type GraphQLSchema,
  Kind,
  type ObjectTypeExtensionNode,
} from 'graphql'
import { adviceResolvers } from './advice/advice.resolvers'
import { adviceTypeDefs } from './advice/advice.typeDefs'
import { electionResolvers } from './election/election.resolvers'
import { electionTypeDefs } from './election/election.typeDefs'
import { eventsResolvers } from './events/events.resolvers'
import { eventsTypeDefs } from './events/events.typeDefs'
import { knowledgeProductsResolvers } from './knowledgeProducts/knowledgeProducts.resolvers'
import { knowledgeProductsTypeDefs } from './knowledgeProducts/knowledgeProducts.typeDefs'
import { municipalityResolvers } from './municipality/municipality.resolvers'
import { municipalityTypeDefs } from './municipality/municipality.typeDefs'
import { newsResolvers } from './news/news.resolvers'
import { newsTypeDefs } from './news/news.typeDefs'
import { newsletterResolvers } from './newsletter/newsletter.resolvers'
import { newsletterTypeDefs } from './newsletter/newsletter.typeDefs'
import { practiceExamplesResolvers } from './practiceExamples/practiceExamples.resolvers'
import { practiceExamplesTypeDefs } from './practiceExamples/practiceExamples.typeDefs'
import { searchResolvers } from './search/search.resolvers'
import { searchTypeDefs } from './search/search.typeDefs'
import { sharedTypeDefs } from './shared/shared.typeDefs'
import { taxonomyResolvers } from './taxonomy/taxonomy.resolvers'
import { taxonomyTypeDefs } from './taxonomy/taxonomy.typeDefs'

/** The content subgraph's domains: each brings its SDL fragment and its resolvers. */
const MODULES = [
  { typeDefs: sharedTypeDefs },
  { typeDefs: knowledgeProductsTypeDefs, resolvers: knowledgeProductsResolvers },
  { typeDefs: practiceExamplesTypeDefs, resolvers: practiceExamplesResolvers },
  { typeDefs: eventsTypeDefs, resolvers: eventsResolvers },
  { typeDefs: newsTypeDefs, resolvers: newsResolvers },
  { typeDefs: electionTypeDefs, resolvers: electionResolvers },
  { typeDefs: taxonomyTypeDefs, resolvers: taxonomyResolvers },
  { typeDefs: municipalityTypeDefs, resolvers: municipalityResolvers },
  { typeDefs: searchTypeDefs, resolvers: searchResolvers },
  { typeDefs: adviceTypeDefs, resolvers: adviceResolvers },
  { typeDefs: newsletterTypeDefs, resolvers: newsletterResolvers },
]

const ROOT_TYPES = ['Query', 'Mutation'] as const

const isRootExtension = (
  node: DefinitionNode,
  root: (typeof ROOT_TYPES)[number],
): node is ObjectTypeExtensionNode =>
  node.kind === Kind.OBJECT_TYPE_EXTENSION && node.name.value === root

/**
 * Each domain extends Query (and Mutation) with its own fields; the printed SDL keeps one
 * `type Query` and one `type Mutation` with all of them, in module order, ahead of the domains'
 * types.
 */
function withOneQueryType(typeDefs: readonly DocumentNode[]): DocumentNode[] {
  const roots: DefinitionNode[] = ROOT_TYPES.flatMap((root) => {
    const fields: FieldDefinitionNode[] = typeDefs.flatMap((doc) =>
      doc.definitions.flatMap((node) => (isRootExtension(node, root) ? (node.fields ?? []) : [])),
    )
    if (root !== 'Query' && fields.length === 0) return []
    return [{ kind: Kind.OBJECT_TYPE_DEFINITION, name: { kind: Kind.NAME, value: root }, fields }]
  })
  return typeDefs.map((doc, index) => ({
    ...doc,
    definitions: [
      ...(index === 0 ? roots : []),
      ...doc.definitions.filter((node) => !ROOT_TYPES.some((root) => isRootExtension(node, root))),
    ],
  }))
}

/** The executable Federation 2 subgraph schema; needs no database to build. */
export function buildContentSchema(): GraphQLSchema {
  const typeDefs = withOneQueryType(MODULES.map((module) => module.typeDefs))
  return buildSubgraphSchema(
    MODULES.map((module, index) => ({ ...module, typeDefs: typeDefs[index]! })),
  )
}
