import type { Role } from '../../src/auth/roles'
import { PAYLOAD_JWT_AUTH_VERSION, payloadSigningKey } from '../../src/auth/jwt'
import { defaultSessionId, type TestAccount, TEST_ACCOUNTS } from './session-database'

/** The Payload secret every test monitor runs with (≥ 32 characters, as config.ts demands). */
export const TEST_PAYLOAD_SECRET = 'test-payload-secret-with-at-least-32-characters'

export interface TokenClaims {
  id?: string | number
  email?: string
  role: Role | string
  municipalityCode?: string | null
  collection?: string
  /** Payload's session id; default the account's live test session, null leaves it out. */
  sid?: string | null
}

export interface SignOptions {
  secret?: string
  /** Seconds from now; negative for an expired token. Default one hour. */
  expiresIn?: number
  authVersion?: number
}

/** Signs a token the way Payload 3 does (HS256, derived key, authVersion header, `sid`). */
export async function signToken(claims: TokenClaims, options: SignOptions = {}): Promise<string> {
  const { SignJWT } = await import('jose')
  const now = Math.floor(Date.now() / 1000)
  const id = claims.id ?? 1
  const sid = claims.sid === undefined ? defaultSessionId(id) : claims.sid
  return new SignJWT({
    id,
    collection: claims.collection ?? 'users',
    email: claims.email ?? `${claims.role}@example.org`,
    ...(sid === null ? {} : { sid }),
    role: claims.role,
    municipalityCode: claims.municipalityCode ?? null,
  })
    .setProtectedHeader({
      alg: 'HS256',
      typ: 'JWT',
      authVersion: options.authVersion ?? PAYLOAD_JWT_AUTH_VERSION,
    })
    .setIssuedAt(now)
    .setExpirationTime(now + (options.expiresIn ?? 3600))
    .sign(payloadSigningKey(options.secret ?? TEST_PAYLOAD_SECRET))
}

/** A token for one of the test session database's accounts, in its live session by default. */
export function tokenFor(account: TestAccount, sid?: string): Promise<string> {
  return signToken({ ...account, sid: sid ?? defaultSessionId(account.id) })
}

/** `Authorization` header values for the actors access tests run as (see TEST_ACCOUNTS). */
export async function actorHeaders(): Promise<Record<keyof typeof TEST_ACCOUNTS, string>> {
  const jwt = async (account: TestAccount) => `JWT ${await tokenFor(account)}`
  return {
    admin: await jwt(TEST_ACCOUNTS.admin),
    editor: await jwt(TEST_ACCOUNTS.editor),
    organiser: await jwt(TEST_ACCOUNTS.organiser),
    amsterdamOfficial: await jwt(TEST_ACCOUNTS.amsterdamOfficial),
    rotterdamOfficial: await jwt(TEST_ACCOUNTS.rotterdamOfficial),
  }
}
