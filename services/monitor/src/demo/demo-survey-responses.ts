import { createPrng, shuffled } from './prng'
import {
  IMPLEMENTATION_STAGE_OPTIONS,
  LIA_STATUS_OPTIONS,
  QUESTION_CODES,
} from '../survey/survey-questionnaire'
import type { ResponseRecord } from '../survey/survey-response-writer'

/**
 * How the demo answers to one question are distributed over the respondents.
 * `sets`: a partition of the respondents; each share of them chooses exactly these options
 * (shares add up to 1). `extra`: afterwards, this share of all respondents also chooses the
 * option (multiple choice only; never added to a set containing NONE).
 */
interface DemoDistribution {
  sets: Array<[options: string[], share: number]>
  extra?: Record<string, number>
}

interface DemoEdition {
  year: number
  /** Respondent count: published for 2022 and 2023, invented (synthetic) for 2018–2021. */
  respondents: number
  questions: Record<string, DemoDistribution>
}

const { conventionKnown, implementationStage, lia, obstacles, supportWanted, worksWithResidents } =
  QUESTION_CODES
const stage = IMPLEMENTATION_STAGE_OPTIONS
const liaStatus = LIA_STATUS_OPTIONS

const single = (shares: Record<string, number>): DemoDistribution => ({
  sets: Object.entries(shares).map(([option, share]) => [[option], share]),
})

/** Obstacles: the combination "capacity and/or money" is what the reports quote. */
const obstaclesWith = (both: number, capacityOnly: number, moneyOnly: number, none: number) => ({
  sets: [
    [['LACK_OF_CAPACITY', 'LACK_OF_MONEY'], both],
    [['LACK_OF_CAPACITY'], capacityOnly],
    [['LACK_OF_MONEY'], moneyOnly],
    [['NONE'], none],
    [[], 1 - both - capacityOnly - moneyOnly - none],
  ] as Array<[string[], number]>,
  extra: { LACK_OF_KNOWLEDGE: 0.3, LOW_ADMINISTRATIVE_PRIORITY: 0.22, EXPERTS_HARD_TO_REACH: 0.18 },
})

const supportWith = (extra: Record<string, number>): DemoDistribution => ({
  sets: [
    [[], 0.97],
    [['NONE'], 0.03],
  ],
  extra,
})

/**
 * The demo editions. Published figures they reproduce (VNG/Movisie reports):
 * 2021: over 80% lack capacity or money; 41% want process support for involving experts by
 * experience, 67% handy knowledge products, 70% an interactive website; about 10% not started.
 * 2022: 160 respondents; over 60% want practice examples.
 * 2023: 201 respondents (58.8% of 342); LIA in execution 30%, adopted 8%, in development 15%;
 * 11% do not work with residents with a disability.
 * Everything else, including the respondent counts of 2018–2021, is invented.
 */
