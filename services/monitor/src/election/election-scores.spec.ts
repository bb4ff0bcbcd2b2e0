import { describe, expect, it } from 'vitest'
import type { RatingQuestion } from './election-cms.client'
import { weightedScores } from './election-scores'

const question = (
  id: string,
  lifeDomain: string,
  influence: RatingQuestion['influence'],
  weight: number,
): RatingQuestion => ({ id, lifeDomain, influence, weight, question: id })

describe('weightedScores', () => {
  const questions = [
    question('a', 'thuis', 'direct', 2),
    question('b', 'thuis', 'indirect', 2),
    question('c', 'vervoer', 'partial', 1),
  ]

  it('weighs each question by weight × influence factor, per life domain and overall', () => {
    const scores = weightedScores(questions, [
      { questionId: 'a', sum: 10, count: 2 }, // mean 5 → 100, weight 2
      { questionId: 'b', sum: 2, count: 2 }, // mean 1 → 0, weight 1
      { questionId: 'c', sum: 3, count: 1 }, // mean 3 → 50, weight 0.75
    ])
    expect(scores.lifeDomains).toEqual([
      { lifeDomain: 'thuis', score: 66.7, answerCount: 4 },
      { lifeDomain: 'vervoer', score: 50, answerCount: 1 },
    ])
    expect(scores.overall).toBe(Math.round(((200 + 0 + 37.5) / 3.75) * 10) / 10)
  })

  it('leaves a life domain without answers unscored, and counts nothing for "don\'t know"', () => {
    const scores = weightedScores(questions, [{ questionId: 'c', sum: 5, count: 1 }])
    expect(scores.lifeDomains[0]).toEqual({ lifeDomain: 'thuis', score: null, answerCount: 0 })
    expect(scores.overall).toBe(100)
    expect(weightedScores(questions, []).overall).toBeNull()
  })
})
