import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestMonitor, type TestMonitor } from './support/monitor'
import { TEST_ACCOUNTS } from './support/session-database'
import { signToken, TEST_PAYLOAD_SECRET, tokenFor } from './support/tokens'
import type { UserActor } from '../src/auth/actor'
import { actorFromAuthorization, createTokenVerifier, payloadSigningKey } from '../src/auth/jwt'

interface PayloadJwt {
  jwtSign(args: {
    fieldsToSign: Record<string, unknown>
    secret: string
    tokenExpiration: number
  }): Promise<{ token: string; exp: number }>
}

/**
 * Payload's own signer. Its package exports only `payload` (whose index pulls in the whole CMS),
 * so the module file is loaded by path; it imports nothing but jose and the auth version.
 */
async function payloadJwtSign(): Promise<PayloadJwt['jwtSign']> {
  const payloadIndex = createRequire(__filename).resolve('payload')
  const jwtModule = path.join(path.dirname(payloadIndex), 'auth', 'jwt.js')
  const loaded = (await import(pathToFileURL(jwtModule).href)) as PayloadJwt
  return loaded.jwtSign
}

/** What Payload's constructor does to PAYLOAD_SECRET before signing (payload/dist/index.js). */
function payloadDerivedSecret(secret: string): string {
  return new TextDecoder().decode(payloadSigningKey(secret))
}

const verify = createTokenVerifier(TEST_PAYLOAD_SECRET)
const official = TEST_ACCOUNTS.amsterdamOfficial
const neverCalled = (): Promise<UserActor> => {
  throw new Error('no token was expected to reach authentication')
}

