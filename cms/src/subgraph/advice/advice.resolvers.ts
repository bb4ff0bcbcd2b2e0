import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper'
import type { AdviceState } from '../../collections/AdviceRequests/states'
import type { PageArgs } from '../shared/connection'
import type { ContentContext as Ctx } from '../shared/context'
import { lifeDomainRefs, municipalityRef } from '../shared/references'
import type { RequestAdviceInput } from './advice.input'
import {
  type AdviceRequestModel,
  type AdviceSuggestionsModel,
  adviceSuggestions,
} from './advice.reads'
import { adviceService } from './advice.service'
import { adviceForm, adviceRequestState, adviceTopic } from './advice.typeDefs'

const caller = ({ actor, clientIp, publicUrl }: Ctx) => ({ actor, clientIp, publicUrl })

export const adviceResolvers: GraphQLResolverMap<Ctx> = {
  Query: {
    adviceRequests: (_: unknown, args: PageArgs & { state?: AdviceState | null }, { actor }: Ctx) =>
      adviceService.queue(actor, args),
    myAdviceRequests: (_: unknown, args: PageArgs, { actor }: Ctx) =>
      adviceService.mine(actor, args),
    adviceRequestStatus: (_: unknown, { token }: { token: string }, { actor }: Ctx) =>
      adviceService.status(actor.payload, token),
  },
  Mutation: {
    requestAdvice: (_: unknown, { input }: { input: RequestAdviceInput }, ctx: Ctx) =>
      adviceService.requestAdvice(caller(ctx), input),
    confirmAdviceRequest: (_: unknown, { input }: { input: { token: string } }, { actor }: Ctx) =>
      adviceService.confirm(actor.payload, input.token),
  },
  AdviceRequest: {
    municipality: municipalityRef,
    lifeDomains: lifeDomainRefs,
    crpdArticles: ({ crpdArticles }: AdviceRequestModel) =>
      crpdArticles.map((number) => ({ number })),
    topics: ({ themes }: AdviceRequestModel) => themes,
    suggestions: (request: AdviceRequestModel, _: unknown, { loaders }: Ctx) =>
      adviceSuggestions(loaders, request),
  },
  AdviceSuggestions: {
    municipality: ({ municipalityCode }: AdviceSuggestionsModel) => ({ code: municipalityCode }),
  },
  AdviceRequestState: adviceRequestState.resolvers,
  AdviceForm: adviceForm.resolvers,
  AdviceTopic: adviceTopic.resolvers,
}
