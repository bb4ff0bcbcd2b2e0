import type { MigrationInterface, QueryRunner } from 'typeorm'

export class CreateReferenceData1764400000000 implements MigrationInterface {
  name = 'CreateReferenceData1764400000000'

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "life_domain" (
        "slug" varchar(64) NOT NULL,
        "name_nl" text NOT NULL,
        "name_en" text NOT NULL,
        "position" integer NOT NULL,
        CONSTRAINT "PK_life_domain" PRIMARY KEY ("slug"),
        CONSTRAINT "CHK_life_domain_slug" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
      )
    `)
    await queryRunner.query(`
      CREATE TABLE "crpd_article" (
        "number" integer NOT NULL,
        "title_en" text NOT NULL,
        "title_nl" text NOT NULL,
        CONSTRAINT "PK_crpd_article" PRIMARY KEY ("number"),
        CONSTRAINT "CHK_crpd_article_number" CHECK ("number" BETWEEN 1 AND 50)
      )
    `)
    await queryRunner.query(`
      CREATE TABLE "crpd_article_life_domain" (
        "article_number" integer NOT NULL,
        "life_domain_slug" varchar(64) NOT NULL,
        CONSTRAINT "PK_crpd_article_life_domain" PRIMARY KEY ("article_number", "life_domain_slug"),
        CONSTRAINT "FK_crpd_article_life_domain_article" FOREIGN KEY ("article_number")
          REFERENCES "crpd_article" ("number") ON DELETE CASCADE,
        CONSTRAINT "FK_crpd_article_life_domain_life_domain" FOREIGN KEY ("life_domain_slug")
          REFERENCES "life_domain" ("slug") ON DELETE CASCADE
      )
    `)
    // The primary key serves article → domains; this one serves domain → articles (the filter).
    await queryRunner.query(
      `CREATE INDEX "IDX_crpd_article_life_domain_slug" ON "crpd_article_life_domain" ("life_domain_slug")`,
    )
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "crpd_article_life_domain"`)
    await queryRunner.query(`DROP TABLE "crpd_article"`)
    await queryRunner.query(`DROP TABLE "life_domain"`)
  }
}
