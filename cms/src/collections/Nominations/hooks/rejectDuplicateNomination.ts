import { ValidationError, type CollectionBeforeValidateHook } from 'payload'
import { localize } from '../../../fields/localized'

const idOf = (value: unknown): number | string | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (typeof value === 'object' && value !== null && 'id' in value) {
    return (value as { id: number | string }).id
  }
  return undefined
}

/**
 * A municipality is nominated once per edition. The unique index on (edition, municipality)
 * guards the database; this hook gives the editor a readable message first.
 */
export const rejectDuplicateNomination: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const edition = idOf(data?.edition ?? originalDoc?.edition)
  const municipality: unknown = data?.municipality ?? originalDoc?.municipality
  if (edition === undefined || typeof municipality !== 'string') return data
  const { docs } = await req.payload.find({
    collection: 'nominations',
    where: {
      and: [
        { edition: { equals: edition } },
        { municipality: { equals: municipality } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    pagination: false,
    // The rule is about all nominations, also those the current user may not read.
    overrideAccess: true,
    req,
  })
  if (docs.length === 0) return data
  throw new ValidationError({
    collection: 'nominations',
    errors: [
      {
        path: 'municipality',
        message: localize(req, {
          nl: `${municipality} is al genomineerd in deze editie; een gemeente doet één keer per editie mee.`,
          en: `${municipality} has already been nominated in this edition; a municipality takes part once per edition.`,
        }),
      },
    ],
    req,
  })
}
