import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper'
import type { ContentContext as Ctx } from '../shared/context'

interface LifeDomainReference {
  slug: string
}

interface CrpdArticleReference {
  number: number
}

export const taxonomyResolvers: GraphQLResolverMap<Ctx> = {
  LifeDomain: {
    __resolveReference: ({ slug }: LifeDomainReference) => ({ slug }),
    knowledgeProducts: ({ slug }: LifeDomainReference, _: unknown, { loaders }: Ctx) =>
      loaders.knowledgeProductsByLifeDomain.load(slug),
    practiceExamples: ({ slug }: LifeDomainReference, _: unknown, { loaders }: Ctx) =>
      loaders.practiceExamplesByLifeDomain.load(slug),
    upcomingEvents: ({ slug }: LifeDomainReference, _: unknown, { loaders }: Ctx) =>
      loaders.upcomingEventsByLifeDomain.load(slug),
    news: ({ slug }: LifeDomainReference, _: unknown, { loaders }: Ctx) =>
      loaders.newsByLifeDomain.load(slug),
  },
  CrpdArticle: {
    __resolveReference: ({ number }: CrpdArticleReference) => ({ number }),
    knowledgeProducts: ({ number }: CrpdArticleReference, _: unknown, { loaders }: Ctx) =>
      loaders.knowledgeProductsByCrpdArticle.load(number),
  },
}
