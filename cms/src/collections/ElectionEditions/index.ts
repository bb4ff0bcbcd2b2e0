import type { CollectionConfig, DateField } from 'payload'
import { isAdminOrOrganiser } from '../../access/isAdminOrOrganiser'
import { publishedOrOrganiser } from '../../access/publishedOrOrganiser'
import { LIFE_DOMAIN_OPTIONS } from '../../fields/lifeDomains'
import { municipalityCodesField, municipalityField } from '../../fields/municipality'
import { DEFAULT_TIMEZONE, SUPPORTED_TIMEZONES } from '../../timezones'
import { hasRole } from '../Users/roles'
import { organiserEndpoints } from './endpoints/organiser'
import { validateRounds } from './hooks/validateRounds'
import { ELECTION_ROUND_LABELS, ELECTION_ROUNDS } from './rounds'

export const INFLUENCE_LEVELS = ['direct', 'partial', 'indirect'] as const

const INFLUENCE_LABELS = {
  direct: { nl: 'Directe invloed', en: 'Direct influence' },
  partial: { nl: 'Gedeeltelijke invloed', en: 'Partial influence' },
  indirect: { nl: 'Indirecte invloed', en: 'Indirect influence' },
} as const

const roundDate = (name: string, label: { nl: string; en: string }): DateField => ({
  name,
  type: 'date',
  label,
  required: true,
  timezone: { defaultTimezone: DEFAULT_TIMEZONE, supportedTimezones: SUPPORTED_TIMEZONES },
  admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'd MMMM yyyy HH:mm' } },
})

/** One year of the election Meest Toegankelijke Gemeente: its rounds, questions, jury, awards. */
export const ElectionEditions: CollectionConfig<'election-editions'> = {
  slug: 'election-editions',
  labels: {
    singular: { nl: 'Verkiezingseditie', en: 'Election edition' },
    plural: { nl: 'Verkiezingsedities', en: 'Election editions' },
  },
  defaultSort: '-year',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'theme', '_status'],
    group: { nl: 'Verkiezing', en: 'Election' },
  },
  versions: { drafts: true, maxPerDoc: 20 },
  access: {
    read: publishedOrOrganiser,
    readVersions: isAdminOrOrganiser,
    create: isAdminOrOrganiser,
    update: isAdminOrOrganiser,
    delete: isAdminOrOrganiser,
  },
  hooks: {
    beforeChange: [validateRounds],
  },
  // Results, voiding and the move to the next round, from the monitor (docs/election.md).
  endpoints: organiserEndpoints,
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { nl: 'Titel', en: 'Title' },
      admin: { readOnly: true, hidden: true },
      hooks: {
        beforeChange: [
          ({ siblingData }) =>
            typeof siblingData.year === 'number'
              ? `Meest Toegankelijke Gemeente ${siblingData.year}`
              : undefined,
        ],
      },
    },
    {
      name: 'year',
      type: 'number',
      label: { nl: 'Jaar', en: 'Year' },
      required: true,
      unique: true,
      min: 2000,
      max: 2100,
      admin: { position: 'sidebar', step: 1 },
    },
    { name: 'theme', type: 'text', label: { nl: 'Thema', en: 'Theme' } },
    {
      name: 'rounds',
      type: 'array',
      label: { nl: 'Rondes', en: 'Rounds' },
      labels: { singular: { nl: 'Ronde', en: 'Round' }, plural: { nl: 'Rondes', en: 'Rounds' } },
      admin: {
        description: {
          nl: 'Beoordeling, publieksstemming en jury, in die volgorde en zonder overlap.',
          en: 'Rating, public vote and jury, in that order and without overlap.',
        },
      },
      fields: [
        {
          name: 'round',
          type: 'select',
          label: { nl: 'Ronde', en: 'Round' },
          required: true,
          enumName: 'enum_election_round',
          options: ELECTION_ROUNDS.map((value) => ({ value, label: ELECTION_ROUND_LABELS[value] })),
        },
        {
          type: 'row',
          fields: [
            roundDate('opensAt', { nl: 'Opent', en: 'Opens' }),
            roundDate('closesAt', { nl: 'Sluit', en: 'Closes' }),
          ],
        },
      ],
    },
    {
      name: 'ratingQuestions',
      type: 'array',
      label: { nl: 'Beoordelingsvragen', en: 'Rating questions' },
      labels: {
        singular: { nl: 'Vraag', en: 'Question' },
        plural: { nl: 'Vragen', en: 'Questions' },
      },
      fields: [
        {
          name: 'lifeDomain',
          type: 'select',
          label: { nl: 'Levensdomein', en: 'Life domain' },
          required: true,
          enumName: 'enum_rating_life_domain',
          options: LIFE_DOMAIN_OPTIONS,
        },
        {
          name: 'question',
          type: 'textarea',
          label: { nl: 'Vraag', en: 'Question' },
          required: true,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'influence',
              type: 'select',
              label: { nl: 'Invloed van de gemeente', en: 'Influence of the municipality' },
              required: true,
              enumName: 'enum_influence_level',
              options: INFLUENCE_LEVELS.map((value) => ({ value, label: INFLUENCE_LABELS[value] })),
            },
            {
              name: 'weight',
              type: 'number',
              label: { nl: 'Weging', en: 'Weight' },
              required: true,
              defaultValue: 1,
              min: 0,
              max: 10,
            },
          ],
        },
      ],
    },
    {
      name: 'jury',
      type: 'array',
      label: { nl: 'Jury', en: 'Jury' },
      labels: {
        singular: { nl: 'Jurylid', en: 'Jury member' },
        plural: { nl: 'Juryleden', en: 'Jury members' },
      },
      fields: [
        { name: 'name', type: 'text', label: { nl: 'Naam', en: 'Name' }, required: true },
        {
          name: 'role',
          type: 'text',
          label: { nl: 'Rol of organisatie', en: 'Role or organisation' },
        },
      ],
    },
    {
      name: 'awards',
      type: 'group',
      label: { nl: 'Prijzen', en: 'Awards' },
      fields: [
        municipalityField({
          name: 'winner',
          label: { nl: 'Winnaar (CBS-code)', en: 'Winner (CBS code)' },
        }),
        municipalityCodesField({
          name: 'encouragementPrizes',
          label: { nl: 'Aanmoedigingsprijs (CBS-codes)', en: 'Encouragement prize (CBS codes)' },
          description: {
            nl: 'CBS-codes van de gemeenten met een aanmoedigingsprijs.',
            en: 'CBS codes of the municipalities with an encouragement prize.',
          },
        }),
      ],
    },
    {
      // The organisers' results panel (docs/election.md): read live from the monitor, never stored.
      name: 'resultsPanel',
      type: 'ui',
      label: { nl: 'Uitslag en beheer', en: 'Results and management' },
      admin: {
        components: { Field: '/components/ElectionResultsPanel#ElectionResultsPanel' },
        condition: (_data, _siblingData, { user }) => hasRole(user, 'admin', 'organiser'),
      },
    },
  ],
  timestamps: true,
}
