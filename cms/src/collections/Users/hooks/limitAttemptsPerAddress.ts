import type { CollectionBeforeOperationHook } from 'payload'
import { loginLimits } from '../../../security/loginLimits'
import { LoginRateLimitedError } from '../../../security/rateLimited'
import { loginAttemptData } from './loginAttemptData'

/**
 * Counts login and forgot-password attempts per e-mail address, so one account cannot be
 * hammered from many client addresses (the route wrapper counts per client). It runs here, not in
 * the route wrapper, because only here is the address the one Payload will look up: the admin's
 * login form posts multipart with a `_payload` field, API clients post JSON. Every address is
 * counted, existing or not, so the limit reveals nothing. REST only: the Local API is our own code.
 */
export const limitAttemptsPerAddress: CollectionBeforeOperationHook<'users'> = async ({
  args,
  operation,
  req,
}) => {
  if (req.payloadAPI !== 'REST') return
  if (operation !== 'login' && operation !== 'forgotPassword') return
  const { email } = loginAttemptData(args)
  if (!email) return
  const decision = await loginLimits().perAddress(
    operation === 'login' ? 'login' : 'forgot-password',
    email,
  )
  if (!decision.allowed) throw new LoginRateLimitedError(decision.retryAfterSeconds)
}
