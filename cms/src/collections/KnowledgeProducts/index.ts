import type { CollectionConfig } from 'payload'
import { isAdminOrEditor } from '../../access/isAdminOrEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { crpdArticlesField } from '../../fields/crpdArticles'
import { lifeDomainsField } from '../../fields/lifeDomains'
import { imageField, pdfField } from '../../fields/media'
import { municipalityCodesField } from '../../fields/municipality'
import { publishedAtField } from '../../fields/publishedAt'
import { readabilityField, readabilityHintField, setReadability } from '../../fields/readability'
import { slugField } from '../../fields/slug'
import { KNOWLEDGE_PRODUCT_TYPE_LABELS, KNOWLEDGE_PRODUCT_TYPES } from './types'

/** Guides, collections of examples and toolkits of the programme "Iedereen doet mee!". */
export const KnowledgeProducts: CollectionConfig<'knowledge-products'> = {
  slug: 'knowledge-products',
  labels: {
    singular: { nl: 'Kennisproduct', en: 'Knowledge product' },
    plural: { nl: 'Kennisproducten', en: 'Knowledge products' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'type', '_status', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'slug', 'summary'],
  },
  versions: {
    // Scheduled publishing queues a Payload job; the admin server runs the queue every minute
    // (jobs.autoRun in createPayloadConfig, CMS_JOBS_AUTORUN).
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
  hooks: { beforeChange: [setReadability()] },
  access: {
    read: publishedOrEditor,
    readVersions: isAdminOrEditor,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { nl: 'Titel', en: 'Title' },
      required: true,
    },
    slugField('title'),
    {
      name: 'type',
      type: 'select',
      label: { nl: 'Soort', en: 'Type' },
      required: true,
      defaultValue: 'handreiking',
      options: KNOWLEDGE_PRODUCT_TYPES.map((type) => ({
        value: type,
        label: KNOWLEDGE_PRODUCT_TYPE_LABELS[type],
      })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'summary',
      type: 'textarea',
      label: { nl: 'Samenvatting', en: 'Summary' },
      admin: {
        description: {
          nl: 'Een of twee zinnen voor overzichten en zoekresultaten.',
          en: 'One or two sentences for listings and search results.',
        },
      },
    },
    {
      name: 'body',
      type: 'richText',
      label: { nl: 'Inhoud', en: 'Body' },
    },
    pdfField({
      name: 'file',
      label: { nl: 'Download (pdf)', en: 'Download (PDF)' },
    }),
    imageField({
      name: 'coverImage',
      label: { nl: 'Omslagafbeelding', en: 'Cover image' },
    }),
    lifeDomainsField(),
    crpdArticlesField(),
    municipalityCodesField(),
    publishedAtField(),
    readabilityField(),
    readabilityHintField(),
  ],
  timestamps: true,
}