describe('Payload JWT verification', () => {
  it('accepts a token signed by Payload’s own jwtSign and reads its user and session', async () => {
    const jwtSign = await payloadJwtSign()
    const { token } = await jwtSign({
      fieldsToSign: {
        id: 7,
        collection: 'users',
        email: 'ambtenaar@amsterdam.example.org',
        sid: 'a-session',
        role: 'municipal-official',
        municipalityCode: 'GM0363',
      },
      secret: payloadDerivedSecret(TEST_PAYLOAD_SECRET),
      tokenExpiration: 7200,
    })

    await expect(verify(token)).resolves.toEqual({ userId: '7', sessionId: 'a-session' })
  })

  it('treats a request without an Authorization header as anonymous', async () => {
    await expect(actorFromAuthorization(undefined, neverCalled)).resolves.toEqual({
      kind: 'anonymous',
    })
  })

  const rejected: [string, () => Promise<string>][] = [
    ['an expired token', () => signToken(official, { expiresIn: -10 })],
    ['a token signed with another secret', () => signToken(official, { secret: 'x'.repeat(40) })],
    ['a token with another auth version', () => signToken(official, { authVersion: 2 })],
    ['a token for another collection', () => signToken({ ...official, collection: 'customers' })],
    ['a token without a session id (sid)', () => signToken({ ...official, sid: null })],
    ['an unsigned token (alg: none)', async () => unsigned({ ...claimsOf(official) })],
    ['a token whose user was tampered with', () => tamperedUser()],
    ['a token without exp', () => withoutExpiry()],
    ['a token signed with HS512', () => signedWith('HS512')],
    ['garbage', async () => 'not.a.token'],
  ]

  it.each(rejected)('rejects %s with UNAUTHENTICATED', async (_name, makeToken) => {
    const token = await makeToken()

    await expect(verify(token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  it.each(['Basic dXNlcjpwYXNz', 'JWT', 'Token abc'])(
    'rejects the Authorization header "%s" instead of treating it as anonymous',
    async (header) => {
      await expect(actorFromAuthorization(header, neverCalled)).rejects.toMatchObject({
        code: 'UNAUTHENTICATED',
        reason: 'INVALID_TOKEN',
      })
    },
  )

  it('says an expired token has expired', async () => {
    const token = await signToken(official, { expiresIn: -10 })

    await expect(verify(token)).rejects.toMatchObject({ reason: 'EXPIRED_TOKEN' })
  })
})

describe('authentication over the request', () => {
  let monitor: TestMonitor

  beforeAll(async () => {
    monitor = await startTestMonitor()
  })

  afterAll(async () => {
    await monitor?.destroy()
  })

  const QUERY = `{ municipality(code: "GM0363") { name } }`

  it('answers an anonymous request to a public field', async () => {
    const result = await monitor.executeWithStatus(QUERY)

    expect(result).toEqual({ status: 200, data: { municipality: { name: 'Amsterdam' } } })
  })

  it.each(['JWT', 'Bearer'])('answers a request with a valid token after "%s "', async (scheme) => {
    const token = await tokenFor(official)
    const result = await monitor.executeWithStatus(
      QUERY,
      {},
      { authorization: `${scheme} ${token}` },
    )

    expect(result.status).toBe(200)
    expect(result.data).toEqual({ municipality: { name: 'Amsterdam' } })
  })

  it('fails the whole request with HTTP 401 UNAUTHENTICATED for an expired token, even on public fields', async () => {
    const token = await signToken(official, { expiresIn: -10 })
    const result = await monitor.executeWithStatus(QUERY, {}, { authorization: `JWT ${token}` })

    expect(result.status).toBe(401)
    expect(result.data).toBeUndefined()
    expect(result.errors).toEqual([
      {
        message: 'The login token has expired; log in again',
        extensions: { code: 'UNAUTHENTICATED', reason: 'EXPIRED_TOKEN' },
      },
    ])
  })

  it('fails with HTTP 401 for a token signed with another secret', async () => {
    const token = await signToken(official, { secret: 'another-secret-of-at-least-32-chars!!' })
    const result = await monitor.executeWithStatus(QUERY, {}, { authorization: `Bearer ${token}` })

    expect(result.status).toBe(401)
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_TOKEN',
    })
  })

  it('fails with HTTP 401 INVALID_TOKEN for a token without a session id', async () => {
    const token = await signToken({ ...official, sid: null })
    const result = await monitor.executeWithStatus(QUERY, {}, { authorization: `JWT ${token}` })

    expect(result.status).toBe(401)
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'INVALID_TOKEN',
    })
  })
})

function claimsOf(claims: { id: number; role: string; municipalityCode: string | null }) {
  const now = Math.floor(Date.now() / 1000)
  return {
    collection: 'users',
    email: 'x@example.org',
    sid: `session-${claims.id}`,
    ...claims,
    iat: now,
    exp: now + 600,
  }
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

function unsigned(claims: Record<string, unknown>): string {
  return `${base64url({ alg: 'none', typ: 'JWT', authVersion: 1 })}.${base64url(claims)}.`
}

/** A validly signed editor token whose payload is swapped for the admin's user and session. */
async function tamperedUser(): Promise<string> {
  const [header, , signature] = (await tokenFor(TEST_ACCOUNTS.editor)).split('.')
  const forged = base64url({ ...claimsOf(TEST_ACCOUNTS.admin) })
  return `${header}.${forged}.${signature}`
}

/** Correctly signed, but never expiring. */
async function withoutExpiry(): Promise<string> {
  const { SignJWT } = await import('jose')
  const { exp: _exp, ...claims } = claimsOf(official)
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT', authVersion: 1 })
    .sign(payloadSigningKey(TEST_PAYLOAD_SECRET))
}

/** Signed with the right key but another algorithm than the one Payload uses. */
async function signedWith(alg: 'HS512'): Promise<string> {
  const { SignJWT } = await import('jose')
  return new SignJWT(claimsOf(official))
    .setProtectedHeader({ alg, typ: 'JWT', authVersion: 1 })
    .sign(payloadSigningKey(TEST_PAYLOAD_SECRET))
}
