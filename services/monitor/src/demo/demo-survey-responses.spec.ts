import { describe, expect, it } from 'vitest'
import { DEMO_EDITIONS, generateDemoResponses, largestRemainder } from './demo-survey-responses'
import { createPrng } from './prng'
import {
  SURVEY_EDITIONS,
  SURVEY_QUESTIONS,
  SurveyQuestionKind,
} from '../survey/survey-questionnaire'

const codes = Array.from({ length: 342 }, (_, index) => `GM${String(index + 1).padStart(4, '0')}`)

describe('largestRemainder', () => {
  it('gives whole counts that add up to the total', () => {
    expect(largestRemainder([0.3, 0.08, 0.15, 0.27, 0.2], 201)).toEqual([61, 16, 30, 54, 40])
  })

  it('hands the leftover to the largest remainders, first index on a tie', () => {
    expect(largestRemainder([1 / 3, 1 / 3, 1 / 3], 10)).toEqual([4, 3, 3])
  })
})

describe('createPrng', () => {
  it('repeats the same sequence for the same seed, in [0, 1)', () => {
    const a = createPrng(42)
    const b = createPrng(42)
    const values = Array.from({ length: 1000 }, () => a())

    expect(values).toEqual(Array.from({ length: 1000 }, () => b()))
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true)
  })
})

describe('generateDemoResponses', () => {
  it('is deterministic and independent of the order codes come in', () => {
    const edition = DEMO_EDITIONS.find((demo) => demo.year === 2023)!

    expect(generateDemoResponses(edition, codes)).toEqual(
      generateDemoResponses(edition, [...codes].reverse()),
    )
  })

  it.each(DEMO_EDITIONS.map((demo) => [demo.year, demo] as const))(
    '%i: the stated respondents, each answering every question of the edition validly',
    (year, demo) => {
      const responses = generateDemoResponses(demo, codes)
      const asked = SURVEY_QUESTIONS.filter((question) => question.editions.includes(year))

      expect(SURVEY_EDITIONS.some((edition) => edition.year === year)).toBe(true)
      expect(responses).toHaveLength(demo.respondents)
      expect(new Set(responses.map((response) => response.municipalityCode)).size).toBe(
        demo.respondents,
      )
      expect(Object.keys(demo.questions).sort()).toEqual(asked.map((q) => q.code).sort())
      for (const response of responses) {
        for (const question of asked) {
          const chosen = response.answers.get(question.code)
          expect(chosen?.length).toBeGreaterThan(0)
          const valid = new Set(question.options.map((option) => option.code))
          expect(chosen!.every((option) => valid.has(option))).toBe(true)
          if (question.kind === SurveyQuestionKind.SINGLE_CHOICE) expect(chosen).toHaveLength(1)
          if (chosen!.includes('NONE')) expect(chosen).toEqual(['NONE'])
        }
      }
    },
  )
})
