import { Readable } from 'node:stream'
import { CsvError, parse } from 'csv-parse'
import { MUNICIPALITY_CODE_PATTERN } from '../municipality/municipality.entity'
import { SurveyImportError, SurveyErrorReason } from './survey.errors'
import { SurveyQuestionKind } from './survey-questionnaire'
import type { ResponseRecord } from './survey-response-writer'

export const MUNICIPALITY_COLUMN = 'municipality_code'
export const CHOICE_SEPARATOR = '|'

/** What a CSV is checked against: the edition's questions and the known municipalities. */
export interface ImportSchema {
  edition: number
  questions: ReadonlyMap<string, { kind: SurveyQuestionKind; options: ReadonlySet<string> }>
  municipalityCodes: ReadonlySet<string>
}

/**
 * Reads a survey CSV (see docs/survey.md) as a stream and validates every row against the
 * edition. Throws a SurveyImportError naming the row and column of the first problem; returns
 * the responses only when the whole file is valid, so nothing is written for a bad file.
 */
export async function readSurveyCsv(
  source: Readable | string,
  schema: ImportSchema,
): Promise<ResponseRecord[]> {
  const input = typeof source === 'string' ? Readable.from([source]) : source
  const parser = input.pipe(
    parse({ bom: true, trim: true, skip_empty_lines: true, relax_column_count: true }),
  )
  input.on('error', (error) => parser.destroy(error))

  const records: ResponseRecord[] = []
  const seen = new Map<string, number>()
  let header: string[] | undefined
  let row = 0
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      row++
      if (header === undefined) header = readHeader(fields, schema)
      else records.push(readRow(fields, row, header, schema, seen))
    }
  } catch (error) {
    if (error instanceof CsvError) {
      throw new SurveyImportError(
        SurveyErrorReason.InvalidImportFile,
        row + 1,
        null,
        `not valid CSV (${error.message})`,
      )
    }
    throw error
  }
  if (header === undefined) {
    throw new SurveyImportError(
      SurveyErrorReason.InvalidImportHeader,
      1,
      null,
      `the file is empty; it needs a header row starting with ${MUNICIPALITY_COLUMN}`,
    )
  }
  return records
}

function readHeader(fields: string[], schema: ImportSchema): string[] {
  const fail = (column: string | null, problem: string): never => {
    throw new SurveyImportError(SurveyErrorReason.InvalidImportHeader, 1, column, problem)
  }
  if (fields[0] !== MUNICIPALITY_COLUMN) {
    fail(null, `the first column must be ${MUNICIPALITY_COLUMN}`)
  }
  const seen = new Set<string>()
  for (const column of fields) {
    if (seen.has(column)) fail(column, 'the column appears twice')
    seen.add(column)
    if (column === MUNICIPALITY_COLUMN) continue
    if (!schema.questions.has(column)) {
      fail(column, `edition ${schema.edition} has no question with this code`)
    }
  }
  return fields
}

function readRow(
  fields: string[],
  row: number,
  header: string[],
  schema: ImportSchema,
  seen: Map<string, number>,
): ResponseRecord {
  const fail = (column: string | null, problem: string): never => {
    throw new SurveyImportError(SurveyErrorReason.InvalidImportRow, row, column, problem)
  }
  if (fields.length !== header.length) {
    fail(null, `has ${fields.length} fields where the header has ${header.length}`)
  }

  const municipalityCode = fields[0]!
  if (!MUNICIPALITY_CODE_PATTERN.test(municipalityCode)) {
    fail(MUNICIPALITY_COLUMN, `"${municipalityCode}" is not a CBS code such as GM0363`)
  }
  if (!schema.municipalityCodes.has(municipalityCode)) {
    fail(MUNICIPALITY_COLUMN, `no municipality has the code ${municipalityCode}`)
  }
  const earlier = seen.get(municipalityCode)
  if (earlier !== undefined)
    fail(MUNICIPALITY_COLUMN, `${municipalityCode} is also on row ${earlier}`)
  seen.set(municipalityCode, row)

  const answers = new Map<string, string[]>()
  header.forEach((column, index) => {
    if (index === 0) return
    const cell = fields[index]!
    if (cell === '') return // not answered
    const question = schema.questions.get(column)!
    const chosen = cell.split(CHOICE_SEPARATOR).map((value) => value.trim())
    for (const option of chosen) {
      if (option === '') fail(column, `"${cell}" has an empty choice between separators`)
      if (!question.options.has(option)) {
        fail(
          column,
          `"${option}" is not an option; expected one of ${[...question.options].join(', ')}`,
        )
      }
    }
    if (new Set(chosen).size !== chosen.length) fail(column, `"${cell}" lists an option twice`)
    if (question.kind === SurveyQuestionKind.SINGLE_CHOICE && chosen.length !== 1) {
      fail(column, `single-choice question, but "${cell}" has ${chosen.length} choices`)
    }
    answers.set(column, chosen.sort())
  })
  if (answers.size === 0) fail(null, `${municipalityCode} answers no question`)
  return { municipalityCode, answers }
}
