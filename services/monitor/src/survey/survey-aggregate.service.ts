import type { DataSource } from 'typeorm'
import type { RequestContext } from '../context'
import { SizeClass, sizeClassOf } from '../municipality/size-class'
import {
  type ImplementationStages,
  type LocalInclusionAgendaStatus,
  type SurveyAggregate,
  SurveyBreakdown,
  type SurveyGroupAggregate,
  type SurveyShare,
  type SurveyTrend,
} from './survey-aggregate.types'
import type { SurveyOption } from './survey-option.entity'
import {
  IMPLEMENTATION_STAGE_OPTIONS,
  LIA_STATUS_OPTIONS,
  QUESTION_CODES,
} from './survey-questionnaire'
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
    const overallRow = tabulate(facts, options)
    const table = suppressSmallCells({
      overall: overallRow,
      groups: groups.map((group) => tabulate(facts.filter(group.includes), options)),
    })
    return {
      edition,
      synthetic: editionRow.synthetic,
      question,
      breakdown,
      overall: { key: 'ALL', label: 'Alle gemeenten', ...present(table.overall, options) },
      groups: groups.map((group, index) => ({
        key: group.key,
        label: group.label,
        ...present(table.groups[index]!, options),
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
        const table = suppressSmallCells({
          overall: tabulate(
            facts.filter((fact) => fact.edition === edition),
            options,
          ),
          groups: [],
        })
        return {
          edition,
          synthetic: row instanceof Error ? false : (row?.synthetic ?? false),
          ...present(table.overall, options),
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
