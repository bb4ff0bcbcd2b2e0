import type { CollectionBeforeOperationHook } from 'payload'
import { checkPasswordWithoutAccount } from '../../../security/passwordCheckWithoutAccount'
import { loginAttemptData } from './loginAttemptData'

/**
 * Payload 3.90 hashes the password only for an existing, unlocked account: an unknown address
 * or a locked account is refused after one query, about 100 ms sooner than a wrong password, and
 * that difference tells an attacker which addresses have accounts. This looks the account up
 * first and, when Payload will not check the password, spends the same PBKDF2 work itself.
 */
export const checkPasswordEvenWithoutAccount: CollectionBeforeOperationHook<'users'> = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login') return
  const { email, password } = loginAttemptData(args)
  // Payload refuses these with a 400 before any lookup, for every address alike.
  if (!email || password.trim() === '') return
  const account: unknown = await req.payload.db.findOne({
    collection: collection.slug,
    req,
    where: { email: { equals: email } },
  })
  const lockUntil: unknown = (account as { lockUntil?: unknown } | null)?.lockUntil
  const until =
    typeof lockUntil === 'string' || lockUntil instanceof Date ? new Date(lockUntil).getTime() : 0
  // Payload's isUserLocked: a lock ends at lockUntil.
  const locked = until > Date.now()
  if (!account || locked) await checkPasswordWithoutAccount(password)
}
