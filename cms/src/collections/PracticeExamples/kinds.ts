import type { Localized } from '../../fields/localized'

/** The forms a practice example takes; a video needs a transcript or captions. */
export const PRACTICE_EXAMPLE_KINDS = ['article', 'video'] as const
export type PracticeExampleKind = (typeof PRACTICE_EXAMPLE_KINDS)[number]

export const PRACTICE_EXAMPLE_KIND_LABELS: Readonly<Record<PracticeExampleKind, Localized>> = {
  article: { nl: 'Artikel', en: 'Article' },
  video: { nl: 'Video', en: 'Video' },
}
