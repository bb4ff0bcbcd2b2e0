import {
  AuthenticationError,
  type CollectionAfterErrorHook,
  formatErrors,
  LockedAuth,
} from 'payload'
import { LoginRateLimitedError, rateLimitedBody } from '../../../security/rateLimited'

/**
 * One answer for every failed login, whether the address has no account, the password is wrong
 * or the account is locked: 401 with Payload's "e-mail or password incorrect" in the admin's
 * language. Payload itself says "This user is locked due to having too many failed login
 * attempts" (`LockedAuth`, thrown by the login operation only) and so confirms that an account
 * exists; the lock still holds, it just is not announced. A locked-out editor waits the 15 minutes
 * or asks an admin to unlock the account.
 *
 * Also shapes the per-address limit's refusal like the route wrapper's per-client one.
 */
export const answerAuthFailuresAlike: CollectionAfterErrorHook = ({ error, req }) => {
  if (error instanceof LoginRateLimitedError) {
    req.responseHeaders ??= new Headers()
    req.responseHeaders.set('retry-after', String(error.retryAfterSeconds))
    return { response: rateLimitedBody(error.retryAfterSeconds), status: 429 }
  }
  if (error instanceof LockedAuth) {
    const generic = new AuthenticationError(req.t)
    return { response: formatErrors(generic), status: generic.status }
  }
}
