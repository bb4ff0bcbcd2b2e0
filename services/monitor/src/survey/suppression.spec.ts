import { describe, expect, it } from 'vitest'
import { createPrng } from '../demo/prng'
import {
  type CrossTabulation,
  MIN_CELL_SIZE,
  type ProtectedCell,
  type ProtectedTabulation,
  suppressSmallCells,
} from './suppression'

const shown = (value: number): ProtectedCell => ({ value, suppressed: false })
const hidden: ProtectedCell = { value: null, suppressed: true }

/** A breakdown whose overall row is the sum of its groups, as the service builds it. */
function table(groups: Array<[respondents: number, ...counts: number[]]>): CrossTabulation {
  const rows = groups.map(([respondents, ...optionCounts]) => ({ respondents, optionCounts }))
  const options = rows[0]?.optionCounts.length ?? 0
  return {
    overall: {
      respondents: rows.reduce((sum, row) => sum + row.respondents, 0),
      optionCounts: Array.from({ length: options }, (_, o) =>
        rows.reduce((sum, row) => sum + row.optionCounts[o]!, 0),
      ),
    },
    groups: rows,
  }
}

/** Suppressed cells per group row, as 'x' for hidden and the number for shown. */
function pattern(result: ProtectedTabulation): Array<Array<number | 'x'>> {
  return [result.overall, ...result.groups].map((row) =>
    [row.respondents, ...row.optionCounts].map((cell) => cell.value ?? 'x'),
  )
}

describe('suppressSmallCells without a breakdown', () => {
  it('publishes every count of at least 5', () => {
    const result = suppressSmallCells({
      overall: { respondents: 20, optionCounts: [5, 7, 8] },
      groups: [],
    })

    expect(result).toEqual({
      overall: { respondents: shown(20), optionCounts: [shown(5), shown(7), shown(8)] },
      groups: [],
    })
  })

  it('suppresses a count of 4 and, so the total cannot reveal it, the next smallest count', () => {
    const result = suppressSmallCells({
      overall: { respondents: 20, optionCounts: [4, 9, 7] },
      groups: [],
    })

    expect(result.overall.optionCounts).toEqual([hidden, shown(9), hidden])
    expect(result.overall.respondents).toEqual(shown(20))
  })

  it('treats zero as a small cell: "nobody chose this" discloses too', () => {
    const result = suppressSmallCells({
      overall: { respondents: 12, optionCounts: [0, 6, 6] },
      groups: [],
    })

    expect(result.overall.optionCounts).toEqual([hidden, hidden, shown(6)])
  })

  it('needs no complementary cell when two counts are already small', () => {
    const result = suppressSmallCells({
      overall: { respondents: 20, optionCounts: [2, 3, 15] },
      groups: [],
    })

    expect(result.overall.optionCounts).toEqual([hidden, hidden, shown(15)])
  })

  it('suppresses everything when fewer than 5 responded at all', () => {
    const result = suppressSmallCells({
      overall: { respondents: 4, optionCounts: [4, 0] },
      groups: [],
    })

    expect(result.overall).toEqual({ respondents: hidden, optionCounts: [hidden, hidden] })
  })

  it('breaks ties by taking the first of the equally small counts', () => {
    const result = suppressSmallCells({
      overall: { respondents: 30, optionCounts: [1, 9, 9, 11] },
      groups: [],
    })

    expect(result.overall.optionCounts).toEqual([hidden, hidden, shown(9), shown(11)])
  })

  it('accepts a custom threshold', () => {
    const result = suppressSmallCells(
      { overall: { respondents: 30, optionCounts: [10, 20] }, groups: [] },
      11,
    )

    expect(result.overall.optionCounts).toEqual([hidden, hidden])
  })

  it('rejects rows with a different number of options', () => {
    expect(() =>
      suppressSmallCells({
        overall: { respondents: 10, optionCounts: [5, 5] },
        groups: [{ respondents: 10, optionCounts: [5] }],
      }),
    ).toThrow(RangeError)
  })
})

