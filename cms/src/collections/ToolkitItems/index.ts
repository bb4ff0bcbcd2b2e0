import type { CollectionConfig, PayloadRequest } from 'payload'
import { isAdminOrOrganiser } from '../../access/isAdminOrOrganiser'
import { publishedOrOrganiser } from '../../access/publishedOrOrganiser'
import { localize } from '../../fields/localized'
import { posterEndpoint } from './endpoints/poster'
import { renderEndpoint } from './endpoints/render'

export const TOOLKIT_KINDS = ['poster', 'text', 'inspiration-session'] as const

const KIND_LABELS = {
  poster: { nl: 'Poster', en: 'Poster' },
  text: { nl: 'Kant-en-klare tekst', en: 'Ready-made text' },
  'inspiration-session': { nl: 'Inspiratiesessie', en: 'Inspiration session' },
} as const

const kindOf = (siblingData: unknown): unknown => (siblingData as { kind?: unknown }).kind

const is = (kind: string) => (_: unknown, siblingData: { kind?: unknown }) =>
  siblingData.kind === kind

/** The field this kind of item consists of is required for it, and only for it. */
const requiredFor =
  (kind: string, message: { nl: string; en: string }) =>
  (value: unknown, { siblingData, req }: { siblingData: unknown; req: PayloadRequest }) =>
    kindOf(siblingData) !== kind ||
    (value !== null && value !== undefined && value !== '') ||
    localize(req, message)

/** Campaign material for municipalities in one edition: posters, texts, inspiration sessions. */
export const ToolkitItems: CollectionConfig<'toolkit-items'> = {
  slug: 'toolkit-items',
  labels: {
    singular: { nl: 'Toolkititem', en: 'Toolkit item' },
    plural: { nl: 'Toolkit', en: 'Toolkit' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'edition', '_status'],
    listSearchableFields: ['title', 'description'],
    group: { nl: 'Verkiezing', en: 'Election' },
    description: {
      nl: 'In teksten vult de toolkit {gemeente}, {provincie}, {cbscode}, {jaar} en {thema} in per gemeente: GET /api/toolkit-items/<id>/render?municipality=GM0363. Een poster krijgt de naam van de gemeente en de data van de publieksstemming: GET /api/toolkit-items/<id>/poster?municipality=GM0363 (png, svg of json met de alt-tekst).',
      en: 'In texts the toolkit fills in {gemeente}, {provincie}, {cbscode}, {jaar} and {thema} per municipality: GET /api/toolkit-items/<id>/render?municipality=GM0363. A poster gets the municipality’s name and the public vote’s dates: GET /api/toolkit-items/<id>/poster?municipality=GM0363 (png, svg or json with the alt text).',
    },
  },
  versions: { drafts: true, maxPerDoc: 20 },
  access: {
    read: publishedOrOrganiser,
    readVersions: isAdminOrOrganiser,
    create: isAdminOrOrganiser,
    update: isAdminOrOrganiser,
    delete: isAdminOrOrganiser,
  },
  endpoints: [renderEndpoint, posterEndpoint],
  fields: [
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true },
    {
      name: 'edition',
      type: 'relationship',
      relationTo: 'election-editions',
      label: { nl: 'Editie', en: 'Edition' },
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'kind',
      type: 'select',
      label: { nl: 'Soort', en: 'Kind' },
      required: true,
      defaultValue: 'text',
      enumName: 'enum_toolkit_kind',
      options: TOOLKIT_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    { name: 'description', type: 'textarea', label: { nl: 'Toelichting', en: 'Description' } },
    {
      name: 'poster',
      type: 'upload',
      relationTo: 'media',
      label: { nl: 'Posterbestand', en: 'Poster file' },
      admin: { condition: is('poster') },
      validate: requiredFor('poster', {
        nl: 'Voeg het posterbestand toe.',
        en: 'Add the poster file.',
      }),
    },
    {
      name: 'template',
      type: 'textarea',
      label: { nl: 'Tekst met invulvelden', en: 'Text with placeholders' },
      admin: {
        condition: is('text'),
        description: {
          nl: 'Gebruik {gemeente}, {provincie}, {cbscode}, {jaar} en {thema}; die worden per gemeente ingevuld.',
          en: 'Use {gemeente}, {provincie}, {cbscode}, {jaar} and {thema}; they are filled in per municipality.',
        },
      },
      validate: requiredFor('text', {
        nl: 'Vul de tekst in.',
        en: 'Enter the text.',
      }),
    },
    {
      name: 'event',
      type: 'relationship',
      relationTo: 'events',
      label: { nl: 'Bijeenkomst', en: 'Event' },
      admin: { condition: is('inspiration-session') },
      validate: requiredFor('inspiration-session', {
        nl: 'Kies de bijeenkomst van deze inspiratiesessie.',
        en: 'Choose the event of this inspiration session.',
      }),
    },
  ],
  timestamps: true,
}
