import type { MigrationInterface, QueryRunner } from 'typeorm'

export class CreateAssessment1764400100000 implements MigrationInterface {
  name = 'CreateAssessment1764400100000'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "measurement" (
        "id" uuid NOT NULL,
        "municipality_code" varchar(6) NOT NULL,
        "title" varchar(200) NOT NULL,
        "status" varchar(16) NOT NULL,
        "perspectives" varchar(16) array NOT NULL,
        "topics" varchar(64) array NOT NULL,
        "synthetic" boolean NOT NULL DEFAULT false,
        "started_by" varchar(64),
        "started_at" timestamptz NOT NULL,
        "closed_at" timestamptz,
        "published_at" timestamptz,
        CONSTRAINT "PK_measurement" PRIMARY KEY ("id"),
        CONSTRAINT "FK_measurement_municipality" FOREIGN KEY ("municipality_code")
          REFERENCES "municipality" ("code") ON DELETE CASCADE,
        CONSTRAINT "CHK_measurement_status" CHECK ("status" IN ('OPEN', 'CLOSED', 'PUBLISHED')),
        CONSTRAINT "CHK_measurement_perspectives" CHECK (cardinality("perspectives") > 0),
        CONSTRAINT "CHK_measurement_topics" CHECK (cardinality("topics") > 0),
        CONSTRAINT "CHK_measurement_closed_at" CHECK ("status" = 'OPEN' OR "closed_at" IS NOT NULL),
        CONSTRAINT "CHK_measurement_published_at" CHECK ("status" <> 'PUBLISHED' OR "published_at" IS NOT NULL)
      )
    `)
    // A municipality's measurements, newest first (Municipality.measurements, assessmentTrend).
    await queryRunner.query(
      `CREATE INDEX "IDX_measurement_municipality_started" ON "measurement" ("municipality_code", "started_at" DESC, "id")`,
    )
    // The latest published measurement per municipality (publishedScores, benchmarks).
    await queryRunner.query(
      `CREATE INDEX "IDX_measurement_published_latest" ON "measurement" ("municipality_code", "published_at" DESC, "id")
       WHERE "status" = 'PUBLISHED'`,
    )
    await queryRunner.query(`
      CREATE TABLE "assessment_response" (
        "id" uuid NOT NULL,
        "measurement_id" uuid NOT NULL,
        "perspective" varchar(16) NOT NULL,
        "topic" varchar(64) NOT NULL,
        "score" smallint NOT NULL,
        "comment" text,
        "submitted_by" varchar(64),
        "submitted_at" timestamptz NOT NULL,
        CONSTRAINT "PK_assessment_response" PRIMARY KEY ("id"),
        CONSTRAINT "FK_assessment_response_measurement" FOREIGN KEY ("measurement_id")
          REFERENCES "measurement" ("id") ON DELETE CASCADE,
        CONSTRAINT "FK_assessment_response_topic" FOREIGN KEY ("topic")
          REFERENCES "life_domain" ("slug"),
        CONSTRAINT "CHK_assessment_response_score" CHECK ("score" BETWEEN 1 AND 10),
        CONSTRAINT "CHK_assessment_response_perspective"
          CHECK ("perspective" IN ('COLLEAGUES', 'ADMINISTRATORS', 'RESIDENTS')),
        CONSTRAINT "CHK_assessment_response_comment" CHECK (char_length("comment") <= 2000)
      )
    `)
    // Aggregation per measurement × topic × perspective (results, scores, benchmarks).
    await queryRunner.query(
      `CREATE INDEX "IDX_assessment_response_measurement_cell" ON "assessment_response" ("measurement_id", "topic", "perspective")`,
    )
    // Serves the foreign key to life_domain.
    await queryRunner.query(
      `CREATE INDEX "IDX_assessment_response_topic" ON "assessment_response" ("topic")`,
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "assessment_response"`)
    await queryRunner.query(`DROP TABLE "measurement"`)
  }
}
