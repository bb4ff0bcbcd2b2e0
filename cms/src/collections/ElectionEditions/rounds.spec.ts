import { describe, expect, it } from 'vitest'
import { roundProblems } from './rounds'

const round = (name: string, opensAt: string, closesAt: string) => ({
  round: name,
  opensAt: `${opensAt}T09:00:00.000Z`,
  closesAt: `${closesAt}T21:00:00.000Z`,
})

describe('election rounds', () => {
  it('accepts rating, public vote and jury one after the other, in any row order', () => {
    expect(
      roundProblems([
        round('jury', '2024-10-01', '2024-10-31'),
        round('rating', '2024-03-01', '2024-05-31'),
        round('public-vote', '2024-06-15', '2024-09-15'),
      ]),
    ).toEqual([])
  })

  it('rejects a round that closes before it opens', () => {
    expect(roundProblems([round('rating', '2024-05-31', '2024-03-01')])).toMatchObject([
      { index: 0, field: 'closesAt' },
    ])
  })

  it('rejects a public vote that opens while the rating is still open', () => {
    expect(
      roundProblems([
        round('rating', '2024-03-01', '2024-05-31'),
        round('public-vote', '2024-05-01', '2024-09-15'),
      ]),
    ).toMatchObject([{ index: 1, field: 'opensAt' }])
  })

  it('rejects a round that occurs twice', () => {
    expect(
      roundProblems([
        round('jury', '2024-10-01', '2024-10-31'),
        round('jury', '2024-11-01', '2024-11-30'),
      ]),
    ).toMatchObject([{ index: 1, field: 'round' }])
  })
})
