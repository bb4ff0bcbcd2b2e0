import { NotFound, type PayloadRequest } from 'payload'
import type { ToolkitItem } from '../../../payload-types'

/**
 * The toolkit item of the request's `:id`, read as the caller (`overrideAccess: false`) with its
 * edition and file: undefined when it does not exist or the caller may not read it (a draft for
 * anonymous callers), so both answer 404.
 */
export async function readToolkitItem(req: PayloadRequest): Promise<ToolkitItem | undefined> {
  const id = req.routeParams?.id
  if ((typeof id !== 'string' && typeof id !== 'number') || !/^\d+$/.test(String(id)))
    return undefined
  try {
    return await req.payload.findByID({
      collection: 'toolkit-items',
      id,
      depth: 1,
      overrideAccess: false,
      user: req.user,
      req,
    })
  } catch (error) {
    if (error instanceof NotFound) return undefined
    throw error
  }
}
