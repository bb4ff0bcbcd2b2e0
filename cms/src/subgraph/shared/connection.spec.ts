import { describe, expect, it } from 'vitest'
import { decodeKeyCursor, encodeKeyCursor, groupByKeys, pageSize } from './connection'
import { ContentError, ContentErrorCode } from './errors'

const badUserInput = expect.objectContaining({
  code: ContentErrorCode.BadUserInput,
}) as ContentError

describe('connection helpers', () => {
  it('round-trips a sort value and id through an opaque cursor', () => {
    const cursor = encodeKeyCursor('Event.upcoming', '2027-02-11T13:00:00.000Z', 7)

    expect(cursor).not.toContain('2027')
    expect(decodeKeyCursor('Event.upcoming', cursor)).toEqual({
      value: '2027-02-11T13:00:00.000Z',
      id: 7,
    })
  })

  it('refuses a cursor of another connection', () => {
    const cursor = encodeKeyCursor('NewsItem', 3, 3)

    expect(() => decodeKeyCursor('Event.past', cursor)).toThrow(badUserInput)
  })

  it.each([
    '',
    'bm9uc2Vuc2U',
    Buffer.from('NewsItem:[1,-1]').toString('base64url'),
    Buffer.from('NewsItem:{"a":1}').toString('base64url'),
  ])('rejects %j as bad user input', (cursor) => {
    expect(() => decodeKeyCursor('NewsItem', cursor)).toThrow(badUserInput)
  })

  it.each([101, -1, 1.5])('refuses a page size of %d', (first) => {
    expect(() => pageSize(first)).toThrow(badUserInput)
  })

  it('defaults to 20 and allows 0 and 100', () => {
    expect([pageSize(undefined), pageSize(null), pageSize(0), pageSize(100)]).toEqual([
      20, 20, 0, 100,
    ])
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
