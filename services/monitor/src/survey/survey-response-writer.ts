import type { QueryRunner } from 'typeorm'

/** A municipality's complete response to one edition: chosen option codes per question code. */
export interface ResponseRecord {
  municipalityCode: string
  answers: Map<string, string[]>
}

export interface WriteCounts {
  inserted: number
  updated: number
  unchanged: number
}

/**
 * Upserts responses inside the caller's transaction. A record replaces the municipality's whole
 * response for the edition; a response whose answers are already exactly these is not touched,
 * so writing the same records twice changes nothing. Municipalities without a record are kept.
 */
export async function writeResponses(
  runner: QueryRunner,
  edition: number,
  records: readonly ResponseRecord[],
): Promise<WriteCounts> {
  const codes = records.map((record) => record.municipalityCode)
  const existingRows: Array<{
    municipality_code: string
    question_code: string | null
    option_code: string | null
  }> = await runner.query(
    `SELECT r."municipality_code", a."question_code", a."option_code"
     FROM "survey_response" r
     LEFT JOIN "survey_answer" a
       ON a."edition_year" = r."edition_year" AND a."municipality_code" = r."municipality_code"
     WHERE r."edition_year" = $1 AND r."municipality_code" = ANY($2::varchar[])`,
    [edition, codes],
  )
  const existing = new Map<string, Map<string, string[]>>()
  for (const row of existingRows) {
    const answers = existing.get(row.municipality_code) ?? new Map<string, string[]>()
    existing.set(row.municipality_code, answers)
    if (row.question_code !== null && row.option_code !== null) {
      answers.set(row.question_code, [...(answers.get(row.question_code) ?? []), row.option_code])
    }
  }

  const inserted: ResponseRecord[] = []
  const updated: ResponseRecord[] = []
  for (const record of records) {
    const current = existing.get(record.municipalityCode)
    if (current === undefined) inserted.push(record)
    else if (fingerprint(current) !== fingerprint(record.answers)) updated.push(record)
  }

  if (inserted.length > 0) {
    await runner.query(
      `INSERT INTO "survey_response" ("edition_year", "municipality_code")
       SELECT $1, code FROM unnest($2::varchar[]) AS code`,
      [edition, inserted.map((record) => record.municipalityCode)],
    )
  }
  if (updated.length > 0) {
    const updatedCodes = updated.map((record) => record.municipalityCode)
    await runner.query(
      `UPDATE "survey_response" SET "updated_at" = now()
       WHERE "edition_year" = $1 AND "municipality_code" = ANY($2::varchar[])`,
      [edition, updatedCodes],
    )
    await runner.query(
      `DELETE FROM "survey_answer"
       WHERE "edition_year" = $1 AND "municipality_code" = ANY($2::varchar[])`,
      [edition, updatedCodes],
    )
  }
  const answerRows = [...inserted, ...updated].flatMap((record) =>
    [...record.answers].flatMap(([question, options]) =>
      options.map((option) => [record.municipalityCode, question, option] as const),
    ),
  )
  if (answerRows.length > 0) {
    // unnest() keeps the statement to four parameters however many answers there are.
    await runner.query(
      `INSERT INTO "survey_answer" ("edition_year", "municipality_code", "question_code", "option_code")
       SELECT $1, * FROM unnest($2::varchar[], $3::varchar[], $4::varchar[])`,
      [
        edition,
        answerRows.map(([code]) => code),
        answerRows.map(([, question]) => question),
        answerRows.map(([, , option]) => option),
      ],
    )
  }
  return {
    inserted: inserted.length,
    updated: updated.length,
    unchanged: records.length - inserted.length - updated.length,
  }
}

/** Order-independent text of a set of answers, for comparing two of them. */
function fingerprint(answers: Map<string, string[]>): string {
  return [...answers]
    .filter(([, options]) => options.length > 0)
    .map(([question, options]) => `${question}=${[...options].sort().join('|')}`)
    .sort()
    .join(';')
}
