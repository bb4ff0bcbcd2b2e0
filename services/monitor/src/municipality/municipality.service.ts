import type { DataSource, SelectQueryBuilder } from 'typeorm'
import { type Connection, decodeCursor, toConnection } from '../common/connection'
import type { RequestContext } from '../context'
import { Municipality, MUNICIPALITY_CODE_PATTERN } from './municipality.entity'
import { MunicipalityError, MunicipalityErrorReason } from './municipality.errors'
import { type SizeClass, sizeClassBand, sizeClassOf } from './size-class'

export interface MunicipalityListQuery {
  first: number
  after?: string | null
  filter?: { province?: string | null; search?: string | null; sizeClass?: SizeClass | null } | null
}

/** Reading municipalities. Input shape (code format, page bounds) is validated at the GraphQL edge. */
export class MunicipalityService {
  constructor(private readonly dataSource: DataSource) {}

  findByCode(ctx: RequestContext, code: string): Promise<Municipality | null> {
    return ctx.loaders.municipalityByCode.load(code)
  }

  /** Other subgraphs may hold codes we never issued: an unresolvable reference is null, not an error. */
  async resolveReference(ctx: RequestContext, code: string): Promise<Municipality | null> {
    if (!MUNICIPALITY_CODE_PATTERN.test(code)) return null
    return ctx.loaders.municipalityByCode.load(code)
  }

  neighboursOf(
    ctx: RequestContext,
    municipality: Pick<Municipality, 'code'>,
  ): Promise<Municipality[]> {
    return ctx.loaders.neighboursByCode.load(municipality.code)
  }

  sizeClassOf(municipality: Pick<Municipality, 'inhabitants'>): SizeClass {
    return sizeClassOf(municipality.inhabitants)
  }

  /** A page of municipalities ordered by code, with the total count for the filter. */
  async list(
    _ctx: RequestContext,
    query: MunicipalityListQuery,
  ): Promise<Connection<Municipality>> {
    const after = query.after == null ? null : this.decodeAfter(query.after)

    const [counts, rows] = await Promise.all([
      this.filtered(query.filter)
        .select('count(*)::int', 'total')
        .addSelect(after === null ? '0' : 'count(*) FILTER (WHERE m.code <= :after)::int', 'before')
        .setParameter('after', after)
        .getRawOne<{ total: number; before: number }>(),
      this.filtered(query.filter)
        .andWhere(after === null ? 'TRUE' : 'm.code > :after', { after })
        .orderBy('m.code', 'ASC')
        .limit(query.first + 1)
        .getMany(),
    ])

    return toConnection(rows, {
      first: query.first,
      totalCount: counts?.total ?? 0,
      hasPreviousPage: (counts?.before ?? 0) > 0,
      keyOf: (municipality) => municipality.code,
    })
  }

  private filtered(filter: MunicipalityListQuery['filter']): SelectQueryBuilder<Municipality> {
    const builder = this.dataSource.getRepository(Municipality).createQueryBuilder('m')
    if (filter?.province != null) {
      builder.andWhere('m.province = :province', { province: filter.province })
    }
    if (filter?.search != null && filter.search !== '') {
      builder.andWhere(`lower(m.name) LIKE :pattern ESCAPE '\\'`, {
        pattern: `%${escapeLike(filter.search.toLowerCase())}%`,
      })
    }
    if (filter?.sizeClass != null) {
      const band = sizeClassBand(filter.sizeClass)
      builder.andWhere('m.inhabitants >= :minInhabitants', { minInhabitants: band.min })
      if (band.max !== null) {
        builder.andWhere('m.inhabitants <= :maxInhabitants', { maxInhabitants: band.max })
      }
    }
    return builder
  }

  private decodeAfter(cursor: string): string {
    const code = decodeCursor(cursor)
    if (code === null || !MUNICIPALITY_CODE_PATTERN.test(code)) {
      throw new MunicipalityError(
        MunicipalityErrorReason.InvalidCursor,
        'after is not a cursor returned by municipalities; pass an edge cursor or pageInfo.endCursor',
      )
    }
    return code
  }
}

// Users search for names, not patterns: % and _ match themselves.
function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`)
}
