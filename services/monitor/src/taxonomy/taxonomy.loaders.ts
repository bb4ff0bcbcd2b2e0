import DataLoader from 'dataloader'
import { type DataSource, In } from 'typeorm'
import { CrpdArticleLifeDomain } from './crpd-article-life-domain.entity'
import { CrpdArticle } from './crpd-article.entity'
import { LifeDomain } from './life-domain.entity'

/** Request-scoped: created per request so cached rows never outlive it. */
export interface TaxonomyLoaders {
  lifeDomainBySlug: DataLoader<string, LifeDomain | null>
  crpdArticleByNumber: DataLoader<number, CrpdArticle | null>
  crpdArticlesByLifeDomain: DataLoader<string, CrpdArticle[]>
  lifeDomainsByCrpdArticle: DataLoader<number, LifeDomain[]>
}

export function createTaxonomyLoaders(dataSource: DataSource): TaxonomyLoaders {
  const domains = dataSource.getRepository(LifeDomain)
  const articles = dataSource.getRepository(CrpdArticle)
  const links = dataSource.getRepository(CrpdArticleLifeDomain)

  return {
    lifeDomainBySlug: new DataLoader(async (slugs) => {
      const rows = await domains.findBy({ slug: In([...slugs]) })
      const bySlug = new Map(rows.map((row) => [row.slug, row]))
      return slugs.map((slug) => bySlug.get(slug) ?? null)
    }),

    crpdArticleByNumber: new DataLoader(async (numbers) => {
      const rows = await articles.findBy({ number: In([...numbers]) })
      const byNumber = new Map(rows.map((row) => [row.number, row]))
      return numbers.map((number) => byNumber.get(number) ?? null)
    }),

    crpdArticlesByLifeDomain: new DataLoader(async (slugs) => {
      const rows = await links.find({
        where: { lifeDomainSlug: In([...slugs]) },
        relations: { article: true },
        order: { lifeDomainSlug: 'ASC', articleNumber: 'ASC' },
      })
      const bySlug = new Map<string, CrpdArticle[]>(slugs.map((slug) => [slug, []]))
      for (const row of rows) {
        if (row.article) bySlug.get(row.lifeDomainSlug)?.push(row.article)
      }
      return slugs.map((slug) => bySlug.get(slug) ?? [])
    }),

    lifeDomainsByCrpdArticle: new DataLoader(async (numbers) => {
      const rows = await links
        .createQueryBuilder('link')
        .innerJoinAndSelect('link.lifeDomain', 'domain')
        .where('link.articleNumber IN (:...numbers)', { numbers: [...numbers] })
        .orderBy('link.articleNumber', 'ASC')
        .addOrderBy('domain.position', 'ASC')
        .getMany()
      const byNumber = new Map<number, LifeDomain[]>(numbers.map((number) => [number, []]))
      for (const row of rows) {
        if (row.lifeDomain) byNumber.get(row.articleNumber)?.push(row.lifeDomain)
      }
      return numbers.map((number) => byNumber.get(number) ?? [])
    }),
  }
}
