import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper'
import type { PageArgs } from '../shared/connection'
import type { ContentContext as Ctx } from '../shared/context'
import { municipalityRef } from '../shared/references'
import {
  findElectionEditionByYear,
  findToolkitItemById,
  listElectionEditions,
  listNominations,
  listToolkitItems,
  renderToolkitItemText,
  type ToolkitItemModel,
} from './election.reads'
import { electionRoundKind, influence, nominationStage, toolkitItemKind } from './election.typeDefs'

type EditionArgs = PageArgs & { edition: number }

export const electionResolvers: GraphQLResolverMap<Ctx> = {
  Query: {
    electionEdition: (_: unknown, { year }: { year: number }, { actor }: Ctx) =>
      findElectionEditionByYear(actor, year),
    electionEditions: (_: unknown, args: PageArgs, { actor }: Ctx) =>
      listElectionEditions(actor, args),
    nomination: (_: unknown, { id }: { id: string }, { loaders }: Ctx) =>
      loaders.nominationById.load(id),
    nominations: (_: unknown, args: EditionArgs, { actor }: Ctx) => listNominations(actor, args),
    toolkitItem: (_: unknown, { id }: { id: string }, { actor }: Ctx) =>
      findToolkitItemById(actor, id),
    toolkitItems: (_: unknown, args: EditionArgs, { actor }: Ctx) => listToolkitItems(actor, args),
  },
  RatingQuestion: {
    lifeDomain: ({ lifeDomainSlug }: { lifeDomainSlug: string }) => ({ slug: lifeDomainSlug }),
  },
  Awards: {
    winner: ({ winnerCode }: { winnerCode: string | null }) =>
      winnerCode ? { code: winnerCode } : null,
    encouragementPrizes: ({ encouragementPrizeCodes }: { encouragementPrizeCodes: string[] }) =>
      encouragementPrizeCodes.map((code) => ({ code })),
  },
  ElectionEdition: {
    __resolveReference: ({ id }: { id: string }, { loaders }: Ctx) =>
      loaders.electionEditionById.load(id),
  },
  Nomination: {
    __resolveReference: ({ id }: { id: string }, { loaders }: Ctx) =>
      loaders.nominationById.load(id),
    municipality: municipalityRef,
  },
  ToolkitItem: {
    text: (item: ToolkitItemModel, { municipality }: { municipality?: string | null }) =>
      municipality ? renderToolkitItemText(item, municipality) : null,
  },
  ElectionRoundKind: electionRoundKind.resolvers,
  Influence: influence.resolvers,
  NominationStage: nominationStage.resolvers,
  ToolkitItemKind: toolkitItemKind.resolvers,
}
