/** Cells counting fewer respondents than this are never published. */
export const MIN_CELL_SIZE = 5

/**
 * Counts to publish for one question: the overall row and, for a breakdown, one row per group
 * (province, size class). Each row has its respondents and, per answer option, how many chose it.
 */
export interface CrossTabulation {
  overall: TabulationRow
  groups: TabulationRow[]
}

export interface TabulationRow {
  respondents: number
  /** In option order. */
  optionCounts: number[]
  /**
   * Cells to suppress whatever their size, as `[respondents, ...optionCounts]`: e.g. a count that
   * would give a small cell back by difference with another table.
   */
  withheld?: readonly boolean[]
}

export interface ProtectedCell {
  /** Null when suppressed. */
  value: number | null
  suppressed: boolean
}

export interface ProtectedRow {
  respondents: ProtectedCell
  optionCounts: ProtectedCell[]
}

export interface ProtectedTabulation {
  overall: ProtectedRow
  groups: ProtectedRow[]
}

/**
 * Statistical disclosure control for a cross-tabulation:
 *
 * 1. Primary suppression: every cell (respondents of a row, or an option count) below
 *    `MIN_CELL_SIZE` is suppressed, zero included, since "nobody in this group" discloses too;
 *    so is every cell the caller marks `withheld`.
 * 2. A row whose respondents are suppressed is suppressed whole: its option counts (and shares)
 *    would otherwise let a reader recompute the respondents.
 * 3. Complementary suppression: a published total must not reveal a single suppressed part by
 *    subtraction. The lines with a total are each row (its option counts against its
 *    respondents) and each column across the groups (the groups' values against the overall
 *    value). When such a line has exactly one suppressed cell and a visible total, its smallest
 *    visible cell is suppressed too; with no cell left to take, the total is. Repeated until no
 *    line changes, because one suppression may leave another line with a single hole.
 *
 * Option counts of a multiple-choice question do not add up to the respondents; the rule treats
 * them alike, which costs a little detail and never discloses more.
 */
export function suppressSmallCells(
  table: CrossTabulation,
  minCellSize: number = MIN_CELL_SIZE,
): ProtectedTabulation {
  const rows = [table.overall, ...table.groups]
  const optionCount = table.overall.optionCounts.length
  for (const row of rows) {
    if (row.optionCounts.length !== optionCount) {
      throw new RangeError('every row needs one count per option')
    }
  }

  // grid[r][0] is the respondents of row r, grid[r][1 + o] the count of option o; row 0 is overall.
  const values = rows.map((row) => [row.respondents, ...row.optionCounts])
  const hidden = values.map((row, r) =>
    row.map((value, c) => value < minCellSize || rows[r]!.withheld?.[c] === true),
  )
  const width = optionCount + 1

  type Cell = readonly [row: number, column: number]
  const lines: { total: Cell; members: Cell[] }[] = []
  for (let r = 0; r < rows.length; r++) {
    const members: Cell[] = []
    for (let c = 1; c < width; c++) members.push([r, c])
    lines.push({ total: [r, 0], members })
  }
  if (table.groups.length > 0) {
    for (let c = 0; c < width; c++) {
      const members: Cell[] = []
      for (let r = 1; r < rows.length; r++) members.push([r, c])
      lines.push({ total: [0, c], members })
    }
  }

  const isHidden = ([r, c]: Cell) => hidden[r]![c]!
  const hide = ([r, c]: Cell) => {
    hidden[r]![c] = true
  }

  let changed = true
  while (changed) {
    changed = false
    for (let r = 0; r < rows.length; r++) {
      if (hidden[r]![0] && hidden[r]!.some((cell) => !cell)) {
        hidden[r]!.fill(true)
        changed = true
      }
    }
    for (const line of lines) {
      if (isHidden(line.total)) continue
      const holes = line.members.filter(isHidden).length
      if (holes !== 1) continue
      const visible = line.members.filter((cell) => !isHidden(cell))
      const smallest = visible.reduce<Cell | undefined>(
        (best, cell) =>
          best === undefined || values[cell[0]]![cell[1]]! < values[best[0]]![best[1]]!
            ? cell
            : best,
        undefined,
      )
      hide(smallest ?? line.total)
      changed = true
    }
  }

  const protect = (r: number): ProtectedRow => {
    const cells = values[r]!.map((value, c) =>
      hidden[r]![c] ? { value: null, suppressed: true } : { value, suppressed: false },
    )
    return { respondents: cells[0]!, optionCounts: cells.slice(1) }
  }
  return {
    overall: protect(0),
    groups: table.groups.map((_group, index) => protect(index + 1)),
  }
}
