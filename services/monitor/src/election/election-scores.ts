import type { InfluenceLevel, RatingQuestion } from './election-cms.client'

/** The answer scale: 1 (very poor) to 5 (very good); null is "don't know" and does not count. */
export const MIN_ANSWER = 1
export const MAX_ANSWER = 5

/** Below this many confirmed ratings no score of a municipality is public (docs/election.md). */
export const MIN_PUBLIC_RATINGS = 10

/**
 * How much a subject counts by the municipality's influence on it: what it controls directly
 * counts fully, what it shares with others three quarters, what it only influences half.
 */
export const INFLUENCE_FACTOR: Readonly<Record<InfluenceLevel, number>> = {
  direct: 1,
  partial: 0.75,
  indirect: 0.5,
}

/** Per question of one municipality: the sum and number of its (known) answers. */
export interface QuestionTally {
  questionId: string
  sum: number
  count: number
}

export interface DomainScore {
  lifeDomain: string
  /** 0–100, or null when no question of the domain has an answer. */
  score: number | null
  answerCount: number
}

export interface WeightedScores {
  overall: number | null
  lifeDomains: DomainScore[]
}

/**
 * A municipality's weighted score: each question's mean answer on 0–100 ((mean − 1) / 4 × 100),
 * weighted by weight × influence factor; per life domain over its questions, overall over all.
 * Questions without answers (everyone said "don't know") and of weight 0 do not count.
 * Life domains come in the order of the edition's questions.
 */
export function weightedScores(
  questions: readonly RatingQuestion[],
  tallies: readonly QuestionTally[],
): WeightedScores {
  const byQuestion = new Map(tallies.map((tally) => [tally.questionId, tally]))
  const domains = new Map<string, { weighted: number; weights: number; answers: number }>()
  let weighted = 0
  let weights = 0
  for (const question of questions) {
    const domain = domains.get(question.lifeDomain) ?? { weighted: 0, weights: 0, answers: 0 }
    domains.set(question.lifeDomain, domain)
    const tally = byQuestion.get(question.id)
    if (!tally || tally.count === 0) continue
    domain.answers += tally.count
    const weight = question.weight * INFLUENCE_FACTOR[question.influence]
    if (weight <= 0) continue
    const score = ((tally.sum / tally.count - MIN_ANSWER) / (MAX_ANSWER - MIN_ANSWER)) * 100
    domain.weighted += weight * score
    domain.weights += weight
    weighted += weight * score
    weights += weight
  }
  return {
    overall: weights > 0 ? round1(weighted / weights) : null,
    lifeDomains: [...domains].map(([lifeDomain, domain]) => ({
      lifeDomain,
      score: domain.weights > 0 ? round1(domain.weighted / domain.weights) : null,
      answerCount: domain.answers,
    })),
  }
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}
