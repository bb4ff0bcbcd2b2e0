import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper'
import type { PageArgs } from '../shared/connection'
import type { ContentContext as Ctx } from '../shared/context'
import { bodyTextOf } from '../shared/readability'
import { lifeDomainRefs, loadImage } from '../shared/references'
import {
  findNewsItemBySlug,
  listNewsItems,
  type NewsFilter,
  type NewsItemModel,
} from './news.reads'

export const newsResolvers: GraphQLResolverMap<Ctx> = {
  Query: {
    newsItem: (_: unknown, { slug }: { slug: string }, { actor }: Ctx) =>
      findNewsItemBySlug(actor, slug),
    newsItems: (_: unknown, args: PageArgs & { filter?: NewsFilter }, { actor }: Ctx) =>
      listNewsItems(actor, args),
  },
  NewsItem: {
    __resolveReference: ({ id }: { id: string }, { loaders }: Ctx) => loaders.newsItemById.load(id),
    lifeDomains: lifeDomainRefs,
    bodyText: bodyTextOf,
    image: ({ imageId }: NewsItemModel, _: unknown, ctx: Ctx) => loadImage(ctx, imageId),
  },
}
