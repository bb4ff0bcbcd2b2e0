import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor, toConnection } from './connection'

describe('cursors', () => {
  it('round-trip a sort key', () => {
    expect(decodeCursor(encodeCursor('GM0363'))).toBe('GM0363')
  })

  it.each(['', 'GM0363', '!!!', Buffer.from('offset:10').toString('base64')])(
    'decode "%s", which we never issued, to null',
    (cursor) => {
      expect(decodeCursor(cursor)).toBeNull()
    },
  )
})

describe('toConnection', () => {
  const keyOf = (node: { id: string }) => node.id

  it('uses the extra row only to report a next page', () => {
    const connection = toConnection([{ id: 'a' }, { id: 'b' }, { id: 'c' }], {
      first: 2,
      totalCount: 10,
      hasPreviousPage: false,
      keyOf,
    })

    expect(connection.edges.map((edge) => edge.node.id)).toEqual(['a', 'b'])
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: encodeCursor('a'),
      endCursor: encodeCursor('b'),
    })
  })

  it('reports the last page when no extra row came back', () => {
    const connection = toConnection([{ id: 'a' }], {
      first: 2,
      totalCount: 1,
      hasPreviousPage: true,
      keyOf,
    })

    expect(connection.pageInfo.hasNextPage).toBe(false)
    expect(connection.pageInfo.hasPreviousPage).toBe(true)
  })
})