export const DEMO_EDITIONS: readonly DemoEdition[] = [
  {
    year: 2018,
    respondents: 126,
    questions: {
      [conventionKnown]: single({ YES: 0.34, PARTLY: 0.41, NO: 0.25 }),
      [lia]: single({
        [liaStatus.notStarted]: 0.46,
        [liaStatus.exploring]: 0.3,
        [liaStatus.inDevelopment]: 0.16,
        [liaStatus.adopted]: 0.05,
        [liaStatus.inExecution]: 0.03,
      }),
      [obstacles]: obstaclesWith(0.3, 0.28, 0.14, 0.06),
      [worksWithResidents]: single({ YES_STRUCTURALLY: 0.2, YES_OCCASIONALLY: 0.45, NO: 0.35 }),
    },
  },
  {
    year: 2019,
    respondents: 148,
    questions: {
      [conventionKnown]: single({ YES: 0.45, PARTLY: 0.4, NO: 0.15 }),
      [implementationStage]: single({
        [stage.fullyEngaged]: 0.26,
        [stage.willingWithObstacles]: 0.5,
        [stage.notStarted]: 0.24,
      }),
      [lia]: single({
        [liaStatus.notStarted]: 0.38,
        [liaStatus.exploring]: 0.3,
        [liaStatus.inDevelopment]: 0.18,
        [liaStatus.adopted]: 0.08,
        [liaStatus.inExecution]: 0.06,
      }),
      [obstacles]: obstaclesWith(0.33, 0.28, 0.14, 0.05),
      [worksWithResidents]: single({ YES_STRUCTURALLY: 0.26, YES_OCCASIONALLY: 0.46, NO: 0.28 }),
    },
  },
  {
    year: 2020,
    respondents: 139,
    questions: {
      [implementationStage]: single({
        [stage.fullyEngaged]: 0.32,
        [stage.willingWithObstacles]: 0.52,
        [stage.notStarted]: 0.16,
      }),
      [lia]: single({
        [liaStatus.notStarted]: 0.31,
        [liaStatus.exploring]: 0.29,
        [liaStatus.inDevelopment]: 0.19,
        [liaStatus.adopted]: 0.09,
        [liaStatus.inExecution]: 0.12,
      }),
      [obstacles]: obstaclesWith(0.36, 0.29, 0.14, 0.04),
      [supportWanted]: supportWith({
        PROCESS_SUPPORT_EXPERTS: 0.38,
        KNOWLEDGE_PRODUCTS: 0.63,
        INTERACTIVE_WEBSITE: 0.61,
        PRACTICE_EXAMPLES: 0.52,
        PEER_MEETINGS: 0.33,
      }),
      [worksWithResidents]: single({ YES_STRUCTURALLY: 0.31, YES_OCCASIONALLY: 0.46, NO: 0.23 }),
    },
  },
  {
    year: 2021,
    respondents: 171,
    questions: {
      [implementationStage]: single({
        [stage.fullyEngaged]: 0.38,
        [stage.willingWithObstacles]: 0.52,
        [stage.notStarted]: 0.1,
      }),
      [lia]: single({
        [liaStatus.notStarted]: 0.26,
        [liaStatus.exploring]: 0.28,
        [liaStatus.inDevelopment]: 0.18,
        [liaStatus.adopted]: 0.09,
        [liaStatus.inExecution]: 0.19,
      }),
      [obstacles]: obstaclesWith(0.4, 0.29, 0.14, 0.03),
      [supportWanted]: supportWith({
        PROCESS_SUPPORT_EXPERTS: 0.41,
        KNOWLEDGE_PRODUCTS: 0.67,
        INTERACTIVE_WEBSITE: 0.7,
        PRACTICE_EXAMPLES: 0.56,
        PEER_MEETINGS: 0.35,
      }),
      [worksWithResidents]: single({ YES_STRUCTURALLY: 0.38, YES_OCCASIONALLY: 0.47, NO: 0.15 }),
    },
  },
  {
    year: 2022,
    respondents: 160,
    questions: {
      [implementationStage]: single({
        [stage.fullyEngaged]: 0.42,
        [stage.willingWithObstacles]: 0.5,
        [stage.notStarted]: 0.08,
      }),
      [lia]: single({
        [liaStatus.notStarted]: 0.23,
        [liaStatus.exploring]: 0.27,
        [liaStatus.inDevelopment]: 0.17,
        [liaStatus.adopted]: 0.09,
        [liaStatus.inExecution]: 0.24,
      }),
      [obstacles]: obstaclesWith(0.41, 0.27, 0.13, 0.04),
      [supportWanted]: supportWith({
        PROCESS_SUPPORT_EXPERTS: 0.39,
        KNOWLEDGE_PRODUCTS: 0.64,
        INTERACTIVE_WEBSITE: 0.58,
        PRACTICE_EXAMPLES: 0.63,
        PEER_MEETINGS: 0.37,
      }),
      [worksWithResidents]: single({ YES_STRUCTURALLY: 0.41, YES_OCCASIONALLY: 0.46, NO: 0.13 }),
    },
  },
  {
    year: 2023,
    respondents: 201,
    questions: {
      [implementationStage]: single({
        [stage.fullyEngaged]: 0.46,
        [stage.willingWithObstacles]: 0.47,
        [stage.notStarted]: 0.07,
      }),
      [lia]: single({
        [liaStatus.notStarted]: 0.2,
        [liaStatus.exploring]: 0.27,
        [liaStatus.inDevelopment]: 0.15,
        [liaStatus.adopted]: 0.08,
        [liaStatus.inExecution]: 0.3,
      }),
      [obstacles]: obstaclesWith(0.39, 0.27, 0.13, 0.05),
      [supportWanted]: supportWith({
        PROCESS_SUPPORT_EXPERTS: 0.36,
        KNOWLEDGE_PRODUCTS: 0.6,
        INTERACTIVE_WEBSITE: 0.52,
        PRACTICE_EXAMPLES: 0.62,
        PEER_MEETINGS: 0.4,
      }),
      [worksWithResidents]: single({ YES_STRUCTURALLY: 0.43, YES_OCCASIONALLY: 0.46, NO: 0.11 }),
    },
  },
]

/**
 * Deterministic demo responses for one edition: the same municipalities and answers for the
 * same inputs on every run. Shares are met as exactly as whole respondents allow (largest
 * remainder), and which municipality gets which answer is drawn from a seeded PRNG.
 */
export function generateDemoResponses(
  edition: DemoEdition,
  municipalityCodes: readonly string[],
): ResponseRecord[] {
  const random = createPrng(edition.year * 7919)
  const respondents = shuffled([...municipalityCodes].sort(), random)
    .slice(0, edition.respondents)
    .sort()
  const answers = respondents.map(() => new Map<string, string[]>())

  for (const [question, distribution] of Object.entries(edition.questions)) {
    const chosen = respondents.map(() => new Set<string>())
    const quotas = largestRemainder(
      distribution.sets.map(([, share]) => share),
      respondents.length,
    )
    const order = shuffled(
      respondents.map((_code, index) => index),
      random,
    )
    let next = 0
    distribution.sets.forEach(([options], set) => {
      for (let k = 0; k < quotas[set]!; k++) {
        for (const option of options) chosen[order[next]!]!.add(option)
        next++
      }
    })
    for (const [option, share] of Object.entries(distribution.extra ?? {})) {
      // Respondents with no option yet come first, so everyone ends up answering.
      const eligible = shuffled(
        respondents.map((_code, index) => index),
        random,
      ).filter((index) => !chosen[index]!.has('NONE') && !chosen[index]!.has(option))
      eligible.sort((a, b) => Number(chosen[a]!.size > 0) - Number(chosen[b]!.size > 0))
      for (const index of eligible.slice(0, Math.round(share * respondents.length))) {
        chosen[index]!.add(option)
      }
    }
    chosen.forEach((options, index) => {
      if (options.size > 0) answers[index]!.set(question, [...options].sort())
    })
  }
  return respondents.map((municipalityCode, index) => ({
    municipalityCode,
    answers: answers[index]!,
  }))
}

/** Whole counts adding up to `total`, as close to `shares × total` as possible. */
export function largestRemainder(shares: readonly number[], total: number): number[] {
  const exact = shares.map((share) => share * total)
  const counts = exact.map(Math.floor)
  const left = total - counts.reduce((sum, count) => sum + count, 0)
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (let k = 0; k < left; k++) counts[byRemainder[k % byRemainder.length]!.index]!++
  return counts
}
