import type { CollectionConfig, FieldHook } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { lifeDomainsField } from '../fields/lifeDomains'
import { hasRole, type Role } from './Users/roles'
import { DAY_AND_TIME } from '../fields/dateDisplay'

export const NEWSLETTER_GROUP = { nl: 'Nieuwsbrief', en: 'Newsletter' }

export const SUBSCRIBER_STATES = ['pending', 'confirmed', 'unsubscribed'] as const

const normaliseEmail: FieldHook = ({ value }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value

/** Kept for the lookups only; never readable, never shown. */
const secret = (name: string) =>
  ({
    name,
    type: 'text',
    index: true,
    hidden: true,
    access: { read: () => false, create: () => false, update: () => false },
  }) as const

/**
 * Who gets the newsletter (double opt-in, docs/newsletter.md). Personal data: only admins read,
 * change (e.g. unsubscribe someone on request) or delete (erasure) subscribers; nobody creates
 * one here, only `subscribeToNewsletter` does, so every address proved it wants the mail.
 * Editors see how many an issue went to, never who. Tokens are stored as SHA-256 hashes only.
 */
export const NewsletterSubscribers: CollectionConfig<'newsletter-subscribers'> = {
  slug: 'newsletter-subscribers',
  labels: {
    singular: { nl: 'Abonnee', en: 'Subscriber' },
    plural: { nl: 'Abonnees', en: 'Subscribers' },
  },
  admin: {
    group: NEWSLETTER_GROUP,
    useAsTitle: 'email',
    defaultColumns: ['email', 'state', 'confirmedAt', 'lifeDomains'],
    hidden: ({ user }) => !hasRole(user as { role?: Role | null }, 'admin'),
  },
  access: {
    read: isAdmin,
    create: () => false,
    update: isAdmin,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'email',
      type: 'email',
      label: { nl: 'E-mailadres', en: 'E-mail address' },
      required: true,
      unique: true,
      hooks: { beforeValidate: [normaliseEmail] },
    },
    {
      name: 'state',
      type: 'select',
      label: { nl: 'Status', en: 'State' },
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [
        { value: 'pending', label: { nl: 'Wacht op bevestiging', en: 'Awaiting confirmation' } },
        { value: 'confirmed', label: { nl: 'Bevestigd', en: 'Confirmed' } },
        { value: 'unsubscribed', label: { nl: 'Afgemeld', en: 'Unsubscribed' } },
      ],
    },
    {
      ...lifeDomainsField(),
      admin: { position: 'sidebar', description: { nl: 'Leeg: alles.', en: 'Empty: everything.' } },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      label: { nl: 'Bevestigd op', en: 'Confirmed at' },
      admin: { readOnly: true, position: 'sidebar', date: DAY_AND_TIME },
    },
    {
      name: 'unsubscribedAt',
      type: 'date',
      label: { nl: 'Afgemeld op', en: 'Unsubscribed at' },
      admin: { readOnly: true, position: 'sidebar', date: DAY_AND_TIME },
    },
    {
      name: 'confirmationSentAt',
      type: 'date',
      label: { nl: 'Laatste bevestigingsmail', en: 'Last confirmation mail' },
      admin: { readOnly: true, position: 'sidebar', date: DAY_AND_TIME },
    },
    secret('confirmationTokenHash'),
    {
      name: 'confirmationExpiresAt',
      type: 'date',
      hidden: true,
      access: { read: () => false, create: () => false, update: () => false },
    },
    secret('unsubscribeNonce'),
    secret('unsubscribeTokenHash'),
  ],
  timestamps: true,
}
