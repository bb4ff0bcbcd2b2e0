import { describe, expect, it } from 'vitest'
import { Perspective } from './perspective'
import { benchmarkValue, round2, topicScores } from './scores'

describe('round2', () => {
  it('rounds to two decimals, half up, without binary artefacts', () => {
    expect(round2(7.005)).toBe(7.01)
    expect(round2(6.666666)).toBe(6.67)
    expect(round2(5)).toBe(5)
  })
})

describe('topicScores', () => {
  it('weighs each perspective equally, whatever its number of responses', () => {
    const scores = topicScores(
      [
        { topic: 'vervoer', perspective: Perspective.RESIDENTS, mean: 4, responseCount: 20 },
        { topic: 'vervoer', perspective: Perspective.COLLEAGUES, mean: 8, responseCount: 2 },
      ],
      ['vervoer'],
    )

    expect(scores).toEqual([
      {
        topic: 'vervoer',
        mean: 6,
        responseCount: 22,
        perspectives: [
          { perspective: Perspective.COLLEAGUES, mean: 8, responseCount: 2 },
          { perspective: Perspective.RESIDENTS, mean: 4, responseCount: 20 },
        ],
      },
    ])
  })

  it('orders topics like the reference list and skips cells without responses', () => {
    const scores = topicScores(
      [
        { topic: 'vervoer', perspective: Perspective.RESIDENTS, mean: 5, responseCount: 1 },
        { topic: 'thuis', perspective: Perspective.RESIDENTS, mean: 7, responseCount: 1 },
        { topic: 'vrije-tijd', perspective: Perspective.RESIDENTS, mean: 0, responseCount: 0 },
      ],
      ['thuis', 'vrije-tijd', 'vervoer'],
    )

    expect(scores.map((score) => score.topic)).toEqual(['thuis', 'vervoer'])
  })
})

describe('benchmarkValue', () => {
  it('suppresses the mean below five municipalities but reports the count', () => {
    expect(benchmarkValue([6, 7, 8, 9])).toEqual({
      mean: null,
      municipalityCount: 4,
      suppressed: true,
    })
  })

  it('shows the mean from five municipalities on', () => {
    expect(benchmarkValue([6, 7, 8, 9, 5.5])).toEqual({
      mean: 7.1,
      municipalityCount: 5,
      suppressed: false,
    })
  })
})
