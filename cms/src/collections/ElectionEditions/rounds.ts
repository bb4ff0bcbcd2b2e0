import type { Localized } from '../../fields/localized'

/** The rounds of the election, in the order they happen. */
export const ELECTION_ROUNDS = ['rating', 'public-vote', 'jury'] as const
export type ElectionRound = (typeof ELECTION_ROUNDS)[number]

export const ELECTION_ROUND_LABELS: Readonly<Record<ElectionRound, Localized>> = {
  rating: { nl: 'Beoordeling (vragenlijst)', en: 'Rating (questionnaire)' },
  'public-vote': { nl: 'Publieksstemming', en: 'Public vote' },
  jury: { nl: 'Jury', en: 'Jury' },
}

export interface RoundDates {
  round?: string | null
  opensAt?: string | null
  closesAt?: string | null
}

/**
 * Problems with an edition's rounds: each round at most once, closing after it opens, and the
 * rating before the public vote before the jury, without overlap. An index into `rounds` and a
 * field name say where.
 */
export function roundProblems(
  rounds: readonly RoundDates[],
): Array<{ index: number; field: 'round' | 'closesAt' | 'opensAt'; message: Localized }> {
  const problems: Array<{
    index: number
    field: 'round' | 'closesAt' | 'opensAt'
    message: Localized
  }> = []
  const seen = new Set<string>()
  rounds.forEach((row, index) => {
    if (!row.round) return
    if (seen.has(row.round)) {
      problems.push({
        index,
        field: 'round',
        message: {
          nl: 'Elke ronde komt één keer voor in een editie.',
          en: 'Each round occurs once per edition.',
        },
      })
    }
    seen.add(row.round)
    if (row.opensAt && row.closesAt && new Date(row.closesAt) <= new Date(row.opensAt)) {
      problems.push({
        index,
        field: 'closesAt',
        message: {
          nl: 'Een ronde sluit na de opening.',
          en: 'A round closes after it opens.',
        },
      })
    }
  })
  const ordered = rounds
    .map((row, index) => ({
      row,
      index,
      position: ELECTION_ROUNDS.indexOf(row.round as ElectionRound),
    }))
    .filter(({ position, row }) => position >= 0 && row.opensAt && row.closesAt)
    .sort((a, b) => a.position - b.position)
  for (let i = 1; i < ordered.length; i++) {
    const previous = ordered[i - 1]!
    const current = ordered[i]!
    if (new Date(current.row.opensAt!) < new Date(previous.row.closesAt!)) {
      problems.push({
        index: current.index,
        field: 'opensAt',
        message: {
          nl: 'De rondes volgen elkaar op: beoordeling, dan publieksstemming, dan jury. Deze ronde opent voordat de vorige sluit.',
          en: 'The rounds follow each other: rating, then public vote, then jury. This round opens before the previous one closes.',
        },
      })
    }
  }
  return problems
}
