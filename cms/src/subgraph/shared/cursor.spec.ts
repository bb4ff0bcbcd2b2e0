import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor } from './cursor'
import { ContentError, ContentErrorCode } from './errors'

const badUserInput = expect.objectContaining({
  code: ContentErrorCode.BadUserInput,
}) as ContentError

describe('cursors', () => {
  it('round-trips a sort value and id through an opaque string', () => {
    const cursor = encodeCursor('Event.upcoming', { value: '2027-02-11T13:00:00.000Z', id: 7 })

    expect(cursor).not.toContain('2027')
    expect(decodeCursor('Event.upcoming', cursor)).toEqual({
      value: '2027-02-11T13:00:00.000Z',
      id: 7,
    })
  })

  it('refuses a cursor of another list', () => {
    const cursor = encodeCursor('NewsItem', { value: 3, id: 3 })

    expect(() => decodeCursor('Event.past', cursor)).toThrow(badUserInput)
  })

  it.each([
    '',
    'bm9uc2Vuc2U',
    Buffer.from('KnowledgeProduct:42').toString('base64url'),
    Buffer.from('NewsItem:[1,-1]').toString('base64url'),
    Buffer.from('NewsItem:{"a":1}').toString('base64url'),
  ])('rejects %j as bad user input', (cursor) => {
    expect(() => decodeCursor('NewsItem', cursor)).toThrow(badUserInput)
  })
})
