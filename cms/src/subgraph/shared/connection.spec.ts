import { describe, expect, it } from 'vitest'
import { keysetSort, pageSize } from './connection'
import { ContentError, ContentErrorCode } from './errors'
import { groupByKeys } from './find'

const badUserInput = expect.objectContaining({
  code: ContentErrorCode.BadUserInput,
}) as ContentError

describe('the pager', () => {
  it.each([101, -1, 1.5])('refuses a page size of %d', (first) => {
    expect(() => pageSize(first)).toThrow(badUserInput)
  })

  it('defaults to 20 and allows 0 and 100', () => {
    expect([pageSize(undefined), pageSize(null), pageSize(0), pageSize(100)]).toEqual([
      20, 20, 0, 100,
    ])
  })

  it('sorts along the field, ties broken by id in the same direction', () => {
    expect(keysetSort({ field: 'startsAt', direction: 'asc' })).toEqual(['startsAt', 'id'])
    expect(keysetSort({ field: 'id', direction: 'desc' })).toBe('-id')
  })

  it('groups items by key in key order, an item under each of its keys', () => {
    const items = [
      { id: 'a', keys: ['x', 'y'] },
      { id: 'b', keys: ['y'] },
    ]

    expect(groupByKeys(['y', 'z', 'x'], items, (item) => item.keys)).toEqual([
      [items[0], items[1]],
      [],
      [items[0]],
    ])
  })
})
