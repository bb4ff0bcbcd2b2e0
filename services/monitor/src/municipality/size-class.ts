import { registerEnumType } from 'type-graphql'

/**
 * Size classes by number of inhabitants, the bands the VNG/Movisie reports compare by:
 * under 20,000; 20,000–49,999; 50,000–99,999; 100,000 and more.
 */
export enum SizeClass {
  Under20k = 'UNDER_20K',
  From20kTo50k = 'FROM_20K_TO_50K',
  From50kTo100k = 'FROM_50K_TO_100K',
  From100k = 'FROM_100K',
}

export const SIZE_CLASS_BANDS: ReadonlyArray<{
  sizeClass: SizeClass
  min: number
  max: number | null
}> = [
  { sizeClass: SizeClass.Under20k, min: 0, max: 19_999 },
  { sizeClass: SizeClass.From20kTo50k, min: 20_000, max: 49_999 },
  { sizeClass: SizeClass.From50kTo100k, min: 50_000, max: 99_999 },
  { sizeClass: SizeClass.From100k, min: 100_000, max: null },
]

export function sizeClassOf(inhabitants: number): SizeClass {
  if (inhabitants < 20_000) return SizeClass.Under20k
  if (inhabitants < 50_000) return SizeClass.From20kTo50k
  if (inhabitants < 100_000) return SizeClass.From50kTo100k
  return SizeClass.From100k
}

/** The band of a size class (inclusive bounds; `max` null means no upper bound). */
export function sizeClassBand(sizeClass: SizeClass): { min: number; max: number | null } {
  const band = SIZE_CLASS_BANDS.find((candidate) => candidate.sizeClass === sizeClass)
  if (!band) throw new Error(`Unknown size class ${String(sizeClass)}`)
  return band
}

/**
 * The GraphQL face of SizeClass: TypeGraphQL names enum values after the keys, and the schema
 * wants SCREAMING_SNAKE_CASE names; the values stay the SizeClass strings.
 */
export const SizeClassGraphQL = {
  UNDER_20K: SizeClass.Under20k,
  FROM_20K_TO_50K: SizeClass.From20kTo50k,
  FROM_50K_TO_100K: SizeClass.From50kTo100k,
  FROM_100K: SizeClass.From100k,
} as const

registerEnumType(SizeClassGraphQL, {
  name: 'SizeClass',
  description:
    'Size class by number of inhabitants (CBS, 1 January 2025), the bands VNG/Movisie reports compare by.',
  valuesConfig: {
    UNDER_20K: { description: 'Fewer than 20,000 inhabitants.' },
    FROM_20K_TO_50K: { description: '20,000 to 49,999 inhabitants.' },
    FROM_50K_TO_100K: { description: '50,000 to 99,999 inhabitants.' },
    FROM_100K: { description: '100,000 inhabitants or more.' },
  },
})
