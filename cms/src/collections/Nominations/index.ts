import type { CollectionConfig } from 'payload'
import { canReadNominationContact } from '../../access/canReadNominationContact'
import { isAdminOrOrganiser } from '../../access/isAdminOrOrganiser'
import { isAdminOrOrganiserFieldLevel } from '../../access/isAdminOrOrganiserFieldLevel'
import { publishedOwnOrOrganiser } from '../../access/publishedOwnOrOrganiser'
import { municipalityField, municipalityNameField } from '../../fields/municipality'
import { rejectDuplicateNomination } from './hooks/rejectDuplicateNomination'
import { NOMINATION_STAGE_LABELS, NOMINATION_STAGES } from './stages'

/** A municipality in one edition of the election, and how far it got. */
export const Nominations: CollectionConfig<'nominations'> = {
  slug: 'nominations',
  labels: {
    singular: { nl: 'Nominatie', en: 'Nomination' },
    plural: { nl: 'Nominaties', en: 'Nominations' },
  },
  admin: {
    useAsTitle: 'municipalityName',
    defaultColumns: ['municipalityName', 'municipality', 'edition', 'stage', 'rank', '_status'],
    listSearchableFields: ['municipalityName', 'municipality'],
    group: { nl: 'Verkiezing', en: 'Election' },
  },
  versions: { drafts: true, maxPerDoc: 20 },
  access: {
    read: publishedOwnOrOrganiser,
    // Versions hold the contact data too: organisers and admins only.
    readVersions: isAdminOrOrganiser,
    create: isAdminOrOrganiser,
    update: isAdminOrOrganiser,
    delete: isAdminOrOrganiser,
  },
  // The database refuses a second nomination of a municipality in one edition.
  indexes: [{ fields: ['edition', 'municipality'], unique: true }],
  hooks: { beforeValidate: [rejectDuplicateNomination] },
  fields: [
    {
      name: 'edition',
      type: 'relationship',
      relationTo: 'election-editions',
      label: { nl: 'Editie', en: 'Edition' },
      required: true,
      index: true,
      admin: { position: 'sidebar' },
    },
    municipalityField({ required: true }),
    municipalityNameField(),
    {
      name: 'stage',
      type: 'select',
      label: { nl: 'Bereikte ronde', en: 'Stage reached' },
      required: true,
      defaultValue: 'nominated',
      enumName: 'enum_nomination_stage',
      options: NOMINATION_STAGES.map((value) => ({ value, label: NOMINATION_STAGE_LABELS[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'rank',
      type: 'number',
      label: { nl: 'Plaats', en: 'Rank' },
      min: 1,
      admin: { position: 'sidebar', step: 1 },
    },
    {
      name: 'motivation',
      type: 'textarea',
      label: { nl: 'Motivatie (openbaar)', en: 'Motivation (public)' },
    },
    {
      name: 'juryReport',
      type: 'textarea',
      label: { nl: 'Juryrapport', en: 'Jury report' },
    },
    {
      name: 'campaignContact',
      type: 'group',
      label: { nl: 'Contactpersoon campagne', en: 'Campaign contact' },
      access: { read: canReadNominationContact },
      admin: {
        description: {
          nl: 'Persoonsgegevens: alleen zichtbaar voor organisatoren, beheerders en de eigen gemeente.',
          en: 'Personal data: visible to organisers, admins and the municipality itself only.',
        },
      },
      fields: [
        { name: 'name', type: 'text', label: { nl: 'Naam', en: 'Name' } },
        { name: 'email', type: 'email', label: { nl: 'E-mail', en: 'E-mail' } },
        { name: 'phone', type: 'text', label: { nl: 'Telefoon', en: 'Phone' } },
      ],
    },
    {
      name: 'organiserNotes',
      type: 'textarea',
      label: { nl: 'Notities organisatie (intern)', en: 'Organiser notes (internal)' },
      access: { read: isAdminOrOrganiserFieldLevel },
    },
  ],
  timestamps: true,
}
