import type { Readable } from 'node:stream'
import type { DataSource } from 'typeorm'
import { readSurveyCsv, type ImportSchema } from './survey-csv'
import type { SurveyQuestionKind } from './survey-questionnaire'
import { writeResponses } from './survey-response-writer'
import { SurveyError, SurveyErrorReason } from './survey.errors'

export interface SurveyImportResult {
  edition: number
  /** Data rows in the file. */
  rows: number
  inserted: number
  updated: number
  unchanged: number
  /** Synthetic demo responses removed because this was the edition's first real import. */
  syntheticRemoved: number
}

/**
 * Imports survey responses from CSV. Knows nothing of callers: the GraphQL mutation checks
 * that an admin asks; the CLI is run by an operator who holds the database credentials.
 */
export class SurveyImporter {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Validates the whole file first, then writes it in one transaction: a bad row writes nothing.
   * The first real import into an edition still holding demo data removes that data and marks
   * the edition real, so real and synthetic answers are never mixed.
   */
  async importCsv(edition: number, source: Readable | string): Promise<SurveyImportResult> {
    const records = await readSurveyCsv(source, await this.schemaOf(edition))

    return this.dataSource.transaction(async (manager) => {
      const runner = manager.queryRunner!
      // Serialises concurrent imports of one edition.
      const [locked]: Array<{ synthetic: boolean }> = await runner.query(
        `SELECT "synthetic" FROM "survey_edition" WHERE "year" = $1 FOR UPDATE`,
        [edition],
      )
      let syntheticRemoved = 0
      if (locked?.synthetic) {
        const removed = await runner.query(
          `DELETE FROM "survey_response" WHERE "edition_year" = $1`,
          [edition],
          true,
        )
        syntheticRemoved = (removed as { affected?: number }).affected ?? 0
        await runner.query(`UPDATE "survey_edition" SET "synthetic" = FALSE WHERE "year" = $1`, [
          edition,
        ])
      }
      const counts = await writeResponses(runner, edition, records)
      return { edition, rows: records.length, ...counts, syntheticRemoved }
    })
  }

  private async schemaOf(edition: number): Promise<ImportSchema> {
    const [exists]: unknown[] = await this.dataSource.query(
      `SELECT 1 FROM "survey_edition" WHERE "year" = $1`,
      [edition],
    )
    if (exists === undefined) {
      throw new SurveyError(
        SurveyErrorReason.UnknownEdition,
        `There is no survey edition ${edition}`,
      )
    }
    const options: Array<{ question: string; kind: SurveyQuestionKind; option: string }> =
      await this.dataSource.query(
        `SELECT q."code" AS question, q."kind" AS kind, o."code" AS option
         FROM "survey_edition_question" eq
         JOIN "survey_question" q ON q."code" = eq."question_code"
         JOIN "survey_option" o ON o."question_code" = q."code"
         WHERE eq."edition_year" = $1
         ORDER BY eq."position", o."position"`,
        [edition],
      )
    const questions = new Map<string, { kind: SurveyQuestionKind; options: Set<string> }>()
    for (const row of options) {
      const question = questions.get(row.question) ?? { kind: row.kind, options: new Set() }
      question.options.add(row.option)
      questions.set(row.question, question)
    }
    const municipalities: Array<{ code: string }> = await this.dataSource.query(
      `SELECT "code" FROM "municipality"`,
    )
    return {
      edition,
      questions,
      municipalityCodes: new Set(municipalities.map((row) => row.code)),
    }
  }
}
