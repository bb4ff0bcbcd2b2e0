import type { CollectionConfig } from 'payload'
import { isAdminOrEditor } from '../access/isAdminOrEditor'
import { publishedOrEditor } from '../access/publishedOrEditor'
import { lifeDomainsField } from '../fields/lifeDomains'
import { imageField } from '../fields/media'
import { publishedAtField } from '../fields/publishedAt'
import { readabilityField, readabilityHintField, setReadability } from '../fields/readability'
import { slugField } from '../fields/slug'

/** News of the programme. */
export const News: CollectionConfig<'news'> = {
  slug: 'news',
  labels: {
    singular: { nl: 'Nieuwsbericht', en: 'News item' },
    plural: { nl: 'Nieuws', en: 'News' },
  },
  defaultSort: '-publishedAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'publishedAt', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary'],
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrEditor,
    readVersions: isAdminOrEditor,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  hooks: { beforeChange: [setReadability()] },
  fields: [
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      label: { nl: 'Samenvatting', en: 'Summary' },
      required: true,
    },
    imageField({ name: 'image', label: { nl: 'Afbeelding', en: 'Image' } }),
    { name: 'body', type: 'richText', label: { nl: 'Inhoud', en: 'Body' } },
    lifeDomainsField(),
    publishedAtField(),
    readabilityField(),
    readabilityHintField(),
  ],
  timestamps: true,
}
