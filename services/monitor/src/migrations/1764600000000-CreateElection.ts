import type { MigrationInterface, QueryRunner } from 'typeorm'

export class CreateElection1764600000000 implements MigrationInterface {
  name = 'CreateElection1764600000000'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "election_submission" (
        "id" uuid NOT NULL,
        "kind" varchar(8) NOT NULL,
        "edition_year" integer NOT NULL,
        "municipality_code" varchar(6) NOT NULL,
        "state" varchar(12) NOT NULL,
        "email_hash" char(64) NOT NULL,
        "email" text,
        "answers" jsonb,
        "remark" text,
        "ip_hash" char(64) NOT NULL,
        "user_agent_hash" char(64) NOT NULL,
        "confirm_token_hash" char(64) NOT NULL,
        "confirm_expires_at" timestamptz NOT NULL,
        "withdraw_token_hash" char(64) NOT NULL,
        "withdraw_expires_at" timestamptz NOT NULL,
        "submitted_at" timestamptz NOT NULL,
        "confirmed_at" timestamptz,
        "withdrawn_at" timestamptz,
        "voided_at" timestamptz,
        "void_reason" text,
        "voided_by" varchar(64),
        "email_erased_at" timestamptz,
        CONSTRAINT "PK_election_submission" PRIMARY KEY ("id"),
        CONSTRAINT "FK_election_submission_municipality" FOREIGN KEY ("municipality_code")
          REFERENCES "municipality" ("code"),
        CONSTRAINT "UQ_election_submission_confirm_token" UNIQUE ("confirm_token_hash"),
        CONSTRAINT "UQ_election_submission_withdraw_token" UNIQUE ("withdraw_token_hash"),
        CONSTRAINT "CHK_election_submission_kind" CHECK ("kind" IN ('RATING', 'VOTE')),
        CONSTRAINT "CHK_election_submission_state"
          CHECK ("state" IN ('PENDING', 'CONFIRMED', 'SUPERSEDED', 'VOIDED', 'WITHDRAWN')),
        CONSTRAINT "CHK_election_submission_answers" CHECK (("kind" = 'RATING') = ("answers" IS NOT NULL)),
        CONSTRAINT "CHK_election_submission_remark" CHECK ("kind" = 'RATING' OR "remark" IS NULL),
        CONSTRAINT "CHK_election_submission_remark_length" CHECK (char_length("remark") <= 2000),
        CONSTRAINT "CHK_election_submission_confirmed_at"
          CHECK ("state" NOT IN ('CONFIRMED', 'SUPERSEDED') OR "confirmed_at" IS NOT NULL),
        CONSTRAINT "CHK_election_submission_voided"
          CHECK ("state" <> 'VOIDED' OR ("voided_at" IS NOT NULL AND "void_reason" IS NOT NULL)),
        CONSTRAINT "CHK_election_submission_email_erased" CHECK ("confirmed_at" IS NULL OR "email" IS NULL)
      )
    `)
    // One person, one vote: one confirmed vote per address per edition …
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_election_submission_confirmed_vote"
       ON "election_submission" ("edition_year", "email_hash")
       WHERE "kind" = 'VOTE' AND "state" = 'CONFIRMED'`,
    )
    // … and one confirmed rating per address per municipality per edition.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_election_submission_confirmed_rating"
       ON "election_submission" ("edition_year", "municipality_code", "email_hash")
       WHERE "kind" = 'RATING' AND "state" = 'CONFIRMED'`,
    )
    // Tallies and results per edition, kind, state and municipality.
    await queryRunner.query(
      `CREATE INDEX "IDX_election_submission_tally"
       ON "election_submission" ("edition_year", "kind", "state", "municipality_code")`,
    )
    // The daily confirmation-mail limit per address.
    await queryRunner.query(
      `CREATE INDEX "IDX_election_submission_email_hash_submitted"
       ON "election_submission" ("email_hash", "submitted_at")`,
    )
    // The erasure sweep: plain addresses whose link has expired.
    await queryRunner.query(
      `CREATE INDEX "IDX_election_submission_plain_email"
       ON "election_submission" ("confirm_expires_at") WHERE "email" IS NOT NULL`,
    )
    // Anomaly report: submissions per network (IP hash).
    await queryRunner.query(
      `CREATE INDEX "IDX_election_submission_ip"
       ON "election_submission" ("edition_year", "ip_hash")`,
    )
    // Serves the foreign key to municipality.
    await queryRunner.query(
      `CREATE INDEX "IDX_election_submission_municipality" ON "election_submission" ("municipality_code")`,
    )
    await queryRunner.query(`
      CREATE TABLE "election_proof" (
        "signature_hash" char(64) NOT NULL,
        "expires_at" timestamptz NOT NULL,
        CONSTRAINT "PK_election_proof" PRIMARY KEY ("signature_hash")
      )
    `)
    await queryRunner.query(
      `CREATE INDEX "IDX_election_proof_expires" ON "election_proof" ("expires_at")`,
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "election_proof"`)
    await queryRunner.query(`DROP TABLE "election_submission"`)
  }
}
