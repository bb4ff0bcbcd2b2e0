import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { localize } from '../../../fields/localized'
import { roundProblems, type RoundDates } from '../rounds'

/** Rejects rounds in the wrong order or overlapping (see {@link roundProblems}). */
export const validateRounds: CollectionBeforeChangeHook = ({ data, req }) => {
  const rounds = Array.isArray(data.rounds) ? (data.rounds as RoundDates[]) : []
  const problems = roundProblems(rounds)
  if (problems.length === 0) return data
  throw new ValidationError({
    collection: 'election-editions',
    errors: problems.map(({ index, field, message }) => ({
      path: `rounds.${index}.${field}`,
      message: localize(req, message),
    })),
    req,
  })
}
