import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto'

/**
 * The cost of Payload 3.90's password check (`pbkdf2-sha256-v1:` hashes: PBKDF2-SHA256,
 * 600 000 iterations, 32-byte key; payload/dist/auth/strategies/local/generatePasswordSaltHash.js).
 * Payload does not export them. cms/test/login-security.test.ts fails when an upgrade stores
 * hashes of another format or cost, so this cannot silently drift apart.
 */
export const PAYLOAD_PASSWORD_HASH = {
  prefix: 'pbkdf2-sha256-v1:',
  iterations: 600_000,
  keyLength: 32,
  digest: 'sha256',
} as const

// Payload's salts are 32 random bytes as hex, used as a string: the same length costs the same.
const SALT = randomBytes(32).toString('hex')
const NOTHING = randomBytes(PAYLOAD_PASSWORD_HASH.keyLength)

/**
 * Spends what Payload spends on checking a password, for an attempt that Payload answers without
 * checking one (no such account, or a locked one), so that the answer takes as long as a wrong
 * password for an existing account does.
 */
export function checkPasswordWithoutAccount(password: string): Promise<void> {
  const { iterations, keyLength, digest } = PAYLOAD_PASSWORD_HASH
  return new Promise((resolve, reject) => {
    pbkdf2(password, SALT, iterations, keyLength, digest, (error, derived) => {
      if (error) return reject(error)
      // Compared like a stored hash, so the work is not optimised away and costs the same.
      timingSafeEqual(derived, NOTHING)
      resolve()
    })
  })
}
