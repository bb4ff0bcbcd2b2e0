import type { DataSource, QueryRunner } from 'typeorm'
import { taxonomyCrpdArticles, taxonomyLifeDomains } from '../taxonomy/taxonomy-data'

export interface TaxonomySeedResult {
  /** Rows inserted or changed; 0 when the database already matches @idm/reference. */
  lifeDomainsWritten: number
  crpdArticlesWritten: number
  linksInserted: number
  linksDeleted: number
}

/**
 * Makes the life-domain and CRPD-article tables match @idm/reference, in one transaction, like the
 * municipality seed: unchanged rows are not rewritten; entries gone from the files are kept (data
 * may refer to them) but their article links, which the files alone define, are replaced.
 */
export async function seedTaxonomy(dataSource: DataSource): Promise<TaxonomySeedResult> {
  const runner = dataSource.createQueryRunner()
  try {
    await runner.startTransaction()
    const result = await writeReferenceData(runner)
    await runner.commitTransaction()
    return result
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction()
    throw error
  } finally {
    await runner.release()
  }
}

async function writeReferenceData(runner: QueryRunner): Promise<TaxonomySeedResult> {
  const domains = taxonomyLifeDomains()
  const articles = taxonomyCrpdArticles()

  const domainsWritten = await runner.query(
    `INSERT INTO "life_domain" ("slug", "name_nl", "name_en", "position")
     SELECT * FROM unnest($1::varchar[], $2::text[], $3::text[], $4::integer[])
     ON CONFLICT ("slug") DO UPDATE SET
       "name_nl" = excluded."name_nl", "name_en" = excluded."name_en", "position" = excluded."position"
     WHERE ("life_domain"."name_nl", "life_domain"."name_en", "life_domain"."position")
       IS DISTINCT FROM (excluded."name_nl", excluded."name_en", excluded."position")`,
    [
      domains.map((domain) => domain.slug),
      domains.map((domain) => domain.nameNl),
      domains.map((domain) => domain.nameEn),
      domains.map((_domain, index) => index + 1),
    ],
    true,
  )
  const articlesWritten = await runner.query(
    `INSERT INTO "crpd_article" ("number", "title_en", "title_nl")
     SELECT * FROM unnest($1::integer[], $2::text[], $3::text[])
     ON CONFLICT ("number") DO UPDATE SET
       "title_en" = excluded."title_en", "title_nl" = excluded."title_nl"
     WHERE ("crpd_article"."title_en", "crpd_article"."title_nl")
       IS DISTINCT FROM (excluded."title_en", excluded."title_nl")`,
    [
      articles.map((article) => article.number),
      articles.map((article) => article.titleEn),
      articles.map((article) => article.titleNl),
    ],
    true,
  )

  const links = articles.flatMap((article) =>
    article.lifeDomains.map((slug) => [article.number, slug] as const),
  )
  const numbers = links.map(([number]) => number)
  const slugs = links.map(([, slug]) => slug)
  const deleted = await runner.query(
    `DELETE FROM "crpd_article_life_domain" AS l
     WHERE NOT EXISTS (
       SELECT 1 FROM unnest($1::integer[], $2::varchar[]) AS s("article_number", "life_domain_slug")
       WHERE s."article_number" = l."article_number" AND s."life_domain_slug" = l."life_domain_slug"
     )`,
    [numbers, slugs],
    true,
  )
  const inserted = await runner.query(
    `INSERT INTO "crpd_article_life_domain" ("article_number", "life_domain_slug")
     SELECT * FROM unnest($1::integer[], $2::varchar[])
     ON CONFLICT DO NOTHING`,
    [numbers, slugs],
    true,
  )

  return {
    lifeDomainsWritten: domainsWritten.affected ?? 0,
    crpdArticlesWritten: articlesWritten.affected ?? 0,
    linksInserted: inserted.affected ?? 0,
    linksDeleted: deleted.affected ?? 0,
  }
}
