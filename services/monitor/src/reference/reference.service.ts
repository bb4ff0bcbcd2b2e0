import type { DataSource, SelectQueryBuilder } from 'typeorm'
import { type Connection, decodeCursor, toConnection } from '../common/connection'
import type { RequestContext } from '../context'
import { CrpdArticle } from './crpd-article.entity'
import { LifeDomain, LIFE_DOMAIN_SLUG_PATTERN } from './life-domain.entity'
import { ReferenceError, ReferenceErrorReason } from './reference.errors'

export interface PageQuery {
  first: number
  after?: string | null
}

export interface CrpdArticleListQuery extends PageQuery {
  filter?: { lifeDomain?: string | null } | null
}

/** Reading life domains and CRPD articles: public reference data, seeded from @idm/reference. */
export class ReferenceService {
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
    return page(all(), all(), 'd.position', after, query.first, (domain) => domain.position)
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
    return page(filtered(), filtered(), 'a.number', after, query.first, (article) => article.number)
  }
}

/** Count and page of one filtered query, keyed by an integer column. */
async function page<T extends object>(
  counting: SelectQueryBuilder<T>,
  paging: SelectQueryBuilder<T>,
  keyColumn: string,
  after: number | null,
  first: number,
  keyOf: (node: T) => number,
): Promise<Connection<T>> {
  const [counts, rows] = await Promise.all([
    counting
      .select('count(*)::int', 'total')
      .addSelect(
        after === null ? '0' : `count(*) FILTER (WHERE ${keyColumn} <= :after)::int`,
        'before',
      )
      .setParameter('after', after)
      .getRawOne<{ total: number; before: number }>(),
    paging
      .andWhere(after === null ? 'TRUE' : `${keyColumn} > :after`, { after })
      .orderBy(keyColumn, 'ASC')
      .limit(first + 1)
      .getMany(),
  ])
  return toConnection(rows, {
    first,
    totalCount: counts?.total ?? 0,
    hasPreviousPage: (counts?.before ?? 0) > 0,
    keyOf: (node) => String(keyOf(node)),
  })
}

function decodeNumber(cursor: string, field: string): number {
  const key = decodeCursor(cursor)
  if (key === null || !/^\d{1,9}$/.test(key)) {
    throw new ReferenceError(
      ReferenceErrorReason.InvalidCursor,
      `after is not a cursor returned by ${field}; pass an edge cursor or pageInfo.endCursor`,
    )
  }
  return Number(key)
}
