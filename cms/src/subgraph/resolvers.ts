import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper'
import type { KnowledgeProductType } from '../collections/KnowledgeProducts/types'
import type { ContentContext } from './context'
import { findKnowledgeProductBySlug, listKnowledgeProducts } from './knowledgeProducts'

const KNOWLEDGE_PRODUCT_TYPE: Readonly<Record<string, KnowledgeProductType>> = {
  HANDREIKING: 'handreiking',
  INSPIRATIEBUNDEL: 'inspiratiebundel',
  FACTSHEET: 'factsheet',
  TOOLKIT: 'toolkit',
  OTHER: 'other',
}

interface MunicipalityReference {
  code: string
}

export const resolvers: GraphQLResolverMap<ContentContext> = {
  Query: {
    knowledgeProduct: (_: unknown, { slug }: { slug: string }, { actor }: ContentContext) =>
      findKnowledgeProductBySlug(actor, slug),
    knowledgeProducts: (
      _: unknown,
      args: { first?: number | null; after?: string | null },
      { actor }: ContentContext,
    ) => listKnowledgeProducts(actor, args),
  },
  KnowledgeProduct: {
    __resolveReference: ({ id }: { id: string }, { loaders }: ContentContext) =>
      loaders.knowledgeProductById.load(id),
  },
  Municipality: {
    __resolveReference: ({ code }: MunicipalityReference) => ({ code }),
    knowledgeProducts: ({ code }: MunicipalityReference, _: unknown, { loaders }: ContentContext) =>
      loaders.knowledgeProductsByMunicipality.load(code),
  },
  KnowledgeProductType: KNOWLEDGE_PRODUCT_TYPE,
}
