import type { DataSource, QueryRunner } from 'typeorm'
import { inSeedTransaction } from '../seed/seed-transaction'
import { writeSurveyQuestionnaire } from '../survey/seed-survey'
import { writeResponses } from '../survey/survey-response-writer'
import { DEMO_EDITIONS, generateDemoResponses } from './demo-survey-responses'

export interface SurveySeedResult {
  /** Editions, questions, options and edition–question links inserted or changed. */
  questionnaireRowsWritten: number
  /** Demo responses inserted or changed; 0 when the database already holds them. */
  demoResponsesWritten: number
}

/**
 * The peiling with demo data: the questionnaire, then the editions still marked synthetic filled
 * with the deterministic demo responses, in one transaction. Unchanged rows are not rewritten, so
 * a second run writes nothing. Editions holding imported (real) responses are never touched.
 */
export async function seedDemoSurvey(dataSource: DataSource): Promise<SurveySeedResult> {
  return inSeedTransaction(dataSource, async (runner) => ({
    questionnaireRowsWritten: await writeSurveyQuestionnaire(runner),
    demoResponsesWritten: await writeDemoSurveyResponses(runner),
  }))
}

/** Fills every edition still marked synthetic with its deterministic demo responses. */
async function writeDemoSurveyResponses(runner: QueryRunner): Promise<number> {
  // Locked like an import locks its edition: an import committing meanwhile makes the edition
  // real, and PostgreSQL re-checks "synthetic" before handing us the row.
  const synthetic: Array<{ year: number }> = await runner.query(
    `SELECT "year" FROM "survey_edition" WHERE "synthetic" ORDER BY "year" FOR UPDATE`,
  )
  const codes: Array<{ code: string }> = await runner.query(`SELECT "code" FROM "municipality"`)
  const municipalityCodes = codes.map((row) => row.code)
  let written = 0
  for (const { year } of synthetic) {
    const demo = DEMO_EDITIONS.find((edition) => edition.year === year)
    if (demo === undefined) continue
    const counts = await writeResponses(
      runner,
      year,
      generateDemoResponses(demo, municipalityCodes),
    )
    written += counts.inserted + counts.updated
  }
  return written
}
