import { MUNICIPALITY_CODE_PATTERN } from '../municipality/municipality.entity'
import type { UserActor } from './actor'
import { AuthError, AuthErrorReason } from './auth.errors'
import type { TokenVerifier } from './jwt'
import { ROLES, Role } from './roles'
import type { SessionCheck } from './session-store'

/** What authentication needs from the session store; SessionStore is the real one. */
export interface SessionChecker {
  check(userId: string, sessionId: string): Promise<SessionCheck>
}

export type Authenticator = (token: string) => Promise<UserActor>

/**
 * Token to actor: the token must verify and its CMS session must be live; the actor carries the
 * account's current role and municipality from the CMS database. Called once per request, when
 * the context is built, so a request costs at most one session check (usually a cached one).
 */
export function createAuthenticator(
  verify: TokenVerifier,
  sessions: SessionChecker,
): Authenticator {
  return async (token) => {
    const { userId, sessionId } = await verify(token)
    const session = await sessions.check(userId, sessionId)
    switch (session.status) {
      case 'ended':
        throw new AuthError(
          AuthErrorReason.SessionEnded,
          'This login has ended (logged out or expired); log in again',
        )
      case 'locked':
        throw new AuthError(AuthErrorReason.AccountLocked, 'This account is locked')
      case 'active':
        return actorFromSession(userId, session)
    }
  }
}

function actorFromSession(
  userId: string,
  session: Extract<SessionCheck, { status: 'active' }>,
): UserActor {
  const { role, municipalityCode, email } = session
  // The CMS's role enum and ours come from one list; a role added there first grants nothing here.
  if (!isRole(role)) {
    throw new AuthError(
      AuthErrorReason.InvalidToken,
      'The account has a role the monitor does not know',
    )
  }
  // Only officials belong to a municipality; a stale code on another role grants nothing, and an
  // official without a valid code acts for no municipality.
  const ownMunicipality =
    role === Role.MunicipalOfficial &&
    municipalityCode !== null &&
    MUNICIPALITY_CODE_PATTERN.test(municipalityCode)
      ? municipalityCode
      : null
  return { kind: 'user', id: userId, email, role, municipalityCode: ownMunicipality }
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}
