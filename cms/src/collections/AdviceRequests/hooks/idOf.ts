/** The id of a relationship value, populated or not; undefined when there is none. */
export function idOf(value: unknown): number | undefined {
  if (typeof value === 'number') return value
  if (typeof value === 'object' && value !== null && 'id' in value) {
    const id: unknown = (value as { id: unknown }).id
    return typeof id === 'number' ? id : undefined
  }
  return undefined
}
