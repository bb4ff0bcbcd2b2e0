import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { PAYLOAD_PASSWORD_HASH } from '../../security/passwordCheckWithoutAccount'

// Hashes written before Payload 3.90's `pbkdf2-sha256-v1:` format (payload/dist/auth/strategies/
// local/generatePasswordSaltHash.js): PBKDF2-SHA256, 25 000 iterations, 512-byte key, no prefix.
const LEGACY = { iterations: 25_000, keyLength: 512 } as const

/**
 * Whether `password` matches a stored Payload hash and salt, checked as Payload's login does
 * (Payload exports no helper for it). Constant-time; false for a missing hash.
 */
export function verifyPassword(
  password: string,
  stored: Readonly<Record<string, unknown>>,
): Promise<boolean> {
  const { hash, salt } = stored
  if (typeof hash !== 'string' || typeof salt !== 'string') return Promise.resolve(false)
  const current = hash.startsWith(PAYLOAD_PASSWORD_HASH.prefix)
  const { iterations, keyLength } = current ? PAYLOAD_PASSWORD_HASH : LEGACY
  const expected = Buffer.from(
    current ? hash.slice(PAYLOAD_PASSWORD_HASH.prefix.length) : hash,
    'hex',
  )
  return new Promise((resolve, reject) => {
    pbkdf2(
      password,
      salt,
      iterations,
      keyLength,
      PAYLOAD_PASSWORD_HASH.digest,
      (error, derived) => {
        if (error) return reject(error)
        resolve(derived.length === expected.length && timingSafeEqual(derived, expected))
      },
    )
  })
}
