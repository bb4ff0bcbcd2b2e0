import { LIST_SIZES } from '@idm/edge'

/**
 * A batch function whose lists hold at most the size the graph's cost model declares for `field`
 * (`Type.field` in @idm/edge's LIST_SIZES), so what an operation is charged bounds what it gets:
 * a municipality's or life domain's content beyond that is left out, the first items kept.
 */
export function capToDeclaredSize<TKey, TValue>(
  field: string,
  batch: (keys: readonly TKey[]) => Promise<TValue[][]>,
): (keys: readonly TKey[]) => Promise<TValue[][]> {
  const size = LIST_SIZES[field]
  // Checked when the loaders are built: a field the cost model does not know is a bug.
  if (size === undefined) throw new Error(`@idm/edge LIST_SIZES declares no size for ${field}`)
  return async (keys) => (await batch(keys)).map((items) => items.slice(0, size))
}
