import type { DataSource } from 'typeorm'
import type { RequestContext } from '../context'
import { SizeClass, sizeClassOf } from '../municipality/size-class'
import { anyOfRow, type AnyOfRowSource, type AnyOfTable } from './any-of'
import {
  type ImplementationStages,
  type LocalInclusionAgendaStatus,
  type SurveyAggregate,
  type SurveyAnyOfShare,
  SurveyBreakdown,
  type SurveyGroupAggregate,
  type SurveyShare,
  type SurveyTrend,
} from './survey-aggregate.types'
import type { SurveyOption } from './survey-option.entity'
import type { SurveyQuestion } from './survey-question.entity'
import {
  IMPLEMENTATION_STAGE_OPTIONS,
  LIA_STATUS_OPTIONS,
  QUESTION_CODES,
  SurveyQuestionKind,
} from './survey-questionnaire'
import { SurveyError, SurveyErrorReason } from './survey.errors'
import { type ProtectedRow, suppressSmallCells, type TabulationRow } from './suppression'

const SIZE_CLASS_LABELS: Readonly<Record<SizeClass, string>> = {
  [SizeClass.Under20k]: 'Minder dan 20.000 inwoners',
  [SizeClass.From20kTo50k]: '20.000 tot 50.000 inwoners',
  [SizeClass.From50kTo100k]: '50.000 tot 100.000 inwoners',
  [SizeClass.From100k]: '100.000 inwoners of meer',
}

/** One respondent's answer to the question, with what the breakdowns group by. */
interface AnswerFact {
  edition: number
  province: string
  inhabitants: number
  options: string[]
}

interface Group {
  key: string
  label: string
  includes: (fact: AnswerFact) => boolean
}

/**
 * Public figures computed from the confidential responses. Every number leaves here only
 * through `suppressSmallCells`, so no group or option below 5 respondents can be read or derived.
 */
export class SurveyAggregateService {
  constructor(private readonly dataSource: DataSource) {}

  /** Null when the edition did not ask the question (or either does not exist). */
  async aggregate(
    ctx: RequestContext,
    edition: number,
    questionCode: string,
    breakdown: SurveyBreakdown,
  ): Promise<SurveyAggregate | null> {
    const [question, editions, options, editionRow] = await Promise.all([
      ctx.loaders.surveyQuestionByCode.load(questionCode),
      ctx.loaders.surveyEditionsByQuestion.load(questionCode),
      ctx.loaders.surveyOptionsByQuestion.load(questionCode),
      ctx.loaders.surveyEditionByYear.load(edition),
    ])
    if (question === null || editionRow === null || !editions.includes(edition)) return null

    const [facts, groups] = await Promise.all([
      this.factsOf(questionCode, edition),
      this.groupsOf(breakdown),
    ])
    const rows = [facts, ...groups.map((group) => facts.filter(group.includes))]
    const table = suppressSmallCells({
      overall: tabulate(rows[0]!, options),
      groups: rows.slice(1).map((row) => tabulate(row, options)),
    })
    const anyOfTable = anyOfTableOf(question, options, rows, [table.overall, ...table.groups])
    return {
      edition,
      synthetic: editionRow.synthetic,
      question,
      breakdown,
      overall: {
        key: 'ALL',
        label: 'Alle gemeenten',
        ...present(table.overall, options),
        anyOfTable,
        anyOfRow: 0,
      },
      groups: groups.map((group, index) => ({
        key: group.key,
        label: group.label,
        ...present(table.groups[index]!, options),
        anyOfTable,
        anyOfRow: index + 1,
      })),
    }
  }

  /** National figures of a question in every edition that asked it; null for an unknown code. */
  async trend(ctx: RequestContext, questionCode: string): Promise<SurveyTrend | null> {
    const [question, editions, options] = await Promise.all([
      ctx.loaders.surveyQuestionByCode.load(questionCode),
      ctx.loaders.surveyEditionsByQuestion.load(questionCode),
      ctx.loaders.surveyOptionsByQuestion.load(questionCode),
    ])
    if (question === null) return null
    const [facts, editionRows] = await Promise.all([
      this.factsOf(questionCode, null),
      ctx.loaders.surveyEditionByYear.loadMany(editions),
    ])
    return {
      question,
      points: editions.map((edition, index) => {
        const row = editionRows[index]
        const editionFacts = facts.filter((fact) => fact.edition === edition)
        const table = suppressSmallCells({ overall: tabulate(editionFacts, options), groups: [] })
        return {
          edition,
          synthetic: row instanceof Error ? false : (row?.synthetic ?? false),
          ...present(table.overall, options),
          anyOfTable: anyOfTableOf(question, options, [editionFacts], [table.overall]),
          anyOfRow: 0,
        }
      }),
    }
  }

  async implementationStages(
    ctx: RequestContext,
    edition: number,
  ): Promise<ImplementationStages | null> {
    const aggregate = await this.aggregate(
      ctx,
      edition,
      QUESTION_CODES.implementationStage,
      SurveyBreakdown.NONE,
    )
    if (aggregate === null) return null
    const share = shareOf(aggregate.overall)
    return {
      edition,
      synthetic: aggregate.synthetic,
      respondents: aggregate.overall.respondents,
      fullyEngaged: share(IMPLEMENTATION_STAGE_OPTIONS.fullyEngaged),
      willingWithObstacles: share(IMPLEMENTATION_STAGE_OPTIONS.willingWithObstacles),
      notStarted: share(IMPLEMENTATION_STAGE_OPTIONS.notStarted),
    }
  }

