import type { CollectionConfig } from 'payload'
import { draftIssueOfEditor } from '../../access/draftIssueOfEditor'
import { isAdminOrEditor } from '../../access/isAdminOrEditor'
import { lifeDomainsField } from '../../fields/lifeDomains'
import { NEWSLETTER_GROUP } from '../NewsletterSubscribers'
import { previewEndpoint } from './endpoints/preview'
import { keepProgressAndRequestSending, queueSending } from './hooks/sending'
import { fillSuggestions } from './hooks/fillSuggestions'
import { DAY_AND_TIME } from '../../fields/dateDisplay'

const progress = (name: string, nl: string, en: string) =>
  ({
    name,
    type: 'number',
    label: { nl, en },
    admin: { readOnly: true, position: 'sidebar' },
  }) as const

/**
 * A newsletter issue: an intro and picked (or suggested) news, knowledge products and events.
 * "Versturen" queues the sending job (cms/src/newsletter); its progress shows in the sidebar.
 * Editors and admins only; the preview is the exact mail (docs/newsletter.md).
 */
export const NewsletterIssues: CollectionConfig<'newsletter-issues'> = {
  slug: 'newsletter-issues',
  labels: {
    singular: { nl: 'Nieuwsbrief', en: 'Newsletter issue' },
    plural: { nl: 'Nieuwsbrieven', en: 'Newsletter issues' },
  },
  admin: {
    group: NEWSLETTER_GROUP,
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'sentCount', 'recipientCount', 'sentAt'],
    // The edit view's preview button opens the mail exactly as subscribers get it.
    preview: (doc, { req }) =>
      doc?.id
        ? `${req.payload.config.serverURL}/api/newsletter-issues/${String(doc.id)}/preview`
        : null,
  },
  access: {
    read: isAdminOrEditor,
    create: isAdminOrEditor,
    update: draftIssueOfEditor,
    delete: draftIssueOfEditor,
  },
  endpoints: [previewEndpoint],
  hooks: {
    beforeChange: [keepProgressAndRequestSending, fillSuggestions],
    afterChange: [queueSending],
  },
  fields: [
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true },
    { name: 'intro', type: 'textarea', label: { nl: 'Inleiding', en: 'Introduction' } },
    {
      ...lifeDomainsField(),
      admin: {
        position: 'sidebar',
        description: {
          nl: 'Alleen abonnees met een van deze levensdomeinen (of zonder voorkeur) krijgen deze nieuwsbrief; leeg: iedereen. Ook de voorstellen volgen deze keuze.',
          en: 'Only subscribers with one of these life domains (or none) get this issue; empty: everyone. Suggestions follow it too.',
        },
      },
    },
    {
      name: 'suggest',
      type: 'checkbox',
      label: { nl: 'Inhoud voorstellen bij opslaan', en: 'Suggest content on save' },
      admin: {
        description: {
          nl: 'Vult lege lijsten hieronder met recent gepubliceerd nieuws en kennisproducten en komende bijeenkomsten.',
          en: 'Fills the empty lists below with recent published news and knowledge products and upcoming events.',
        },
      },
    },
    {
      name: 'news',
      type: 'relationship',
      relationTo: 'news',
      hasMany: true,
      maxRows: 10,
      label: { nl: 'Nieuws', en: 'News' },
    },
    {
      name: 'knowledgeProducts',
      type: 'relationship',
      relationTo: 'knowledge-products',
      hasMany: true,
      maxRows: 10,
      label: { nl: 'Kennisproducten', en: 'Knowledge products' },
    },
    {
      name: 'events',
      type: 'relationship',
      relationTo: 'events',
      hasMany: true,
      maxRows: 10,
      label: { nl: 'Bijeenkomsten', en: 'Events' },
    },
    {
      name: 'send',
      type: 'checkbox',
      label: { nl: 'Versturen bij opslaan', en: 'Send on save' },
      admin: {
        position: 'sidebar',
        description: {
          nl: 'Verstuurt deze nieuwsbrief naar alle bevestigde abonnees (eenmalig). Bekijk eerst het voorbeeld.',
          en: 'Sends this issue to every confirmed subscriber (once). Check the preview first.',
        },
        condition: (data) => !data?.status || data.status === 'draft',
      },
    },
    {
      name: 'status',
      type: 'select',
      label: { nl: 'Status', en: 'Status' },
      required: true,
      defaultValue: 'draft',
      options: [
        { value: 'draft', label: { nl: 'Concept', en: 'Draft' } },
        { value: 'sending', label: { nl: 'Wordt verstuurd', en: 'Sending' } },
        { value: 'sent', label: { nl: 'Verstuurd', en: 'Sent' } },
      ],
      admin: { readOnly: true, position: 'sidebar' },
    },
    progress('recipientCount', 'Ontvangers', 'Recipients'),
    progress('sentCount', 'Verstuurd', 'Sent'),
    progress(
      'skippedCount',
      'Overgeslagen (afgemeld tijdens verzenden)',
      'Skipped (unsubscribed meanwhile)',
    ),
    {
      name: 'sendStartedAt',
      type: 'date',
      label: { nl: 'Verzenden gestart', en: 'Sending started' },
      admin: { readOnly: true, position: 'sidebar', date: DAY_AND_TIME },
    },
    {
      name: 'sentAt',
      type: 'date',
      label: { nl: 'Verstuurd op', en: 'Sent at' },
      admin: { readOnly: true, position: 'sidebar', date: DAY_AND_TIME },
    },
  ],
  timestamps: true,
}
