import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper'
import type { PageArgs } from '../shared/connection'
import type { ContentContext as Ctx } from '../shared/context'
import { lifeDomainRefs } from '../shared/references'
import { type EventFilter, findEventBySlug, listEvents } from './events.reads'
import { eventFormat, eventPeriod } from './events.typeDefs'

export const eventsResolvers: GraphQLResolverMap<Ctx> = {
  Query: {
    event: (_: unknown, { slug }: { slug: string }, { actor }: Ctx) => findEventBySlug(actor, slug),
    events: (_: unknown, args: PageArgs & { filter?: EventFilter }, { actor }: Ctx) =>
      listEvents(actor, args),
  },
  Event: {
    __resolveReference: ({ id }: { id: string }, { loaders }: Ctx) => loaders.eventById.load(id),
    lifeDomains: lifeDomainRefs,
    icsUrl: ({ id }: { id: number | string }, _: unknown, { publicUrl }: Ctx) =>
      `${publicUrl}/events.ics?event=${encodeURIComponent(String(id))}`,
  },
  EventFormat: eventFormat.resolvers,
  EventPeriod: eventPeriod.resolvers,
}
