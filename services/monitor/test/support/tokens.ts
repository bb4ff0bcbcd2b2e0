import type { Role } from '../../src/auth/roles'
import { PAYLOAD_JWT_AUTH_VERSION, payloadSigningKey } from '../../src/auth/jwt'

/** The Payload secret every test monitor runs with (≥ 32 characters, as config.ts demands). */
export const TEST_PAYLOAD_SECRET = 'test-payload-secret-with-at-least-32-characters'

export interface TokenClaims {
  id?: string | number
  email?: string
  role: Role | string
  municipalityCode?: string | null
  collection?: string
}

export interface SignOptions {
  secret?: string
  /** Seconds from now; negative for an expired token. Default one hour. */
  expiresIn?: number
  authVersion?: number
}

/** Signs a token the way Payload 3 does (HS256, derived key, authVersion header). */
export async function signToken(claims: TokenClaims, options: SignOptions = {}): Promise<string> {
  const { SignJWT } = await import('jose')
  const now = Math.floor(Date.now() / 1000)
  return new SignJWT({
    id: claims.id ?? 1,
    collection: claims.collection ?? 'users',
    email: claims.email ?? `${claims.role}@example.org`,
    sid: 'test-session',
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

/** `Authorization` header values for the actors access tests run as. */
export async function actorHeaders(): Promise<{
  admin: string
  editor: string
  organiser: string
  amsterdamOfficial: string
  rotterdamOfficial: string
}> {
  const jwt = async (claims: TokenClaims) => `JWT ${await signToken(claims)}`
  return {
    admin: await jwt({ id: 1, role: 'admin' }),
    editor: await jwt({ id: 2, role: 'editor' }),
    organiser: await jwt({ id: 3, role: 'organiser' }),
    amsterdamOfficial: await jwt({
      id: 4,
      role: 'municipal-official',
      email: 'ambtenaar@amsterdam.example.org',
      municipalityCode: 'GM0363',
    }),
    rotterdamOfficial: await jwt({
      id: 5,
      role: 'municipal-official',
      email: 'ambtenaar@rotterdam.example.org',
      municipalityCode: 'GM0599',
    }),
  }
}
