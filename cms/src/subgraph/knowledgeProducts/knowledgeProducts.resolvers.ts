import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper'
import type { PageArgs } from '../shared/connection'
import type { ContentContext as Ctx } from '../shared/context'
import { bodyTextOf } from '../shared/readability'
import { lifeDomainRefs, loadDownload, loadImage } from '../shared/references'
import {
  findKnowledgeProductBySlug,
  type KnowledgeProductFilter,
  type KnowledgeProductModel,
  listKnowledgeProducts,
} from './knowledgeProducts.reads'
import { knowledgeProductType } from './knowledgeProducts.typeDefs'

export const knowledgeProductsResolvers: GraphQLResolverMap<Ctx> = {
  Query: {
    knowledgeProduct: (_: unknown, { slug }: { slug: string }, { actor }: Ctx) =>
      findKnowledgeProductBySlug(actor, slug),
    knowledgeProducts: (
      _: unknown,
      args: PageArgs & { filter?: KnowledgeProductFilter },
      { actor }: Ctx,
    ) => listKnowledgeProducts(actor, args),
  },
  KnowledgeProduct: {
    __resolveReference: ({ id }: { id: string }, { loaders }: Ctx) =>
      loaders.knowledgeProductById.load(id),
    lifeDomains: lifeDomainRefs,
    bodyText: bodyTextOf,
    conventionArticles: ({ crpdArticles }: KnowledgeProductModel) =>
      crpdArticles.map((number) => ({ number })),
    coverImage: ({ coverImageId }: KnowledgeProductModel, _: unknown, ctx: Ctx) =>
      loadImage(ctx, coverImageId),
    download: ({ downloadId }: KnowledgeProductModel, _: unknown, ctx: Ctx) =>
      loadDownload(ctx, downloadId),
  },
  KnowledgeProductType: knowledgeProductType.resolvers,
}
