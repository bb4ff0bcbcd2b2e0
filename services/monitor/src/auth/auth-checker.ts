import type { AuthCheckerFn } from 'type-graphql'
import type { RequestContext } from '../context'
import { AuthError, AuthErrorReason } from './auth.errors'
import type { Role } from './roles'

/**
 * The one auth checker behind every `@Authorized(...)`: anonymous callers are UNAUTHENTICATED,
 * users without one of the listed roles FORBIDDEN (no roles listed: any logged-in user).
 * Row-level rules, such as "only your own municipality", live in the services.
 */
export const authChecker: AuthCheckerFn<RequestContext, Role> = ({ context }, roles) => {
  const { actor } = context
  if (actor.kind !== 'user') {
    throw new AuthError(AuthErrorReason.LoginRequired, 'Log in to see this')
  }
  if (roles.length > 0 && !roles.includes(actor.role)) {
    throw new AuthError(
      AuthErrorReason.RoleNotAllowed,
      `This needs one of the roles ${roles.join(', ')}`,
    )
  }
  return true
}
