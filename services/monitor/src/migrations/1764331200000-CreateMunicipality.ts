import type { MigrationInterface, QueryRunner } from 'typeorm'

export class CreateMunicipality1764331200000 implements MigrationInterface {
  name = 'CreateMunicipality1764331200000'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "municipality" (
        "code" varchar(6) NOT NULL,
        "name" text NOT NULL,
        "province" text NOT NULL,
        "inhabitants" integer NOT NULL,
        "area_km2" numeric(8,2) NOT NULL,
        "seat" text NOT NULL,
        CONSTRAINT "PK_municipality" PRIMARY KEY ("code"),
        CONSTRAINT "CHK_municipality_code" CHECK ("code" ~ '^GM[0-9]{4}$'),
        CONSTRAINT "CHK_municipality_inhabitants" CHECK ("inhabitants" >= 0),
        CONSTRAINT "CHK_municipality_area_km2" CHECK ("area_km2" > 0)
      )
    `)
    // Serves case-insensitive name lookups and ordering; 342 rows make substring scans cheap anyway.
    await queryRunner.query(
      `CREATE INDEX "IDX_municipality_lower_name" ON "municipality" (lower("name"))`,
    )
    await queryRunner.query(
      `CREATE INDEX "IDX_municipality_province" ON "municipality" ("province")`,
    )
    await queryRunner.query(`
      CREATE TABLE "municipality_neighbour" (
        "municipality_code" varchar(6) NOT NULL,
        "neighbour_code" varchar(6) NOT NULL,
        CONSTRAINT "PK_municipality_neighbour" PRIMARY KEY ("municipality_code", "neighbour_code"),
        CONSTRAINT "FK_municipality_neighbour_municipality" FOREIGN KEY ("municipality_code")
          REFERENCES "municipality" ("code") ON DELETE CASCADE,
        CONSTRAINT "FK_municipality_neighbour_neighbour" FOREIGN KEY ("neighbour_code")
          REFERENCES "municipality" ("code") ON DELETE CASCADE,
        CONSTRAINT "CHK_municipality_neighbour_not_self" CHECK ("municipality_code" <> "neighbour_code")
      )
    `)
    // The primary key covers lookups by municipality_code; this one covers the reverse direction and FK deletes.
    await queryRunner.query(
      `CREATE INDEX "IDX_municipality_neighbour_neighbour_code" ON "municipality_neighbour" ("neighbour_code")`,
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "municipality_neighbour"`)
    await queryRunner.query(`DROP TABLE "municipality"`)
  }
}
