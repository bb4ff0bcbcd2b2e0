import type { DataSource } from 'typeorm'
import { type Connection, decodeCursor } from '../common/connection'
import { pageByIntegerKey } from '../common/keyset-page'
import type { RequestContext } from '../context'
import { CrpdArticle } from './crpd-article.entity'
import { LifeDomain, LIFE_DOMAIN_SLUG_PATTERN } from './life-domain.entity'
import { TaxonomyError, TaxonomyErrorReason } from './taxonomy.errors'

export interface PageQuery {
  first: number
  after?: string | null
}

export interface CrpdArticleListQuery extends PageQuery {
  filter?: { lifeDomain?: string | null } | null
}

/** Reading life domains and CRPD articles: public reference data, seeded from @idm/reference. */
export class TaxonomyService {
  constructor(private readonly dataSource: DataSource) {}

  findLifeDomain(ctx: RequestContext, slug: string): Promise<LifeDomain | null> {
    return ctx.loaders.lifeDomainBySlug.load(slug)
  }

  /** Other subgraphs may hold slugs we never issued: an unresolvable reference is null. */
  async resolveLifeDomainReference(ctx: RequestContext, slug: string): Promise<LifeDomain | null> {
    if (typeof slug !== 'string' || !LIFE_DOMAIN_SLUG_PATTERN.test(slug)) return null
    return ctx.loaders.lifeDomainBySlug.load(slug)
  }

  findCrpdArticle(ctx: RequestContext, number: number): Promise<CrpdArticle | null> {
    return ctx.loaders.crpdArticleByNumber.load(number)
  }

  crpdArticlesOf(ctx: RequestContext, domain: Pick<LifeDomain, 'slug'>): Promise<CrpdArticle[]> {
    return ctx.loaders.crpdArticlesByLifeDomain.load(domain.slug)
  }

  lifeDomainsOf(ctx: RequestContext, article: Pick<CrpdArticle, 'number'>): Promise<LifeDomain[]> {
    return ctx.loaders.lifeDomainsByCrpdArticle.load(article.number)
  }

  /** Life domains in reference-file order; the cursor holds the position. */
  async listLifeDomains(_ctx: RequestContext, query: PageQuery): Promise<Connection<LifeDomain>> {
    const after = query.after == null ? null : decodeNumber(query.after, 'lifeDomains')
    const all = () => this.dataSource.getRepository(LifeDomain).createQueryBuilder('d')
    return pageByIntegerKey(
      all(),
      all(),
      'd.position',
      after,
      query.first,
      (domain) => domain.position,
    )
  }

  /** CRPD articles by number, optionally only those touching one life domain. */
  async listCrpdArticles(
    _ctx: RequestContext,
    query: CrpdArticleListQuery,
  ): Promise<Connection<CrpdArticle>> {
    const after = query.after == null ? null : decodeNumber(query.after, 'crpdArticles')
    const filtered = () => {
      const builder = this.dataSource.getRepository(CrpdArticle).createQueryBuilder('a')
      const slug = query.filter?.lifeDomain
      if (slug != null) {
        builder.andWhere(
          `EXISTS (SELECT 1 FROM "crpd_article_life_domain" l
                   WHERE l."article_number" = a."number" AND l."life_domain_slug" = :slug)`,
          { slug },
        )
      }
      return builder
    }
    return pageByIntegerKey(
      filtered(),
      filtered(),
      'a.number',
      after,
      query.first,
      (article) => article.number,
    )
  }
}

function decodeNumber(cursor: string, field: string): number {
  const key = decodeCursor(cursor)
  if (key === null || !/^\d{1,9}$/.test(key)) {
    throw new TaxonomyError(
      TaxonomyErrorReason.InvalidCursor,
      `after is not a cursor returned by ${field}; pass an edge cursor or pageInfo.endCursor`,
    )
  }
  return Number(key)
}
