import type { CollectionBeforeChangeHook, GroupField, UIField } from 'payload'
import { fleschDouma, READING_LEVELS, readingLevel } from '../readability/fleschDouma'
import { lexicalToPlainText } from '../readability/lexicalText'

/** The stored reading level of a document (payload-types has the generated twin). */
export interface Readability {
  score: number | null
  level: (typeof READING_LEVELS)[number] | null
  summaryScore: number | null
  bodyScore: number | null
}

const LEVEL_LABELS = {
  'b1-or-easier': { nl: 'B1 of makkelijker', en: 'B1 or easier' },
  'harder-than-b1': { nl: 'Moeilijker dan B1', en: 'Harder than B1' },
} as const

/**
 * The Flesch–Douma score of the summary and body, computed on every save (see
 * {@link setReadability}) and shown read-only in the sidebar; the API returns it with the document.
 */
export const readabilityField = (): GroupField => ({
  name: 'readability',
  type: 'group',
  label: { nl: 'Leesbaarheid', en: 'Readability' },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      nl: 'Flesch–Douma-score van samenvatting en inhoud (0–100, hoger is makkelijker), berekend bij opslaan. Vanaf 60 is een tekst ongeveer B1.',
      en: 'Flesch–Douma score of summary and body (0–100, higher is easier), computed on save. From 60 a text is about B1.',
    },
  },
  fields: [
    { name: 'score', type: 'number', label: { nl: 'Score', en: 'Score' } },
    {
      name: 'level',
      type: 'select',
      label: { nl: 'Niveau', en: 'Level' },
      options: READING_LEVELS.map((value) => ({ value, label: LEVEL_LABELS[value] })),
    },
    {
      name: 'summaryScore',
      type: 'number',
      label: { nl: 'Score samenvatting', en: 'Summary score' },
    },
    { name: 'bodyScore', type: 'number', label: { nl: 'Score inhoud', en: 'Body score' } },
  ],
})

/** A Dutch hint beside the score when the text is harder than B1. */
export const readabilityHintField = (): UIField => ({
  name: 'readabilityHint',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/components/ReadabilityHint#ReadabilityHint' },
  },
})

const text = (value: unknown): string =>
  typeof value === 'string' ? value : lexicalToPlainText(value)

/** Scores the Dutch text of the summary and body fields before each save (drafts too). */
export const setReadability =
  ({ summary = 'summary', body = 'body' } = {}): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    // A partial update (Local API, REST PATCH) may leave a field out; score what will be stored.
    const current = (name: string): unknown =>
      name in data ? data[name] : (originalDoc as Record<string, unknown> | undefined)?.[name]
    const summaryText = text(current(summary))
    const bodyText = text(current(body))
    const score = fleschDouma([summaryText, bodyText].filter(Boolean).join('\n'))
    const readability: Readability = {
      score,
      level: score === null ? null : readingLevel(score),
      summaryScore: fleschDouma(summaryText),
      bodyScore: fleschDouma(bodyText),
    }
    return { ...data, readability }
  }
