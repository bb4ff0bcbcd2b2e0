import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/isAdmin'
import { NEWSLETTER_GROUP } from './NewsletterSubscribers'
import { hasRole, type Role } from './Users/roles'
import { DAY_AND_TIME } from '../fields/dateDisplay'

/**
 * One issue to one subscriber, at most once: the unique (issue, subscriber) index is the claim
 * the sending job takes before it mails (cms/src/newsletter/sendBatch.ts). Written only by that
 * job; read by admins only (it names subscribers).
 */
export const NewsletterDeliveries: CollectionConfig<'newsletter-deliveries'> = {
  slug: 'newsletter-deliveries',
  labels: {
    singular: { nl: 'Verzending', en: 'Delivery' },
    plural: { nl: 'Verzendingen', en: 'Deliveries' },
  },
  admin: {
    group: NEWSLETTER_GROUP,
    defaultColumns: ['issue', 'subscriber', 'status', 'sentAt'],
    hidden: ({ user }) => !hasRole(user as { role?: Role | null }, 'admin'),
  },
  access: {
    read: isAdmin,
    create: () => false,
    update: () => false,
    delete: isAdmin,
  },
  indexes: [{ fields: ['issue', 'subscriber'], unique: true }],
  fields: [
    {
      name: 'issue',
      type: 'relationship',
      relationTo: 'newsletter-issues',
      label: { nl: 'Nieuwsbrief', en: 'Issue' },
      required: true,
      index: true,
    },
    {
      name: 'subscriber',
      type: 'relationship',
      relationTo: 'newsletter-subscribers',
      label: { nl: 'Abonnee', en: 'Subscriber' },
      index: true,
    },
    {
      name: 'status',
      type: 'select',
      label: { nl: 'Status', en: 'Status' },
      required: true,
      options: [
        {
          value: 'claimed',
          label: { nl: 'Geclaimd (niet zeker verstuurd)', en: 'Claimed (not known to be sent)' },
        },
        { value: 'sent', label: { nl: 'Verstuurd', en: 'Sent' } },
        {
          value: 'skipped',
          label: { nl: 'Overgeslagen (afgemeld)', en: 'Skipped (unsubscribed)' },
        },
      ],
    },
    {
      name: 'claimedAt',
      type: 'date',
      label: { nl: 'Geclaimd op', en: 'Claimed at' },
      admin: { date: DAY_AND_TIME },
    },
    {
      name: 'sentAt',
      type: 'date',
      label: { nl: 'Verstuurd op', en: 'Sent at' },
      admin: { date: DAY_AND_TIME },
    },
  ],
  timestamps: true,
}
