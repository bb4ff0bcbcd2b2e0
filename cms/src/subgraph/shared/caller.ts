import { createHmac, timingSafeEqual } from 'node:crypto'
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
 * to the very next request. Payload still accepts a locked account's existing token; this
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
