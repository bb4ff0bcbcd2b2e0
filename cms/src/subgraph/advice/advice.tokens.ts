import { createHash, randomBytes } from 'node:crypto'

/** A capability token for a mailed link: 32 random bytes, base64url (43 characters). */
export const newToken = (): string => randomBytes(32).toString('base64url')

/**
 * What is stored of a token: its SHA-256. The token carries 256 random bits, so a plain hash is
 * enough (nothing to guess); the database alone never yields a working link.
 */
export const tokenHash = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex')

/** A hash of the caller's address or e-mail address for a rate-limit key; never stored. */
export const limitKey = (kind: string, value: string): string =>
  createHash('sha256').update(`${kind}:${value}`, 'utf8').digest('base64url')

/** True for something that can be one of our tokens; anything else is refused before a query. */
export const isTokenShaped = (token: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(token)
