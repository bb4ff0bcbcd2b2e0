import DataLoader from 'dataloader'
import { type DataSource, In } from 'typeorm'
import { SurveyAnswerOption } from './survey-answer.entity'
import { SurveyEditionQuestion } from './survey-edition-question.entity'
import { SurveyEdition } from './survey-edition.entity'
import { SurveyOption } from './survey-option.entity'
import { SurveyQuestion } from './survey-question.entity'
import { SurveyResponse } from './survey-response.entity'

/** Key of one response: `${year}:${municipalityCode}`. */
export function responseKey(editionYear: number, municipalityCode: string): string {
  return `${editionYear}:${municipalityCode}`
}

function parseResponseKey(key: string): { editionYear: number; municipalityCode: string } {
  const [year, municipalityCode] = key.split(':')
  return { editionYear: Number(year), municipalityCode: municipalityCode ?? '' }
}

/** One answered question of a response: the chosen option codes in option order. */
export interface AnswerRow {
  questionCode: string
  optionCodes: string[]
}

/** Request-scoped: created per request so cached rows never outlive it. */
export interface SurveyLoaders {
  surveyEditionByYear: DataLoader<number, SurveyEdition | null>
  surveyRespondentCountByEdition: DataLoader<number, number>
  surveyQuestionByCode: DataLoader<string, SurveyQuestion | null>
  surveyQuestionsByEdition: DataLoader<number, SurveyQuestion[]>
  surveyOptionsByQuestion: DataLoader<string, SurveyOption[]>
  surveyEditionsByQuestion: DataLoader<string, number[]>
  /** Years a municipality responded in: public participation, not the answers. */
  surveyParticipationByMunicipality: DataLoader<string, number[]>
  surveyResponsesByMunicipality: DataLoader<string, SurveyResponse[]>
  surveyResponseByKey: DataLoader<string, SurveyResponse | null>
  surveyAnswersByResponse: DataLoader<string, AnswerRow[]>
}

export function createSurveyLoaders(dataSource: DataSource): SurveyLoaders {
  const editions = dataSource.getRepository(SurveyEdition)
  const questions = dataSource.getRepository(SurveyQuestion)
  const options = dataSource.getRepository(SurveyOption)
  const links = dataSource.getRepository(SurveyEditionQuestion)
  const responses = dataSource.getRepository(SurveyResponse)
  const answers = dataSource.getRepository(SurveyAnswerOption)

  const groupBy = <K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] => {
    const byKey = new Map<K, V[]>(keys.map((key) => [key, []]))
    for (const row of rows) byKey.get(keyOf(row))?.push(row)
    return keys.map((key) => byKey.get(key) ?? [])
  }

  return {
    surveyEditionByYear: new DataLoader(async (years) => {
      const rows = await editions.findBy({ year: In([...years]) })
      const byYear = new Map(rows.map((row) => [row.year, row]))
      return years.map((year) => byYear.get(year) ?? null)
    }),

    surveyRespondentCountByEdition: new DataLoader(async (years) => {
      const rows: Array<{ year: number; count: number }> = await responses
        .createQueryBuilder('r')
        .select('r.editionYear', 'year')
        .addSelect('count(*)::int', 'count')
        .where('r.editionYear IN (:...years)', { years: [...years] })
        .groupBy('r.editionYear')
        .getRawMany()
      const byYear = new Map(rows.map((row) => [row.year, row.count]))
      return years.map((year) => byYear.get(year) ?? 0)
    }),

    surveyQuestionByCode: new DataLoader(async (codes) => {
      const rows = await questions.findBy({ code: In([...codes]) })
      const byCode = new Map(rows.map((row) => [row.code, row]))
      return codes.map((code) => byCode.get(code) ?? null)
    }),

    surveyQuestionsByEdition: new DataLoader(async (years) => {
      const rows = await links.find({
        where: { editionYear: In([...years]) },
        order: { editionYear: 'ASC', position: 'ASC' },
      })
      const codes = [...new Set(rows.map((row) => row.questionCode))]
      const found = codes.length === 0 ? [] : await questions.findBy({ code: In(codes) })
      const byCode = new Map(found.map((question) => [question.code, question]))
      return groupBy(years, rows, (row) => row.editionYear).map((group) =>
        group.flatMap((row) => byCode.get(row.questionCode) ?? []),
      )
    }),

    surveyOptionsByQuestion: new DataLoader(async (codes) => {
      const rows = await options.find({
        where: { questionCode: In([...codes]) },
        order: { questionCode: 'ASC', position: 'ASC' },
      })
      return groupBy(codes, rows, (row) => row.questionCode)
    }),

    surveyEditionsByQuestion: new DataLoader(async (codes) => {
      const rows = await links.find({
        where: { questionCode: In([...codes]) },
        order: { editionYear: 'ASC' },
      })
      return groupBy(codes, rows, (row) => row.questionCode).map((group) =>
        group.map((row) => row.editionYear),
      )
    }),

    surveyParticipationByMunicipality: new DataLoader(async (codes) => {
      const rows = await responses.find({
        select: { municipalityCode: true, editionYear: true },
        where: { municipalityCode: In([...codes]) },
        order: { municipalityCode: 'ASC', editionYear: 'ASC' },
      })
      return groupBy(codes, rows, (row) => row.municipalityCode).map((group) =>
        group.map((row) => row.editionYear),
      )
    }),

    surveyResponsesByMunicipality: new DataLoader(async (codes) => {
      const rows = await responses.find({
        where: { municipalityCode: In([...codes]) },
        order: { municipalityCode: 'ASC', editionYear: 'ASC' },
      })
      return groupBy(codes, rows, (row) => row.municipalityCode)
    }),

    surveyResponseByKey: new DataLoader(async (keys) => {
      const parsed = keys.map(parseResponseKey)
      const rows = await responses.find({ where: parsed })
      const byKey = new Map(
        rows.map((row) => [responseKey(row.editionYear, row.municipalityCode), row]),
      )
      return keys.map((key) => byKey.get(key) ?? null)
    }),

    surveyAnswersByResponse: new DataLoader(async (keys) => {
      const parsed = keys.map(parseResponseKey)
      const rows = await answers
        .createQueryBuilder('a')
        .innerJoin(SurveyOption, 'o', 'o.questionCode = a.questionCode AND o.code = a.optionCode')
        .innerJoin(SurveyQuestion, 'q', 'q.code = a.questionCode')
        .where(
          '(a.editionYear, a.municipalityCode) IN (SELECT * FROM unnest(CAST(:years AS integer[]), CAST(:codes AS varchar[])))',
          {
            years: parsed.map((key) => key.editionYear),
            codes: parsed.map((key) => key.municipalityCode),
          },
        )
        .orderBy('q.position', 'ASC')
        .addOrderBy('o.position', 'ASC')
        .getMany()
      const byKey = new Map<string, AnswerRow[]>(keys.map((key) => [key, []]))
      for (const row of rows) {
        const list = byKey.get(responseKey(row.editionYear, row.municipalityCode))
        if (list === undefined) continue
        const last = list.at(-1)
        if (last?.questionCode === row.questionCode) last.optionCodes.push(row.optionCode)
        else list.push({ questionCode: row.questionCode, optionCodes: [row.optionCode] })
      }
      return keys.map((key) => byKey.get(key) ?? [])
    }),
  }
}
