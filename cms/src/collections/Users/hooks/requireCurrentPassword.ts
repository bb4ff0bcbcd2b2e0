import {
  type CollectionBeforeValidateHook,
  incrementLoginAttempts,
  type PayloadRequest,
  type TypeWithID,
  ValidationError,
} from 'payload'
import { localize, type Localized } from '../../../fields/localized'
import { hasRole, type Role } from '../roles'
import { verifyPassword } from '../verifyPassword'

export const CURRENT_PASSWORD_MESSAGES = {
  missing: {
    nl: 'Vul uw huidige wachtwoord in om uw wachtwoord of e-mailadres te wijzigen.',
    en: 'Enter your current password to change your password or e-mail address.',
  },
  wrong: {
    nl: 'Het huidige wachtwoord is onjuist.',
    en: 'The current password is incorrect.',
  },
  emailByAdminOnly: {
    nl: 'Alleen een beheerder kan het e-mailadres van een account wijzigen. Vraag een beheerder om het aan te passen.',
    en: 'Only an administrator can change the e-mail address of an account. Ask an administrator to change it.',
  },
} as const satisfies Record<string, Localized>

/** The row as stored: with hash, salt and lockout counters, which hooks never see. */
type StoredAccount = TypeWithID & Record<string, unknown>

const normalised = (email: unknown) =>
  typeof email === 'string' ? email.toLowerCase().trim() : undefined

function refuse(req: PayloadRequest, path: string, message: Localized): never {
  throw new ValidationError(
    { collection: 'users', errors: [{ path, message: localize(req, message) }] },
    req.t,
  )
}

/**
 * A token alone must not take an account over: whoever changes their own password or e-mail
 * address proves they know the current password (`currentPassword`, a virtual field). A wrong
 * one counts as a failed login towards Payload's lockout (5 attempts, 15 minutes), so a stolen
 * token cannot be used to guess it; a locked account is refused like a wrong password.
 *
 * Only admins change e-mail addresses (their own with the current password, others' without):
 * the "already in use" answer of the unique e-mail would otherwise tell any user which
 * addresses have accounts. An admin setting another user's password needs no current password.
 * Local API calls without a user (setup, scripts) are our own code and pass.
 */
export const requireCurrentPassword: CollectionBeforeValidateHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  const user = req.user as ({ id: number | string; role?: Role | null } & object) | null
  if (operation !== 'update' || !user || !originalDoc || !data) return data
  const own = req.user?.collection === 'users' && String(user.id) === String(originalDoc.id)
  const changesPassword = typeof data.password === 'string' && data.password !== ''
  const newEmail = normalised(data.email)
  const changesEmail = newEmail !== undefined && newEmail !== normalised(originalDoc.email)
  const admin = hasRole(user, 'admin')

  if (changesEmail && !admin) refuse(req, 'email', CURRENT_PASSWORD_MESSAGES.emailByAdminOnly)
  if (!own || (!changesPassword && !changesEmail)) return data

  const currentPassword: unknown = data.currentPassword
  if (typeof currentPassword !== 'string' || currentPassword === '') {
    refuse(req, 'currentPassword', CURRENT_PASSWORD_MESSAGES.missing)
  }
  // Hash, salt and lock live outside the document Payload hands to hooks; read outside the
  // update's transaction, as Payload's login does, so a parallel guess sees the same count.
  const account = await req.payload.db.findOne<StoredAccount>({
    collection: 'users',
    where: { id: { equals: originalDoc.id } },
  })
  const collection = req.payload.collections.users.config
  const lockUntil = account?.lockUntil
  const locked =
    (typeof lockUntil === 'string' || lockUntil instanceof Date) &&
    new Date(lockUntil).getTime() > Date.now()
  const matches = account ? await verifyPassword(currentPassword, account) : false
  if (!account || locked || !matches) {
    if (account && !locked) {
      await incrementLoginAttempts({
        collection,
        payload: req.payload,
        user: { ...account, collection: 'users' } as Parameters<
          typeof incrementLoginAttempts
        >[0]['user'],
      })
    }
    refuse(req, 'currentPassword', CURRENT_PASSWORD_MESSAGES.wrong)
  }
  // A successful check ends the count, as a successful login does. Through the update itself:
  // it writes the counter it read at its start, which would undo a separate reset.
  return { ...data, loginAttempts: 0, lockUntil: null }
}
