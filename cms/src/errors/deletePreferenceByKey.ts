import {
  NotFound,
  type PayloadHandler,
  type SanitizedConfig,
  UnauthorizedError,
  type Where,
} from 'payload'

const PREFERENCES = 'payload-preferences'

/**
 * `DELETE /api/payload-preferences/:key`, the way Payload means it: the caller's own preference
 * with that key is deleted (200), a key the caller has none of is 404, no caller is 401.
 * Payload 3.90's own handler fails for every key with a SQL error (its `deleteOne` with a filter on
 * the polymorphic `user` relation builds a DELETE without the joined table: "missing FROM-clause
 * entry"), so the admin's "reset preferences" answered 500. This one finds the row with the same
 * filter (Payload's GET does so too, and works) and deletes it by id.
 */
export const deletePreferenceByKey: PayloadHandler = async (req) => {
  const { payload, user } = req
  if (!user) throw new UnauthorizedError(req.t)
  const key = req.routeParams?.key
  if (typeof key !== 'string' || key === '') throw new NotFound(req.t)
  const where: Where = {
    and: [
      { key: { equals: key } },
      { 'user.value': { equals: user.id } },
      { 'user.relationTo': { equals: user.collection } },
    ],
  }
  const found = await payload.db.findOne<{ id: number | string }>({
    collection: PREFERENCES,
    req,
    where,
  })
  if (!found) throw new NotFound(req.t)
  await payload.db.deleteOne({ collection: PREFERENCES, req, where: { id: { equals: found.id } } })
  return Response.json({ ...found, message: req.t('general:deletedSuccessfully') }, { status: 200 })
}

/** Puts {@link deletePreferenceByKey} in place of Payload's DELETE on its preferences collection. */
export function withWorkingPreferenceDelete(config: SanitizedConfig): SanitizedConfig {
  const preferences = config.collections.find((collection) => collection.slug === PREFERENCES)
  const endpoint = Array.isArray(preferences?.endpoints)
    ? preferences.endpoints.find(
        (candidate) => candidate.method === 'delete' && candidate.path === '/:key',
      )
    : undefined
  // Loud, not silent: a Payload upgrade that moves this endpoint must revisit the fix.
  if (!endpoint) throw new Error(`${PREFERENCES}: Payload no longer has DELETE /:key to replace`)
  endpoint.handler = deletePreferenceByKey
  return config
}