describe('suppressSmallCells with a breakdown', () => {
  it('publishes a breakdown in which every cell is at least 5', () => {
    const result = suppressSmallCells(
      table([
        [10, 5, 5],
        [12, 6, 6],
      ]),
    )

    expect(pattern(result)).toEqual([
      [22, 11, 11],
      [10, 5, 5],
      [12, 6, 6],
    ])
  })

  it('hides a group of fewer than 5 whole, and the next smallest group with it', () => {
    const result = suppressSmallCells(
      table([
        [3, 2, 1],
        [20, 10, 10],
        [8, 5, 3],
        [30, 15, 15],
      ]),
    )

    // Group 2 (8) goes too, else 3 = 61 - 20 - 8 - 30 would follow; its 3 was small anyway.
    expect(pattern(result)).toEqual([
      [61, 32, 29],
      ['x', 'x', 'x'],
      [20, 10, 10],
      ['x', 'x', 'x'],
      [30, 15, 15],
    ])
  })

  it('suppresses a second group in an option column when only one group is small there', () => {
    const result = suppressSmallCells(
      table([
        [20, 4, 16],
        [20, 10, 10],
        [30, 12, 18],
      ]),
    )

    // Group 1: 4 is small, so 16 goes with it (20 - 16 = 4). Each option column then has one
    // hole under a visible overall count, so the smallest visible count there (group 2's 10s) goes.
    expect(pattern(result)).toEqual([
      [70, 26, 44],
      [20, 'x', 'x'],
      [20, 'x', 'x'],
      [30, 12, 18],
    ])
  })

  it('cascades until no row or column has a single hole under a visible total', () => {
    const result = suppressSmallCells(
      table([
        [15, 1, 7, 7],
        [15, 5, 5, 5],
        [40, 20, 10, 10],
      ]),
    )

    expect(noSingleHoleUnderVisibleTotal(result)).toBe(true)
    expect(result.groups[0]!.optionCounts[0]).toEqual(hidden)
    // Row and overall totals stay visible: only option cells needed to go.
    expect(result.groups.map((group) => group.respondents.suppressed)).toEqual([
      false,
      false,
      false,
    ])
  })

  it('publishes a single-group breakdown whose cells are all at least 5', () => {
    const result = suppressSmallCells(table([[12, 6, 6]]))

    expect(pattern(result)).toEqual([
      [12, 6, 6],
      [12, 6, 6],
    ])
  })

  it('hides the overall value when a one-group column has a hole it cannot pair', () => {
    const result = suppressSmallCells({
      overall: { respondents: 12, optionCounts: [6, 6] },
      groups: [{ respondents: 12, optionCounts: [2, 10] }],
    })

    expect(result.groups[0]!.optionCounts).toEqual([hidden, hidden])
    expect(result.overall.optionCounts).toEqual([hidden, hidden])
  })

  it('never shows a value below 5, never changes a shown value, and leaves no single hole (random tables)', () => {
    const random = createPrng(20231)
    for (let run = 0; run < 500; run++) {
      const groupCount = 1 + Math.floor(random() * 12)
      const optionCount = 2 + Math.floor(random() * 5)
      const groups: Array<[number, ...number[]]> = []
      for (let g = 0; g < groupCount; g++) {
        const counts = Array.from({ length: optionCount }, () => Math.floor(random() * 12))
        groups.push([counts.reduce((sum, count) => sum + count, 0), ...counts])
      }
      const input = table(groups)
      const result = suppressSmallCells(input)

      const inputCells = [input.overall, ...input.groups].flatMap((row) => [
        row.respondents,
        ...row.optionCounts,
      ])
      const outputCells = [result.overall, ...result.groups].flatMap((row) => [
        row.respondents,
        ...row.optionCounts,
      ])
      outputCells.forEach((cell, index) => {
        if (cell.suppressed) return
        expect(cell.value).toBe(inputCells[index])
        expect(cell.value).toBeGreaterThanOrEqual(MIN_CELL_SIZE)
      })
      for (const row of [result.overall, ...result.groups]) {
        if (row.respondents.suppressed) {
          expect(row.optionCounts.every((cell) => cell.suppressed)).toBe(true)
        }
      }
      expect(noSingleHoleUnderVisibleTotal(result)).toBe(true)
    }
  })
})

function noSingleHoleUnderVisibleTotal(result: ProtectedTabulation): boolean {
  const rows = [result.overall, ...result.groups].map((row) => [
    row.respondents,
    ...row.optionCounts,
  ])
  const lines: Array<{ total: ProtectedCell; members: ProtectedCell[] }> = rows.map((row) => ({
    total: row[0]!,
    members: row.slice(1),
  }))
  if (result.groups.length > 0) {
    rows[0]!.forEach((total, column) =>
      lines.push({ total, members: rows.slice(1).map((row) => row[column]!) }),
    )
  }
  return lines.every(
    (line) => line.total.suppressed || line.members.filter((cell) => cell.suppressed).length !== 1,
  )
}
