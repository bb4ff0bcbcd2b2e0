import type { SelectQueryBuilder } from 'typeorm'
import { type Connection, toConnection } from './connection'

/**
 * Count and page of one filtered query, keyset-paged on an integer column: `counting` gives the
 * total and how many rows lie before the cursor, `paging` the next `first` rows after it.
 */
export async function pageByIntegerKey<T extends object>(
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
