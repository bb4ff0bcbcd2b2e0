import type { Localized } from '../../fields/localized'

/** How far a nomination got, in order. Named `stage`: `status` clashes with drafts' `_status`. */
export const NOMINATION_STAGES = ['nominated', 'finalist', 'winner', 'encouragement-prize'] as const
export type NominationStage = (typeof NOMINATION_STAGES)[number]

export const NOMINATION_STAGE_LABELS: Readonly<Record<NominationStage, Localized>> = {
  nominated: { nl: 'Genomineerd voor de publieksstemming', en: 'Nominated for the public vote' },
  finalist: { nl: 'Finalist (jury)', en: 'Finalist for the jury' },
  winner: { nl: 'Winnaar', en: 'Winner' },
  'encouragement-prize': { nl: 'Aanmoedigingsprijs', en: 'Encouragement prize' },
}