  async localInclusionAgendaStatus(
    ctx: RequestContext,
    edition: number,
  ): Promise<LocalInclusionAgendaStatus | null> {
    const aggregate = await this.aggregate(ctx, edition, QUESTION_CODES.lia, SurveyBreakdown.NONE)
    if (aggregate === null) return null
    const share = shareOf(aggregate.overall)
    return {
      edition,
      synthetic: aggregate.synthetic,
      respondents: aggregate.overall.respondents,
      notStarted: share(LIA_STATUS_OPTIONS.notStarted),
      exploring: share(LIA_STATUS_OPTIONS.exploring),
      inDevelopment: share(LIA_STATUS_OPTIONS.inDevelopment),
      adopted: share(LIA_STATUS_OPTIONS.adopted),
      inExecution: share(LIA_STATUS_OPTIONS.inExecution),
    }
  }

  /**
   * Respondents of one row of an aggregate or trend point who chose at least one of the options,
   * under the same small-cell rule (any-of.ts). Only for multiple-choice questions: the options of
   * a single-choice question exclude each other, so their shares add up.
   */
  anyOf(row: AnyOfRowSource, optionCodes: readonly string[]): SurveyAnyOfShare {
    const { question, options, computed } = row.anyOfTable
    if (question.kind !== SurveyQuestionKind.MULTIPLE_CHOICE) {
      throw new SurveyError(
        SurveyErrorReason.NotMultipleChoice,
        `${question.code} is a single-choice question; add the shares of its options instead`,
      )
    }
    const unknown = optionCodes.filter((code) => !options.some((option) => option.code === code))
    if (unknown.length > 0) {
      throw new SurveyError(
        SurveyErrorReason.UnknownOption,
        `${unknown.join(', ')} is not an option of ${question.code}; expected any of ${options
          .map((option) => option.code)
          .join(', ')}`,
      )
    }
    const selected = options.filter((option) => optionCodes.includes(option.code))
    const key = selected.map((option) => option.code).join(',')
    let table = computed.get(key)
    if (table === undefined) {
      const codes = selected.map((option) => option.code)
      const rows = row.anyOfTable.choices.map((choices, index) =>
        anyOfRow(choices, codes, row.anyOfTable.respondentsWithheld[index]!),
      )
      table = suppressSmallCells({ overall: rows[0]!, groups: rows.slice(1) })
      computed.set(key, table)
    }
    const cells = row.anyOfRow === 0 ? table.overall : table.groups[row.anyOfRow - 1]!
    const respondents = cells.respondents.value
    const count = cells.optionCounts[0]!
    return {
      options: selected,
      count: count.value,
      share: count.value === null || !respondents ? null : count.value / respondents,
      suppressed: count.suppressed,
    }
  }

  /** Every answer to the question (in one edition, or all), one row per respondent. */
  private async factsOf(questionCode: string, edition: number | null): Promise<AnswerFact[]> {
    return this.dataSource.query(
      `SELECT a."edition_year" AS edition, m."province" AS province, m."inhabitants" AS inhabitants,
              array_agg(a."option_code") AS options
       FROM "survey_answer" a
       JOIN "municipality" m ON m."code" = a."municipality_code"
       WHERE a."question_code" = $1 AND ($2::integer IS NULL OR a."edition_year" = $2)
       GROUP BY a."edition_year", a."municipality_code", m."province", m."inhabitants"`,
      [questionCode, edition],
    )
  }

  /** Every group of a breakdown, also those without respondents: absence must not show. */
  private async groupsOf(breakdown: SurveyBreakdown): Promise<Group[]> {
    switch (breakdown) {
      case SurveyBreakdown.NONE:
        return []
      case SurveyBreakdown.SIZE_CLASS:
        return Object.values(SizeClass).map((sizeClass) => ({
          key: sizeClass,
          label: SIZE_CLASS_LABELS[sizeClass],
          includes: (fact) => sizeClassOf(fact.inhabitants) === sizeClass,
        }))
      case SurveyBreakdown.PROVINCE: {
        const provinces: Array<{ province: string }> = await this.dataSource.query(
          `SELECT DISTINCT "province" FROM "municipality" ORDER BY "province"`,
        )
        return provinces.map(({ province }) => ({
          key: province,
          label: province,
          includes: (fact) => fact.province === province,
        }))
      }
    }
  }
}

function tabulate(facts: AnswerFact[], options: SurveyOption[]): TabulationRow {
  return {
    respondents: facts.length,
    optionCounts: options.map(
      (option) => facts.filter((fact) => fact.options.includes(option.code)).length,
    ),
  }
}

function anyOfTableOf(
  question: SurveyQuestion,
  options: SurveyOption[],
  rows: AnswerFact[][],
  protectedRows: ProtectedRow[],
): AnyOfTable {
  return {
    question,
    options,
    choices: rows.map((facts) => facts.map((fact) => fact.options)),
    respondentsWithheld: protectedRows.map((row) => row.respondents.suppressed),
    computed: new Map(),
  }
}

function present(
  row: ProtectedRow,
  options: SurveyOption[],
): Pick<SurveyGroupAggregate, 'respondents' | 'suppressed' | 'options'> {
  const respondents = row.respondents.value
  return {
    respondents,
    suppressed: row.respondents.suppressed,
    options: options.map((option, index) => {
      const cell = row.optionCounts[index]!
      return {
        option,
        count: cell.value,
        share: cell.value === null || !respondents ? null : cell.value / respondents,
        suppressed: cell.suppressed,
      }
    }),
  }
}

function shareOf(group: SurveyGroupAggregate): (optionCode: string) => SurveyShare {
  return (optionCode) => {
    const found = group.options.find((entry) => entry.option.code === optionCode)
    return found === undefined
      ? { count: null, share: null, suppressed: true }
      : { count: found.count, share: found.share, suppressed: found.suppressed }
  }
}
