import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { canAccessAdmin } from '../../access/canAccessAdmin'
import { canReadUsers } from '../../access/canReadUsers'
import { isAdmin } from '../../access/isAdmin'
import { isAdminFieldLevel } from '../../access/isAdminFieldLevel'
import { isAdminOrSelf } from '../../access/isAdminOrSelf'
import { localize } from '../../fields/localized'
import { validateMunicipalityCode } from '../../fields/municipality'
import { answerAuthFailuresAlike } from './hooks/answerAuthFailuresAlike'
import { checkPasswordEvenWithoutAccount } from './hooks/checkPasswordEvenWithoutAccount'
import { clearMunicipalityUnlessOfficial } from './hooks/clearMunicipalityUnlessOfficial'
import { ensureFirstUserIsAdmin } from './hooks/ensureFirstUserIsAdmin'
import { limitAttemptsPerAddress } from './hooks/limitAttemptsPerAddress'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'
import { hasRole, type Role, ROLE_LABELS, ROLES } from './roles'

const FIFTEEN_MINUTES_MS = 15 * 60 * 1000
const TWO_HOURS_S = 2 * 60 * 60

const requireCodeForOfficials: TextFieldSingleValidation = (value, options) => {
  const role: unknown = (options.siblingData as { role?: unknown } | undefined)?.role
  if (role === 'municipal-official' && !value) {
    return localize(options.req, {
      nl: 'Een gemeenteambtenaar heeft een gemeentecode nodig (CBS-code, bijvoorbeeld GM0363).',
      en: 'A municipal official needs a municipality code (CBS code, e.g. GM0363).',
    })
  }
  return validateMunicipalityCode(value, options)
}

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: { nl: 'Gebruiker', en: 'User' },
    plural: { nl: 'Gebruikers', en: 'Users' },
  },
  admin: {
    // Only admins manage accounts; everyone else reaches their own through the account menu.
    hidden: ({ user }) => !hasRole(user as { role?: Role | null }, 'admin'),
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'municipalityCode'],
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: FIFTEEN_MINUTES_MS,
    tokenExpiration: TWO_HOURS_S,
  },
  access: {
    admin: canAccessAdmin,
    create: isAdmin,
    read: canReadUsers,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  // Login protection (docs/cms.md): the route wrapper counts attempts per client; these count
  // them per e-mail address and make a failed login look and last the same for every address.
  hooks: {
    beforeOperation: [limitAttemptsPerAddress, checkPasswordEvenWithoutAccount],
    // A stolen token alone cannot change the password or e-mail address (docs/cms.md, "Accounts").
    beforeValidate: [requireCurrentPassword],
    afterError: [answerAuthFailuresAlike],
  },
  fields: [
    {
      // Never stored nor returned: proves the current password when changing one's own password
      // or e-mail address (hook requireCurrentPassword).
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: { nl: 'Huidig wachtwoord', en: 'Current password' },
      hooks: { afterRead: [() => undefined] },
      admin: {
        components: { Field: '/collections/Users/CurrentPasswordField#CurrentPasswordField' },
        condition: (data: { id?: unknown }, _siblingData, { user }) =>
          Boolean(user && data.id !== undefined && String(data.id) === String(user.id)),
        description: {
          nl: 'Alleen nodig als u uw eigen wachtwoord of e-mailadres wijzigt.',
          en: 'Only needed when you change your own password or e-mail address.',
        },
        disableListColumn: true,
        disableListFilter: true,
      },
    },
    {
      name: 'name',
      type: 'text',
      label: { nl: 'Naam', en: 'Name' },
      required: true,
    },
    {
      name: 'role',
      type: 'select',
      label: { nl: 'Rol', en: 'Role' },
      required: true,
      options: ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
      // The monitor authorises with the role and municipality from the Payload JWT.
      saveToJWT: true,
      access: { create: isAdminFieldLevel, update: isAdminFieldLevel },
      hooks: { beforeChange: [ensureFirstUserIsAdmin] },
      admin: { position: 'sidebar' },
    },
    {
      name: 'municipalityCode',
      type: 'text',
      label: { nl: 'Gemeentecode (CBS)', en: 'Municipality code (CBS)' },
      saveToJWT: true,
      access: { create: isAdminFieldLevel, update: isAdminFieldLevel },
      hooks: { beforeChange: [clearMunicipalityUnlessOfficial] },
      validate: requireCodeForOfficials,
      admin: {
        position: 'sidebar',
        description: {
          nl: 'Alleen voor gemeenteambtenaren: GM gevolgd door vier cijfers, bijvoorbeeld GM0363 (Amsterdam).',
          en: 'Municipal officials only: GM followed by four digits, e.g. GM0363 (Amsterdam).',
        },
        condition: (_data, siblingData: { role?: unknown }) =>
          siblingData.role === 'municipal-official',
      },
    },
  ],
  timestamps: true,
}
