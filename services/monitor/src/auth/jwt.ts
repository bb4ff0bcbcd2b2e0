import { createHash } from 'node:crypto'
import { MUNICIPALITY_CODE_PATTERN } from '../municipality/municipality.entity'
import { anonymousActor, type Actor, type UserActor } from './actor'
import { AuthError, AuthErrorReason } from './auth.errors'
import { ROLES, Role } from './roles'

/** Payload's `JWT_AUTH_VERSION` (payload/dist/auth/jwtAuth.js); Payload rejects any other value too. */
export const PAYLOAD_JWT_AUTH_VERSION = 1

type Jose = typeof import('jose', { with: { 'resolution-mode': 'import' } })
type JWTPayload = import('jose', { with: { 'resolution-mode': 'import' } }).JWTPayload

// jose 6 is ESM-only and this package is CommonJS: load it with a real dynamic import, once.
let jose: Promise<Jose> | undefined
const loadJose = (): Promise<Jose> => (jose ??= import('jose'))

/** The collection whose logins may call the monitor. */
const USERS_COLLECTION = 'users'

/**
 * The HMAC key Payload signs with: the first 32 hex characters of sha256(PAYLOAD_SECRET),
 * as bytes of that string (payload/dist/index.js sets `this.secret`, jwt.js encodes it).
 */
export function payloadSigningKey(payloadSecret: string): Uint8Array {
  const derived = createHash('sha256').update(payloadSecret).digest('hex').slice(0, 32)
  return new TextEncoder().encode(derived)
}

export type TokenVerifier = (token: string) => Promise<UserActor>

/**
 * Verifies a CMS-issued Payload JWT and turns its claims into an actor. Only HS256 with our key,
 * an `exp` in the future, Payload's auth version, a users-collection login, a known role, and for a
 * municipal official a valid municipality code; anything else is UNAUTHENTICATED.
 *
 * The monitor cannot see the CMS's session table: a token stays valid here until it expires,
 * even after a logout in the CMS.
 */
export function createTokenVerifier(payloadSecret: string): TokenVerifier {
  const key = payloadSigningKey(payloadSecret)
  return async (token) => {
    const { errors, jwtVerify } = await loadJose()
    let claims: JWTPayload
    let authVersion: unknown
    try {
      const verified = await jwtVerify(token, key, {
        algorithms: ['HS256'],
        requiredClaims: ['exp'],
      })
      claims = verified.payload
      authVersion = verified.protectedHeader.authVersion
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw new AuthError(
          AuthErrorReason.ExpiredToken,
          'The login token has expired; log in again',
        )
      }
      // Bad signature, malformed token, wrong algorithm: say no more than "invalid".
      if (error instanceof errors.JOSEError) throw invalid('its signature or format is invalid')
      throw error
    }
    if (authVersion !== PAYLOAD_JWT_AUTH_VERSION) throw invalid('it has an unknown auth version')
    return actorFromClaims(claims)
  }
}

function actorFromClaims(claims: JWTPayload): UserActor {
  const { id, collection, email, role, municipalityCode } = claims
  if (collection !== USERS_COLLECTION) throw invalid('it is not a user login')
  if ((typeof id !== 'string' && typeof id !== 'number') || id === '') {
    throw invalid('it names no user')
  }
  if (typeof email !== 'string') throw invalid('it carries no e-mail address')
  if (!isRole(role)) throw invalid('it carries no known role')

  if (role === Role.MunicipalOfficial) {
    if (typeof municipalityCode !== 'string' || !MUNICIPALITY_CODE_PATTERN.test(municipalityCode)) {
      throw invalid('a municipal official needs a municipality code')
    }
    return { kind: 'user', id: String(id), email, role, municipalityCode }
  }
  // Only officials belong to a municipality; a stale code on another role grants nothing.
  return { kind: 'user', id: String(id), email, role, municipalityCode: null }
}

function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}

function invalid(why: string): AuthError {
  return new AuthError(AuthErrorReason.InvalidToken, `The login token is not accepted: ${why}`)
}

const SCHEMES = /^(?:JWT|Bearer) +(\S+)$/

/**
 * The actor behind an `Authorization` header: none is anonymous; `JWT <token>` or
 * `Bearer <token>` must verify. A header that is present but unusable never falls back to
 * anonymous, so a client with a broken login notices instead of silently seeing less.
 */
export async function actorFromAuthorization(
  authorization: string | undefined,
  verify: TokenVerifier,
): Promise<Actor> {
  const header = authorization?.trim()
  if (header === undefined || header === '') return anonymousActor
  const token = SCHEMES.exec(header)?.[1]
  if (token === undefined) {
    throw new AuthError(
      AuthErrorReason.InvalidToken,
      'The Authorization header must be "JWT <token>" or "Bearer <token>"',
    )
  }
  return verify(token)
}
