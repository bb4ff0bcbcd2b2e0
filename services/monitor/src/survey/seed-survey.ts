import type { QueryRunner } from 'typeorm'
import { affectedRows } from '../seed/seed-transaction'
import { SURVEY_EDITIONS, SURVEY_QUESTIONS } from './survey-questionnaire'

/**
 * Makes the questionnaire (editions, questions, options, which edition asked what) match
 * survey-questionnaire.ts, inside the caller's transaction; returns the rows inserted or changed.
 * Unchanged rows are not rewritten, so a second run writes nothing. A new edition starts out
 * `synthetic`; an existing one keeps its flag (the first import turns it off).
 */
export async function writeSurveyQuestionnaire(runner: QueryRunner): Promise<number> {
  const affected = (sql: string, parameters: unknown[]) => affectedRows(runner, sql, parameters)

  const editions = await affected(
    `INSERT INTO "survey_edition" ("year", "title_nl", "title_en", "synthetic", "municipality_count")
     SELECT y, tn, te, TRUE, mc FROM unnest($1::integer[], $2::text[], $3::text[], $4::integer[])
       AS s(y, tn, te, mc)
     ON CONFLICT ("year") DO UPDATE SET
       "title_nl" = excluded."title_nl", "title_en" = excluded."title_en",
       "municipality_count" = excluded."municipality_count"
     WHERE ("survey_edition"."title_nl", "survey_edition"."title_en", "survey_edition"."municipality_count")
       IS DISTINCT FROM (excluded."title_nl", excluded."title_en", excluded."municipality_count")`,
    [
      SURVEY_EDITIONS.map((edition) => edition.year),
      SURVEY_EDITIONS.map((edition) => edition.titleNl),
      SURVEY_EDITIONS.map((edition) => edition.titleEn),
      SURVEY_EDITIONS.map((edition) => edition.municipalityCount),
    ],
  )
  const questions = await affected(
    `INSERT INTO "survey_question" ("code", "text_nl", "text_en", "kind", "position")
     SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::varchar[], $5::integer[])
     ON CONFLICT ("code") DO UPDATE SET
       "text_nl" = excluded."text_nl", "text_en" = excluded."text_en",
       "kind" = excluded."kind", "position" = excluded."position"
     WHERE ("survey_question"."text_nl", "survey_question"."text_en", "survey_question"."kind",
            "survey_question"."position")
       IS DISTINCT FROM (excluded."text_nl", excluded."text_en", excluded."kind", excluded."position")`,
    [
      SURVEY_QUESTIONS.map((question) => question.code),
      SURVEY_QUESTIONS.map((question) => question.textNl),
      SURVEY_QUESTIONS.map((question) => question.textEn),
      SURVEY_QUESTIONS.map((question) => question.kind),
      SURVEY_QUESTIONS.map((_question, index) => index + 1),
    ],
  )
  const options = SURVEY_QUESTIONS.flatMap((question) =>
    question.options.map((option, index) => ({
      question: question.code,
      position: index + 1,
      ...option,
    })),
  )
  const optionsWritten = await affected(
    `INSERT INTO "survey_option" ("question_code", "code", "label_nl", "label_en", "position")
     SELECT * FROM unnest($1::varchar[], $2::varchar[], $3::text[], $4::text[], $5::integer[])
     ON CONFLICT ("question_code", "code") DO UPDATE SET
       "label_nl" = excluded."label_nl", "label_en" = excluded."label_en", "position" = excluded."position"
     WHERE ("survey_option"."label_nl", "survey_option"."label_en", "survey_option"."position")
       IS DISTINCT FROM (excluded."label_nl", excluded."label_en", excluded."position")`,
    [
      options.map((option) => option.question),
      options.map((option) => option.code),
      options.map((option) => option.labelNl),
      options.map((option) => option.labelEn),
      options.map((option) => option.position),
    ],
  )
  const links = SURVEY_QUESTIONS.flatMap((question, position) =>
    question.editions.map((year) => ({ year, question: question.code, position: position + 1 })),
  )
  const linksWritten = await affected(
    `INSERT INTO "survey_edition_question" ("edition_year", "question_code", "position")
     SELECT * FROM unnest($1::integer[], $2::varchar[], $3::integer[])
     ON CONFLICT ("edition_year", "question_code") DO UPDATE SET "position" = excluded."position"
     WHERE "survey_edition_question"."position" IS DISTINCT FROM excluded."position"`,
    [
      links.map((link) => link.year),
      links.map((link) => link.question),
      links.map((link) => link.position),
    ],
  )
  return editions + questions + optionsWritten + linksWritten
}
