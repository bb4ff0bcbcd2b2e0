import type { RequestContext } from '../context'
import type { Municipality } from './municipality.entity'

/** Federation entry point: the router hands us `{ __typename, code }` from other subgraphs. */
export function resolveMunicipalityReference(
  reference: Pick<Municipality, 'code'>,
  ctx: RequestContext,
): Promise<Municipality | null> {
  return ctx.services.municipalities.resolveReference(ctx, reference.code)
}
