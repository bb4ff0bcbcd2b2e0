import DataLoader from 'dataloader'
import { ElectionError, ElectionErrorReason } from './election.errors'
import type { ElectionCaller, ElectionService } from './election.service'
import type { ElectionRatingResult } from './election.types'

/** Request-scoped: one results computation per edition year, whatever the number of municipalities. */
export interface ElectionLoaders {
  /** Per year: each rated municipality's result as the caller may see it; null when not public yet. */
  ratingResultsByYear: DataLoader<number, Map<string, ElectionRatingResult> | null>
}

export function createElectionLoaders(
  election: ElectionService,
  caller: ElectionCaller,
): ElectionLoaders {
  return {
    ratingResultsByYear: new DataLoader(async (years) =>
      Promise.all(
        years.map(async (year) => {
          try {
            const results = await election.ratingResults(caller, year)
            return new Map(results.map((result) => [result.municipalityCode, result]))
          } catch (error) {
            // Before the round closes a municipality page simply shows no residents' rating.
            if (
              error instanceof ElectionError &&
              (error.reason === ElectionErrorReason.ResultsNotPublic ||
                error.reason === ElectionErrorReason.EditionNotFound)
            ) {
              return null
            }
            throw error
          }
        }),
      ),
    ),
  }
}
