import type { CollectionConfig, RelationshipFieldSingleValidation } from 'payload'
import { canReadAdviceRequests } from '../../access/canReadAdviceRequests'
import { isAdmin } from '../../access/isAdmin'
import { isAdminOrAdviser } from '../../access/isAdminOrAdviser'
import { isAdminOrAdviserFieldLevel } from '../../access/isAdminOrAdviserFieldLevel'
import { crpdArticlesField } from '../../fields/crpdArticles'
import { lifeDomainsField } from '../../fields/lifeDomains'
import { municipalityField, municipalityNameField } from '../../fields/municipality'
import { hasRole, type Role } from '../Users/roles'
import { suggestionsEndpoint } from './endpoints/suggestions'
import { enforceStateTransition } from './hooks/enforceStateTransition'
import { mailNewReplies } from './hooks/mailNewReplies'
import { recordReplies } from './hooks/recordReplies'
import { ADVICE_STATE_LABELS, ADVICE_STATES } from './states'
import { ADVICE_FORM_LABELS, ADVICE_FORMS, ADVICE_THEME_LABELS, ADVICE_THEMES } from './topics'
import { DAY_AND_TIME } from '../../fields/dateDisplay'

// What the requester wrote stays as written: the team reads it, no client can change it (the
// advice service writes it once, past access).
const asWritten = { update: () => false }

const stateOptions = ADVICE_STATES.map((value) => ({ value, label: ADVICE_STATE_LABELS[value] }))

/**
 * "Advies op maat": a municipality asks the project team for advice (through the graph's
 * `requestAdvice`), the team handles it here. Personal data: read by admins, advisers (the
 * confirmed queue) and the requesting municipality's officials; written only by the team.
 * docs/advice.md has the flow, the states and the access per role.
 */
