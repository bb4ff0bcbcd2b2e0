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
