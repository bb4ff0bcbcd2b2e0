import { print } from 'graphql'
import { describe, expect, it } from 'vitest'
import { NOMINATION_STAGES } from '../../collections/Nominations/stages'
import { contentEnum } from './enums'

describe('contentEnum', () => {
  it("spells the collection's values as GraphQL enum values and maps them back", () => {
    const stage = contentEnum('NominationStage', NOMINATION_STAGES)

    expect(print(stage.typeDefs)).toContain('ENCOURAGEMENT_PRIZE')
    expect(stage.resolvers).toEqual({
      NOMINATED: 'nominated',
      FINALIST: 'finalist',
      WINNER: 'winner',
      ENCOURAGEMENT_PRIZE: 'encouragement-prize',
    })
  })

  it('keeps a description per value', () => {
    const kind = contentEnum('Kind', ['a', 'b'] as const, { valueDescriptions: { a: 'The A.' } })

    expect(print(kind.typeDefs)).toMatch(/"The A."\s+A\s+B/)
  })
})
