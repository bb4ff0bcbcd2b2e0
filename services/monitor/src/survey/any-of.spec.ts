import { describe, expect, it } from 'vitest'
import { anyOfRow } from './any-of'
import { suppressSmallCells } from './suppression'

const repeat = (times: number, options: string[]) => Array.from({ length: times }, () => options)

describe('anyOfRow', () => {
  it('counts those who chose at least one of the options, and those who chose none', () => {
    const row = anyOfRow(
      [
        ...repeat(6, ['A']),
        ...repeat(7, ['B']),
        ...repeat(5, ['A', 'B', 'C']),
        ...repeat(9, ['C']),
      ],
      ['A', 'B'],
      false,
    )

    expect(row).toEqual({ respondents: 27, optionCounts: [18, 9], withheld: [false, false, false] })
  })

  it('withholds the union when one combination is small, even at zero', () => {
    // |A| = 8 and |B| = 9 are publishable, but nobody chose both: the union would tell.
    const row = anyOfRow(
      [...repeat(8, ['A']), ...repeat(9, ['B']), ...repeat(6, ['C'])],
      ['A', 'B'],
      false,
    )

    expect(row.withheld).toEqual([false, true, false])
    expect(suppressSmallCells({ overall: row, groups: [] }).overall).toEqual({
      respondents: { value: 23, suppressed: false },
      optionCounts: [
        { value: null, suppressed: true },
        // "none of them" would give the union back by subtraction from the respondents.
        { value: null, suppressed: true },
      ],
    })
  })

  it('withholds the union when few chose none of the options', () => {
    const row = anyOfRow(
      [...repeat(10, ['A']), ...repeat(10, ['B']), ...repeat(10, ['A', 'B']), ['C']],
      ['A', 'B'],
      false,
    )
    const result = suppressSmallCells({ overall: row, groups: [] }).overall

    expect(result.optionCounts.map((cell) => cell.suppressed)).toEqual([true, true])
  })

  it('withholds the respondents where the question’s own table does', () => {
    const row = anyOfRow(
      repeat(30, ['A', 'B']).concat(repeat(10, ['A']), repeat(10, ['B']), repeat(10, [])),
      ['A', 'B'],
      true,
    )
    const result = suppressSmallCells({ overall: row, groups: [] }).overall

    expect(result.respondents.suppressed).toBe(true)
    expect(result.optionCounts.every((cell) => cell.suppressed)).toBe(true)
  })
})
