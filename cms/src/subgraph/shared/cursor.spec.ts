import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor } from './cursor'
import { ContentError, ContentErrorCode } from './errors'

describe('knowledge product cursors', () => {
  it('round-trips an id through an opaque string', () => {
    const cursor = encodeCursor(42)

    expect(cursor).not.toContain('42')
    expect(decodeCursor(cursor)).toBe(42)
  })

  it.each(['', 'NDI', Buffer.from('KnowledgeProduct:-1').toString('base64url')])(
    'rejects %j as bad user input',
    (cursor) => {
      expect(() => decodeCursor(cursor)).toThrow(
        expect.objectContaining({ code: ContentErrorCode.BadUserInput }) as ContentError,
      )
    },
  )
})
