import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper'
import type { ContentContext as Ctx } from '../shared/context'

interface MunicipalityReference {
  code: string
}

export const municipalityResolvers: GraphQLResolverMap<Ctx> = {
  Municipality: {
    __resolveReference: ({ code }: MunicipalityReference) => ({ code }),
    knowledgeProducts: ({ code }: MunicipalityReference, _: unknown, { loaders }: Ctx) =>
      loaders.knowledgeProductsByMunicipality.load(code),
    practiceExamples: ({ code }: MunicipalityReference, _: unknown, { loaders }: Ctx) =>
      loaders.practiceExamplesByMunicipality.load(code),
    nominations: ({ code }: MunicipalityReference, _: unknown, { loaders }: Ctx) =>
      loaders.nominationsByMunicipality.load(code),
  },
}
