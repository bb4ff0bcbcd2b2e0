import { createHash, createHmac, randomBytes } from 'node:crypto'

// Providers that ignore dots in the local part: one mailbox, many spellings.
const DOTLESS_DOMAINS = new Set(['gmail.com', 'googlemail.com'])
const EMAIL_PATTERN = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/
export const MAX_EMAIL_LENGTH = 254

/** True for something shaped like one e-mail address (the confirmation mail proves the rest). */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL_PATTERN.test(value.trim())
}

/**
 * One spelling per mailbox for uniqueness: lower case, no `+tag`, and for Gmail no dots
 * (googlemail.com is gmail.com). Only the keyed hash of this is kept for good.
 */
export function normaliseEmail(value: string): string {
  const lower = value.trim().toLowerCase()
  const at = lower.lastIndexOf('@')
  let local = lower.slice(0, at)
  let domain = lower.slice(at + 1)
  local = local.split('+')[0] ?? local
  if (DOTLESS_DOMAINS.has(domain)) {
    local = local.replaceAll('.', '')
    domain = 'gmail.com'
  }
  return `${local}@${domain}`
}

/** HMAC-SHA256 under ELECTION_HASH_KEY, with a purpose so an e-mail hash never equals an IP hash. */
export function keyedHash(key: string, purpose: string, value: string): string {
  return createHmac('sha256', key).update(`${purpose}\n${value}`).digest('hex')
}

/** A link token: 32 random bytes, base64url; only its SHA-256 is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url')
  return { token, hash: tokenHash(token) }
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
