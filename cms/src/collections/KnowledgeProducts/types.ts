/** Kinds of knowledge product the programme publishes, with their admin labels. */
export const KNOWLEDGE_PRODUCT_TYPES = [
  'handreiking',
  'inspiratiebundel',
  'factsheet',
  'toolkit',
  'other',
] as const

export type KnowledgeProductType = (typeof KNOWLEDGE_PRODUCT_TYPES)[number]

export const KNOWLEDGE_PRODUCT_TYPE_LABELS: Readonly<
  Record<KnowledgeProductType, { nl: string; en: string }>
> = {
  handreiking: { nl: 'Handreiking', en: 'Guide' },
  inspiratiebundel: { nl: 'Inspiratiebundel', en: 'Collection of inspiring examples' },
  factsheet: { nl: 'Factsheet', en: 'Factsheet' },
  toolkit: { nl: 'Toolkit', en: 'Toolkit' },
  other: { nl: 'Overig', en: 'Other' },
}
