import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper'
import type { PageArgs } from '../shared/connection'
import type { ContentContext as Ctx } from '../shared/context'
import { bodyTextOf } from '../shared/readability'
import { lifeDomainRefs, loadImage, municipalityRef } from '../shared/references'
import {
  findPracticeExampleBySlug,
  listPracticeExamples,
  type PracticeExampleFilter,
  type PracticeExampleModel,
  type PracticeExampleVideoModel,
} from './practiceExamples.reads'
import { practiceExampleKind } from './practiceExamples.typeDefs'

export const practiceExamplesResolvers: GraphQLResolverMap<Ctx> = {
  Query: {
    practiceExample: (_: unknown, { slug }: { slug: string }, { actor }: Ctx) =>
      findPracticeExampleBySlug(actor, slug),
    practiceExamples: (
      _: unknown,
      args: PageArgs & { filter?: PracticeExampleFilter },
      { actor }: Ctx,
    ) => listPracticeExamples(actor, args),
  },
  PracticeExample: {
    __resolveReference: ({ id }: { id: string }, { loaders }: Ctx) =>
      loaders.practiceExampleById.load(id),
    lifeDomains: lifeDomainRefs,
    bodyText: bodyTextOf,
    municipality: municipalityRef,
    image: ({ imageId }: PracticeExampleModel, _: unknown, ctx: Ctx) => loadImage(ctx, imageId),
  },
  Video: {
    captionsUrl: ({ captionsId }: PracticeExampleVideoModel, _: unknown, { loaders }: Ctx) =>
      captionsId === null
        ? null
        : loaders.mediaById.load(captionsId).then((media) => media?.url ?? null),
  },
  PracticeExampleKind: practiceExampleKind.resolvers,
}
