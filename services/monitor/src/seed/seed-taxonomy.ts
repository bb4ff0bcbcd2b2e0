import type { DataSource, QueryRunner } from 'typeorm'
import { taxonomyCrpdArticles, taxonomyLifeDomains } from '../taxonomy/taxonomy-data'
import { replaceLinks } from './replace-links'
import { affectedRows, inSeedTransaction } from './seed-transaction'

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
  return inSeedTransaction(dataSource, writeReferenceData)
}

async function writeReferenceData(runner: QueryRunner): Promise<TaxonomySeedResult> {
  const domains = taxonomyLifeDomains()
  const articles = taxonomyCrpdArticles()

  const domainsWritten = await affectedRows(
    runner,
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
  )
  const articlesWritten = await affectedRows(
    runner,
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
  )

  const links = await replaceLinks(
    runner,
    {
      table: 'crpd_article_life_domain',
      columns: ['article_number', 'life_domain_slug'],
      types: ['integer', 'varchar'],
    },
    articles.flatMap((article) =>
      article.lifeDomains.map((slug) => [article.number, slug] as const),
    ),
  )

  return {
    lifeDomainsWritten: domainsWritten,
    crpdArticlesWritten: articlesWritten,
    linksInserted: links.inserted,
    linksDeleted: links.deleted,
  }
}
