import { createHash } from 'node:crypto'
import { anonymousActor, type Actor, type UserActor } from './actor'
import { AuthError, AuthErrorReason } from './auth.errors'

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

/** What a verified token proves: which user logged in, in which CMS session. */
export interface VerifiedToken {
  /** The Payload user id. */
  userId: string
  /** Payload's session id (`sid`): the row in `users_sessions` that a logout deletes. */
  sessionId: string
}

export type TokenVerifier = (token: string) => Promise<VerifiedToken>

/**
 * Verifies a CMS-issued Payload JWT: only HS256 with our key, an `exp` in the future, Payload's
 * auth version, a users-collection login naming a user and a session (`sid`); anything else is
 * UNAUTHENTICATED.
 *
 * The token alone is not enough: it stays cryptographically valid after a logout. The session it
 * names is checked against the CMS database (session-store.ts), and the role and municipality the
 * caller acts with are read there, not from the token, so a logout, a lock or a demotion counts.
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
    return tokenFromClaims(claims)
  }
}

function tokenFromClaims(claims: JWTPayload): VerifiedToken {
  const { id, collection, sid } = claims
  if (collection !== USERS_COLLECTION) throw invalid('it is not a user login')
  if ((typeof id !== 'string' && typeof id !== 'number') || id === '') {
    throw invalid('it names no user')
  }
  // Payload 3 signs `sid` while sessions are on (the default); without one a logout is invisible.
  if (typeof sid !== 'string' || sid === '') throw invalid('it names no session')
  return { userId: String(id), sessionId: sid }
}

function invalid(why: string): AuthError {
  return new AuthError(AuthErrorReason.InvalidToken, `The login token is not accepted: ${why}`)
}

const SCHEMES = /^(?:JWT|Bearer) +(\S+)$/

/**
 * The actor behind an `Authorization` header: none is anonymous; `JWT <token>` or
 * `Bearer <token>` must authenticate (verified, with a live session). A header that is present but unusable never falls back to
 * anonymous, so a client with a broken login notices instead of silently seeing less.
 */
export async function actorFromAuthorization(
  authorization: string | undefined,
  authenticate: (token: string) => Promise<UserActor>,
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
  return authenticate(token)
}
