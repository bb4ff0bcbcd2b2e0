import type { CollectionConfig, DateField } from 'payload'
import { isAdminOrEditor } from '../../access/isAdminOrEditor'
import { publishedOrEditor } from '../../access/publishedOrEditor'
import { lifeDomainsField } from '../../fields/lifeDomains'
import { validateHttpsUrl } from '../../fields/links'
import { readabilityField, readabilityHintField, setReadability } from '../../fields/readability'
import { slugField } from '../../fields/slug'
import { DEFAULT_TIMEZONE, SUPPORTED_TIMEZONES } from '../../timezones'
import { EVENT_FORMATS, validateEndsAt, validateLocation, validateOnlineUrl } from './validation'

const FORMAT_LABELS = {
  digital: { nl: 'Digitaal', en: 'Digital' },
  physical: { nl: 'Fysiek', en: 'Physical' },
  hybrid: { nl: 'Hybride', en: 'Hybrid' },
} as const

const dateTime = (): Pick<DateField, 'timezone' | 'admin'> => ({
  // Stores the instant (UTC) plus the zone the editor chose in `<field>_tz`.
  timezone: { defaultTimezone: DEFAULT_TIMEZONE, supportedTimezones: SUPPORTED_TIMEZONES },
  admin: {
    date: {
      pickerAppearance: 'dayAndTime',
      displayFormat: 'd MMMM yyyy HH:mm',
      timeFormat: 'HH:mm',
      timeIntervals: 15,
    },
  },
})

const hasFormat =
  (...formats: string[]) =>
  (_: unknown, siblingData: { format?: unknown }) =>
    typeof siblingData.format === 'string' && formats.includes(siblingData.format)

/**
 * Meetings, webinars and inspiration sessions. Upcoming ones: `where: { startsAt:
 * { greater_than_equal: now } }` sorted by `startsAt`; past ones: `less_than: now`, `-startsAt`.
 */
export const Events: CollectionConfig<'events'> = {
  slug: 'events',
  labels: {
    singular: { nl: 'Bijeenkomst', en: 'Event' },
    plural: { nl: 'Bijeenkomsten', en: 'Events' },
  },
  defaultSort: '-startsAt',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'format', 'location', '_status'],
    listSearchableFields: ['title', 'summary', 'location'],
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: publishedOrEditor,
    readVersions: isAdminOrEditor,
    create: isAdminOrEditor,
    update: isAdminOrEditor,
    delete: isAdminOrEditor,
  },
  hooks: { beforeChange: [setReadability({ body: 'description' })] },
  fields: [
    { name: 'title', type: 'text', label: { nl: 'Titel', en: 'Title' }, required: true },
    slugField('title'),
    {
      name: 'format',
      type: 'select',
      label: { nl: 'Vorm', en: 'Format' },
      required: true,
      defaultValue: 'physical',
      enumName: 'enum_event_format',
      options: EVENT_FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          label: { nl: 'Begin', en: 'Start' },
          required: true,
          index: true,
          ...dateTime(),
        },
        {
          name: 'endsAt',
          type: 'date',
          label: { nl: 'Einde', en: 'End' },
          required: true,
          validate: validateEndsAt,
          ...dateTime(),
        },
      ],
    },
    {
      name: 'location',
      type: 'textarea',
      label: { nl: 'Locatie (adres)', en: 'Location (address)' },
      validate: validateLocation,
      admin: { condition: hasFormat('physical', 'hybrid') },
    },
    {
      name: 'onlineUrl',
      type: 'text',
      label: { nl: 'Link online bijeenkomst', en: 'Online link' },
      validate: validateOnlineUrl,
      admin: { condition: hasFormat('digital', 'hybrid') },
    },
    {
      name: 'registrationUrl',
      type: 'text',
      label: { nl: 'Aanmeldlink', en: 'Registration link' },
      validate: validateHttpsUrl,
    },
    {
      name: 'capacity',
      type: 'number',
      label: { nl: 'Aantal plaatsen', en: 'Capacity' },
      min: 1,
      admin: { position: 'sidebar' },
    },
    lifeDomainsField(),
    {
      name: 'summary',
      type: 'textarea',
      label: { nl: 'Samenvatting', en: 'Summary' },
    },
    { name: 'description', type: 'richText', label: { nl: 'Beschrijving', en: 'Description' } },
    readabilityField(),
    readabilityHintField(),
  ],
  timestamps: true,
}
