import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper'
import type { ContentContext as Ctx } from '../shared/context'
import {
  confirmSubscription,
  subscribe,
  type SubscribeInput,
  unsubscribe,
} from './newsletter.service'

export const newsletterResolvers: GraphQLResolverMap<Ctx> = {
  Mutation: {
    subscribeToNewsletter: (_: unknown, { input }: { input: SubscribeInput }, ctx: Ctx) =>
      subscribe(ctx, input),
    confirmNewsletterSubscription: (
      _: unknown,
      { input }: { input: { token: string } },
      ctx: Ctx,
    ) => confirmSubscription(ctx, input.token),
    unsubscribeFromNewsletter: (_: unknown, { input }: { input: { token: string } }, ctx: Ctx) =>
      unsubscribe(ctx, input.token),
  },
}
