import { createHmac, timingSafeEqual } from 'node:crypto'
import { DEFAULT_SESSION_CHECK_TTL_MS } from '@idm/edge'
import type { Payload } from 'payload'
import type { User } from '../../payload-types'
import { ContentError, ContentErrorCode, ContentErrorReason } from './errors'

const TOKEN = /^(?:JWT|Bearer) (\S+)$/

const refused = (reason: ContentErrorReason, message: string) =>
  new ContentError(ContentErrorCode.Unauthenticated, message, reason)

const MESSAGES: Readonly<Record<ContentErrorReason, string>> = {
  [ContentErrorReason.InvalidToken]: 'The Authorization token is not a valid login; log in again.',
  [ContentErrorReason.ExpiredToken]: 'The login has expired; log in again.',
  [ContentErrorReason.SessionEnded]:
    'The session of this login has ended (logged out or password changed); log in again.',
  [ContentErrorReason.AccountLocked]:
    'This account is locked after too many failed logins; try again later or ask an administrator to unlock it.',
}

/**
 * The CMS user behind the `Authorization` header the gateway forwards (`JWT <token>` or
 * `Bearer <token>`, a Payload login token), or null without one. Payload's own auth decides:
 * it checks the signature and expiry, finds the token's session (`sid`) among the user's
 * sessions and reads the user fresh, so a logout, a password change or a role change applies
 * to the very next identification (the server reuses one for 2 s: createCallerIdentifier). Payload still accepts a locked account's existing token; this
 * refuses it too. Throws UNAUTHENTICATED with a reason; a client that sends a token expects to
 * be treated as its user, and answering as anonymous would silently hide what it asked for.
 */
export async function identifyCaller(
  payload: Payload,
  authorization: string | undefined,
): Promise<User | null> {
  if (!authorization) return null
  const { user } = await payload.auth({ headers: new Headers({ authorization }) })
  if (!user) {
    const reason = whyRefused(payload.secret, authorization)
    throw refused(reason, MESSAGES[reason])
  }
  if (await isLocked(payload, user.id)) {
    throw refused(ContentErrorReason.AccountLocked, MESSAGES[ContentErrorReason.AccountLocked])
  }
  return user
}

export type CallerIdentifier = (authorization: string | undefined) => Promise<User | null>

export interface CallerCacheOptions {
  /**
   * How long an identified caller is reused for the same token: the graph's session-check time
   * (`SESSION_CHECK_TTL_MS`'s default, 2 s, as the monitor), never past the token's expiry.
   */
  ttlMs?: number
  /** Bound on cached logins; the least recently used are dropped beyond it. */
  maxEntries?: number
}

/**
 * {@link identifyCaller}, answered from memory for the same token for up to 2 s: a logged-in
 * page then costs Payload's auth (its user and session reads, the lock read) once per token and
 * 2 s instead of once per request, the same bound within which the monitor sees a logout, a
 * password or role change or a lock (docs/security.md). Concurrent requests with one token share
 * one identification; refusals and failures are never cached, and every request gets its own
 * copy of the user.
 */
export function createCallerIdentifier(
  payload: Payload,
  { ttlMs = DEFAULT_SESSION_CHECK_TTL_MS, maxEntries = 10_000 }: CallerCacheOptions = {},
): CallerIdentifier {
  // A Map keeps insertion order: past the bound the oldest login goes first.
  const known = ttlMs > 0 ? new Map<string, { user: User; until: number }>() : undefined
  const inFlight = new Map<string, Promise<User | null>>()
  return async (authorization) => {
    if (!authorization || !known) return identifyCaller(payload, authorization)
    const hit = known.get(authorization)
    if (hit && hit.until > Date.now()) return { ...hit.user }
    if (hit) known.delete(authorization)
    let pending = inFlight.get(authorization)
    if (!pending) {
      pending = identifyCaller(payload, authorization).finally(() => inFlight.delete(authorization))
      inFlight.set(authorization, pending)
      void pending.then(
        (user) => {
          const expiresAt = tokenExpiry(authorization)
          const until = Math.min(Date.now() + ttlMs, expiresAt ?? Number.POSITIVE_INFINITY)
          if (!user || until <= Date.now()) return
          known.delete(authorization)
          known.set(authorization, { user, until })
          if (known.size > maxEntries) known.delete(known.keys().next().value as string)
        },
        () => undefined, // the awaiting request gets the error; nothing is cached
      )
    }
    const user = await pending
    return user && { ...user }
  }
}

/** The token's `exp` in epoch ms (already verified by Payload when this is asked). */
function tokenExpiry(authorization: string): number | undefined {
  const body = TOKEN.exec(authorization)?.[1]?.split('.')[1]
  const exp = body ? decode(body)?.exp : undefined
  return typeof exp === 'number' ? exp * 1000 : undefined
}

async function isLocked(payload: Payload, id: User['id']): Promise<boolean> {
  // lockUntil is a hidden auth field: the user Payload's auth returns lacks it. Read it as
  // Payload's own login does, from the adapter, for the caller's own row only.
  const row = await payload.db.findOne<Pick<User, 'id' | 'lockUntil'>>({
    collection: 'users',
    where: { id: { equals: id } },
    select: { lockUntil: true },
  })
  return Boolean(row?.lockUntil && new Date(row.lockUntil).getTime() > Date.now())
}

/**
 * Why Payload refused a token, only to tell the caller: the refusal itself is Payload's. A token
 * signed with this CMS's secret (HS256, as Payload signs) and not yet expired was refused because
 * its session is gone (or its user); anything else is not a login of this CMS.
 */
function whyRefused(secret: string, authorization: string): ContentErrorReason {
  const token = TOKEN.exec(authorization)?.[1]
  const [header, body, signature, ...rest] = token?.split('.') ?? []
  if (!header || !body || !signature || rest.length > 0) return ContentErrorReason.InvalidToken
  const expected = createHmac('sha256', secret).update(`${header}.${body}`).digest()
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return ContentErrorReason.InvalidToken
  }
  const claims = decode(body)
  if (decode(header)?.alg !== 'HS256' || !claims) return ContentErrorReason.InvalidToken
  if (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now()) {
    return ContentErrorReason.ExpiredToken
  }
  return ContentErrorReason.SessionEnded
}

function decode(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}
