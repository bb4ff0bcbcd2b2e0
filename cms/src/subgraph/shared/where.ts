import type { Where } from 'payload'

/** All of the conditions given (none: no condition at all). */
export function and(...wheres: Array<Where | undefined | false | null>): Where | undefined {
  const present = wheres.filter((where): where is Where => Boolean(where))
  if (present.length === 0) return undefined
  return present.length === 1 ? present[0] : { and: present }
}
