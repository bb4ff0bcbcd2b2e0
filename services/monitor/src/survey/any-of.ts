import type { SurveyOption } from './survey-option.entity'
import type { SurveyQuestion } from './survey-question.entity'
import { MIN_CELL_SIZE, type ProtectedTabulation, type TabulationRow } from './suppression'

/** The most options one "any of" count may combine; each more doubles the combinations checked. */
export const MAX_ANY_OF_OPTIONS = 4

/**
 * One row of an "any of these options" table, ready for `suppressSmallCells`: the respondents,
 * then two cells, those who chose at least one of `selected` and those who chose none of them.
 *
 * A union count gives more away than its own size: with the published option counts, |A ∪ B|
 * yields |A ∩ B| and |B only| by subtraction. So the union is withheld unless every combination
 * of the selected options (exactly which of them a respondent chose; zero included) counts at
 * least `minCellSize`; the "none of them" cell is checked by its size like any cell. The
 * respondents are withheld where the question's own table withholds them
 * (`respondentsWithheld`), so this table never shows what that one hides.
 */
export function anyOfRow(
  chosen: readonly (readonly string[])[],
  selected: readonly string[],
  respondentsWithheld: boolean,
  minCellSize: number = MIN_CELL_SIZE,
): TabulationRow {
  // Respondents per combination, as a bit mask over `selected` (bit i: chose selected[i]).
  const combinations = new Array<number>(2 ** selected.length).fill(0)
  for (const options of chosen) {
    let mask = 0
    selected.forEach((code, bit) => {
      if (options.includes(code)) mask |= 1 << bit
    })
    combinations[mask]! += 1
  }
  const none = combinations[0]!
  const disclosive = combinations.some((count, mask) => mask !== 0 && count < minCellSize)
  return {
    respondents: chosen.length,
    optionCounts: [chosen.length - none, none],
    withheld: [respondentsWithheld, disclosive, false],
  }
}

/**
 * What an aggregate keeps (never as a field) so its rows can answer "any of" questions: the
 * respondents' choices per row of the whole table, since complementary suppression spans the
 * groups. Lives as long as the request's answer.
 */
export interface AnyOfTable {
  question: SurveyQuestion
  options: SurveyOption[]
  /** Per row, overall first, then the groups: each respondent's chosen option codes. */
  choices: string[][][]
  /** Per row: whether the question's own table withholds the respondents. */
  respondentsWithheld: boolean[]
  /** Protected "any of" tables computed so far, by the selected codes in option order. */
  computed: Map<string, ProtectedTabulation>
}

/** A row of an aggregate that can answer "any of": its table and its index (0: overall). */
export interface AnyOfRowSource {
  anyOfTable: AnyOfTable
  anyOfRow: number
}
