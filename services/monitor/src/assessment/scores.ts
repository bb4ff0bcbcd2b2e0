import { PERSPECTIVES, type Perspective } from './perspective'

/** Benchmarks show a group mean only over at least this many municipalities (privacy, stability). */
export const MIN_BENCHMARK_MUNICIPALITIES = 5

/** Mean and count of the responses in one topic × perspective cell. */
export interface Cell {
  topic: string
  perspective: Perspective
  mean: number
  responseCount: number
}

export interface TopicScoreData {
  topic: string
  mean: number
  responseCount: number
  perspectives: { perspective: Perspective; mean: number; responseCount: number }[]
}

/** Two decimals, half away from zero, without binary artefacts such as 7.005 → 7. */
export function round2(value: number): number {
  return Math.round((value + Number.EPSILON * Math.sign(value)) * 100) / 100
}

/**
 * A topic's score is the unweighted mean of its perspective means: twenty residents and two
 * colleagues then count as two views of equal weight, as the monitor intends. Rounding happens
 * only here, at the end, and topics keep the order given.
 */
export function topicMean(cells: Pick<Cell, 'mean'>[]): number | null {
  if (cells.length === 0) return null
  return cells.reduce((sum, cell) => sum + cell.mean, 0) / cells.length
}

/** Topic scores from cells with at least one response, in the order of `topicOrder`. */
export function topicScores(cells: Cell[], topicOrder: readonly string[]): TopicScoreData[] {
  const byTopic = new Map<string, Cell[]>()
  for (const cell of cells) {
    if (cell.responseCount === 0) continue
    const list = byTopic.get(cell.topic) ?? []
    list.push(cell)
    byTopic.set(cell.topic, list)
  }
  const rank = (topic: string) => {
    const index = topicOrder.indexOf(topic)
    return index === -1 ? Number.MAX_SAFE_INTEGER : index
  }
  return [...byTopic.entries()]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([topic, topicCells]) => {
      const ordered = [...topicCells].sort(
        (a, b) => PERSPECTIVES.indexOf(a.perspective) - PERSPECTIVES.indexOf(b.perspective),
      )
      return {
        topic,
        mean: round2(topicMean(ordered) ?? 0),
        responseCount: ordered.reduce((sum, cell) => sum + cell.responseCount, 0),
        perspectives: ordered.map((cell) => ({
          perspective: cell.perspective,
          mean: round2(cell.mean),
          responseCount: cell.responseCount,
        })),
      }
    })
}

export interface BenchmarkValueData {
  mean: number | null
  municipalityCount: number
  suppressed: boolean
}

/** The mean of municipalities' topic means, or suppressed below the minimum group size. */
export function benchmarkValue(
  means: number[],
  minimum: number = MIN_BENCHMARK_MUNICIPALITIES,
): BenchmarkValueData {
  if (means.length < minimum) {
    return { mean: null, municipalityCount: means.length, suppressed: true }
  }
  const mean = means.reduce((sum, value) => sum + value, 0) / means.length
  return { mean: round2(mean), municipalityCount: means.length, suppressed: false }
}