export const AdviceRequests: CollectionConfig<'advice-requests'> = {
  slug: 'advice-requests',
  labels: {
    singular: { nl: 'Adviesaanvraag', en: 'Advice request' },
    plural: { nl: 'Adviesaanvragen', en: 'Advice requests' },
  },
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'municipalityName', 'state', 'assignee', 'createdAt'],
    listSearchableFields: ['question', 'municipality', 'municipalityName'],
    group: { nl: 'Advies op maat', en: 'Tailored advice' },
    // The queue is the project team's: editors and organisers do not see it in the navigation.
    hidden: ({ user }) =>
      !hasRole(user as { role?: Role | null }, 'admin', 'adviser', 'municipal-official'),
  },
  access: {
    read: canReadAdviceRequests,
    // Only through the graph's requestAdvice, whose service validates and writes (docs/advice.md).
    create: () => false,
    update: isAdminOrAdviser,
    delete: isAdmin,
  },
  hooks: {
    beforeChange: [enforceStateTransition, recordReplies],
    afterChange: [mailNewReplies],
  },
  endpoints: [suggestionsEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        { ...municipalityField({ required: true }), access: asWritten, admin: { readOnly: true } },
        municipalityNameField(),
      ],
    },
    {
      name: 'question',
      type: 'textarea',
      label: { nl: 'Vraag', en: 'Question' },
      required: true,
      maxLength: 4000,
      access: asWritten,
      admin: { readOnly: true },
    },
    {
      type: 'collapsible',
      label: { nl: 'Onderwerpen', en: 'Topics' },
      fields: [
        { ...lifeDomainsField(), access: asWritten, admin: { readOnly: true } },
        { ...crpdArticlesField(), access: asWritten, admin: { readOnly: true } },
        {
          name: 'themes',
          type: 'select',
          hasMany: true,
          label: { nl: 'Thema’s', en: 'Themes' },
          enumName: 'enum_advice_request_theme',
          options: ADVICE_THEMES.map((value) => ({ value, label: ADVICE_THEME_LABELS[value] })),
          access: asWritten,
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'preferredForm',
      type: 'select',
      label: { nl: 'Gewenste vorm', en: 'Preferred form' },
      required: true,
      enumName: 'enum_advice_request_form',
      options: ADVICE_FORMS.map((value) => ({ value, label: ADVICE_FORM_LABELS[value] })),
      access: asWritten,
      admin: { readOnly: true },
    },
    {
      name: 'contact',
      type: 'group',
      label: { nl: 'Contactgegevens aanvrager', en: 'Requester contact details' },
      access: asWritten,
      admin: {
        description: {
          nl: 'Persoonsgegevens: alleen voor het projectteam, beheerders en de eigen gemeente.',
          en: 'Personal data: for the project team, admins and the municipality itself only.',
        },
      },
      fields: [
        {
          name: 'name',
          type: 'text',
          label: { nl: 'Naam', en: 'Name' },
          required: true,
          admin: { readOnly: true },
        },
        {
          name: 'email',
          type: 'email',
          label: { nl: 'E-mail', en: 'E-mail' },
          required: true,
          admin: { readOnly: true },
        },
        {
          name: 'phone',
          type: 'text',
          label: { nl: 'Telefoon', en: 'Phone' },
          admin: { readOnly: true },
        },
        {
          name: 'organisationRole',
          type: 'text',
          label: { nl: 'Functie of rol', en: 'Role in the organisation' },
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'requester',
      type: 'relationship',
      relationTo: 'users',
      label: { nl: 'Ingediend door (account)', en: 'Submitted by (account)' },
      access: asWritten,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'confirmedAt',
      type: 'date',
      label: { nl: 'E-mail bevestigd op', en: 'E-mail confirmed at' },
      index: true,
      access: asWritten,
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: DAY_AND_TIME,
        description: {
          nl: 'Een aanvraag zonder account komt pas in de wachtrij na bevestiging via de e-mail.',
          en: 'A request without an account joins the queue once its e-mail is confirmed.',
        },
      },
    },
    // Capability tokens, as SHA-256 hashes: the plain tokens exist only in the requester's mail.
    { name: 'confirmationTokenHash', type: 'text', index: true, hidden: true, access: asWritten },
    { name: 'confirmationExpiresAt', type: 'date', hidden: true, access: asWritten },
    { name: 'statusTokenHash', type: 'text', index: true, hidden: true, access: asWritten },
    {
      name: 'state',
      type: 'select',
      label: { nl: 'Status', en: 'State' },
      required: true,
      defaultValue: 'new',
      enumName: 'enum_advice_request_state',
      options: stateOptions,
      index: true,
      admin: {
        position: 'sidebar',
        description: {
          nl: 'Nieuw → Toegewezen → In behandeling → Afgerond; afwijzen kan tot het einde.',
          en: 'New → Assigned → In progress → Done; declining is possible until the end.',
        },
      },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      label: { nl: 'Adviseur', en: 'Adviser' },
      filterOptions: { role: { in: ['adviser', 'admin'] } },
      admin: { position: 'sidebar' },
      validate: (async (value, { req }) => {
        if (value === null || value === undefined) return true
        const id: unknown =
          typeof value === 'object'
            ? 'value' in value
              ? value.value
              : (value as { id?: unknown }).id
            : value
        const found = await req.payload.find({
          collection: 'users',
          where: { and: [{ id: { equals: id } }, { role: { in: ['adviser', 'admin'] } }] },
          limit: 1,
          depth: 0,
          overrideAccess: true,
          req,
        })
        return found.docs.length === 1
          ? true
          : req.i18n?.language === 'en'
            ? 'The assignee must be an adviser or an admin.'
            : 'Wijs de aanvraag toe aan een adviseur of beheerder.'
      }) satisfies RelationshipFieldSingleValidation,
    },
    {
      name: 'suggestions',
      type: 'ui',
      label: { nl: 'Suggesties voor de adviseur', en: 'Suggestions for the adviser' },
      admin: {
        components: { Field: '/components/AdviceSuggestionsPanel#AdviceSuggestionsPanel' },
        condition: (_data, _siblingData, { user }) => hasRole(user, 'admin', 'adviser'),
      },
    },
    {
      name: 'internalNotes',
      type: 'textarea',
      label: { nl: 'Interne notities', en: 'Internal notes' },
      access: { read: isAdminOrAdviserFieldLevel, update: isAdminOrAdviserFieldLevel },
      admin: {
        description: {
          nl: 'Alleen voor het projectteam; nooit zichtbaar voor de gemeente of in de graph.',
          en: 'For the project team only; never shown to the municipality or in the graph.',
        },
      },
    },
    {
      name: 'replies',
      type: 'array',
      label: { nl: 'Antwoorden aan de aanvrager', en: 'Replies to the requester' },
      labels: {
        singular: { nl: 'Antwoord', en: 'Reply' },
        plural: { nl: 'Antwoorden', en: 'Replies' },
      },
      admin: {
        description: {
          nl: 'Een nieuw antwoord wordt bij opslaan per e-mail naar de aanvrager gestuurd en blijft daarna ongewijzigd bewaard.',
          en: 'A new reply is e-mailed to the requester on save and kept unchanged afterwards.',
        },
      },
      fields: [
        {
          name: 'message',
          type: 'textarea',
          label: { nl: 'Bericht', en: 'Message' },
          required: true,
          maxLength: 10000,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'sentAt',
              type: 'date',
              label: { nl: 'Verzonden op', en: 'Sent at' },
              admin: { readOnly: true, date: DAY_AND_TIME },
            },
            {
              name: 'sentBy',
              type: 'relationship',
              relationTo: 'users',
              label: { nl: 'Verzonden door', en: 'Sent by' },
              admin: { readOnly: true },
            },
          ],
        },
      ],
    },
    {
      name: 'history',
      type: 'array',
      label: { nl: 'Statusgeschiedenis', en: 'State history' },
      labels: {
        singular: { nl: 'Statuswijziging', en: 'State change' },
        plural: { nl: 'Statuswijzigingen', en: 'State changes' },
      },
      access: { read: isAdminOrAdviserFieldLevel },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'from',
              type: 'select',
              label: { nl: 'Van', en: 'From' },
              enumName: 'enum_advice_request_history_from',
              options: stateOptions,
            },
            {
              name: 'to',
              type: 'select',
              label: { nl: 'Naar', en: 'To' },
              required: true,
              enumName: 'enum_advice_request_history_to',
              options: stateOptions,
            },
            {
              name: 'by',
              type: 'relationship',
              relationTo: 'users',
              label: { nl: 'Door', en: 'By' },
            },
            {
              name: 'at',
              type: 'date',
              label: { nl: 'Op', en: 'At' },
              required: true,
              admin: { date: DAY_AND_TIME },
            },
          ],
        },
      ],
    },
  ],
  timestamps: true,
}
