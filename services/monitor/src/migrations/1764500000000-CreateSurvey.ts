import type { MigrationInterface, QueryRunner } from 'typeorm'

export class CreateSurvey1764500000000 implements MigrationInterface {
  name = 'CreateSurvey1764500000000'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "survey_edition" (
        "year" integer NOT NULL,
        "title_nl" text NOT NULL,
        "title_en" text NOT NULL,
        "synthetic" boolean NOT NULL,
        "municipality_count" integer NOT NULL,
        CONSTRAINT "PK_survey_edition" PRIMARY KEY ("year"),
        CONSTRAINT "CHK_survey_edition_year" CHECK ("year" BETWEEN 2000 AND 2999),
        CONSTRAINT "CHK_survey_edition_municipality_count" CHECK ("municipality_count" > 0)
      )
    `)
    await queryRunner.query(`
      CREATE TABLE "survey_question" (
        "code" varchar(64) NOT NULL,
        "text_nl" text NOT NULL,
        "text_en" text NOT NULL,
        "kind" varchar(16) NOT NULL,
        "position" integer NOT NULL,
        CONSTRAINT "PK_survey_question" PRIMARY KEY ("code"),
        CONSTRAINT "CHK_survey_question_code" CHECK ("code" ~ '^[A-Z][A-Z0-9_]*$'),
        CONSTRAINT "CHK_survey_question_kind" CHECK ("kind" IN ('SINGLE_CHOICE', 'MULTIPLE_CHOICE'))
      )
    `)
    await queryRunner.query(`
      CREATE TABLE "survey_option" (
        "question_code" varchar(64) NOT NULL,
        "code" varchar(64) NOT NULL,
        "label_nl" text NOT NULL,
        "label_en" text NOT NULL,
        "position" integer NOT NULL,
        CONSTRAINT "PK_survey_option" PRIMARY KEY ("question_code", "code"),
        CONSTRAINT "CHK_survey_option_code" CHECK ("code" ~ '^[A-Z][A-Z0-9_]*$'),
        CONSTRAINT "FK_survey_option_question" FOREIGN KEY ("question_code")
          REFERENCES "survey_question" ("code") ON DELETE CASCADE
      )
    `)
    await queryRunner.query(`
      CREATE TABLE "survey_edition_question" (
        "edition_year" integer NOT NULL,
        "question_code" varchar(64) NOT NULL,
        "position" integer NOT NULL,
        CONSTRAINT "PK_survey_edition_question" PRIMARY KEY ("edition_year", "question_code"),
        CONSTRAINT "FK_survey_edition_question_edition" FOREIGN KEY ("edition_year")
          REFERENCES "survey_edition" ("year") ON DELETE CASCADE,
        CONSTRAINT "FK_survey_edition_question_question" FOREIGN KEY ("question_code")
          REFERENCES "survey_question" ("code") ON DELETE CASCADE
      )
    `)
    // The editions that asked a question (SurveyQuestion.editions, trends) look up by question.
    await queryRunner.query(
      `CREATE INDEX "IDX_survey_edition_question_question_code" ON "survey_edition_question" ("question_code")`,
    )
    await queryRunner.query(`
      CREATE TABLE "survey_response" (
        "edition_year" integer NOT NULL,
        "municipality_code" varchar(6) NOT NULL,
        "created_at" timestamptz NOT NULL DEFAULT now(),
        "updated_at" timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT "PK_survey_response" PRIMARY KEY ("edition_year", "municipality_code"),
        CONSTRAINT "FK_survey_response_edition" FOREIGN KEY ("edition_year")
          REFERENCES "survey_edition" ("year") ON DELETE CASCADE,
        CONSTRAINT "FK_survey_response_municipality" FOREIGN KEY ("municipality_code")
          REFERENCES "municipality" ("code") ON DELETE CASCADE
      )
    `)
    // Participation and a municipality's own responses are looked up by municipality.
    await queryRunner.query(
      `CREATE INDEX "IDX_survey_response_municipality_code" ON "survey_response" ("municipality_code", "edition_year")`,
    )
    // One row per chosen option; a question without rows was not answered.
    await queryRunner.query(`
      CREATE TABLE "survey_answer" (
        "edition_year" integer NOT NULL,
        "municipality_code" varchar(6) NOT NULL,
        "question_code" varchar(64) NOT NULL,
        "option_code" varchar(64) NOT NULL,
        CONSTRAINT "PK_survey_answer"
          PRIMARY KEY ("edition_year", "municipality_code", "question_code", "option_code"),
        CONSTRAINT "FK_survey_answer_response" FOREIGN KEY ("edition_year", "municipality_code")
          REFERENCES "survey_response" ("edition_year", "municipality_code") ON DELETE CASCADE,
        CONSTRAINT "FK_survey_answer_edition_question" FOREIGN KEY ("edition_year", "question_code")
          REFERENCES "survey_edition_question" ("edition_year", "question_code"),
        CONSTRAINT "FK_survey_answer_option" FOREIGN KEY ("question_code", "option_code")
          REFERENCES "survey_option" ("question_code", "code")
      )
    `)
    // Aggregates and trends read every answer to one question in one or all editions.
    await queryRunner.query(
      `CREATE INDEX "IDX_survey_answer_question" ON "survey_answer" ("question_code", "edition_year")`,
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "survey_answer"`)
    await queryRunner.query(`DROP TABLE "survey_response"`)
    await queryRunner.query(`DROP TABLE "survey_edition_question"`)
    await queryRunner.query(`DROP TABLE "survey_option"`)
    await queryRunner.query(`DROP TABLE "survey_question"`)
    await queryRunner.query(`DROP TABLE "survey_edition"`)
  }
}
