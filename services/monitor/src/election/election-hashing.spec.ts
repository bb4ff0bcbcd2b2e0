import { describe, expect, it } from 'vitest'
import { isEmailAddress, keyedHash, normaliseEmail, newToken, tokenHash } from './election-hashing'

describe('normaliseEmail', () => {
  it('treats case, +tags and Gmail dots as one mailbox', () => {
    expect(normaliseEmail(' An.De.Vries+mtg@GoogleMail.com ')).toBe('andevries@gmail.com')
    expect(normaliseEmail('an.devries@gmail.com')).toBe('andevries@gmail.com')
    expect(normaliseEmail('Jan.Jansen+x@Example.org')).toBe('jan.jansen@example.org')
  })

  it('accepts addresses and refuses what is not one', () => {
    expect(isEmailAddress('a@example.org')).toBe(true)
    expect(isEmailAddress('no-at-sign')).toBe(false)
    expect(isEmailAddress(`${'a'.repeat(250)}@example.org`)).toBe(false)
  })
})

describe('hashes', () => {
  it('separates purposes and keys', () => {
    const key = 'k'.repeat(32)
    expect(keyedHash(key, 'email', 'x')).not.toBe(keyedHash(key, 'ip', 'x'))
    expect(keyedHash(key, 'email', 'x')).not.toBe(keyedHash('j'.repeat(32), 'email', 'x'))
    expect(keyedHash(key, 'email', 'x')).toMatch(/^[0-9a-f]{64}$/)
  })

  it('stores only the hash of a random token', () => {
    const { token, hash } = newToken()
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    expect(tokenHash(token)).toBe(hash)
  })
})
