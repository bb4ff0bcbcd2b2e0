import type { RequestContext } from '../context'
import type { LifeDomain } from './life-domain.entity'

/** Federation entry point: other subgraphs (the CMS) refer to a life domain by `{ slug }`. */
export function resolveLifeDomainReference(
  reference: Pick<LifeDomain, 'slug'>,
  ctx: RequestContext,
): Promise<LifeDomain | null> {
  return ctx.services.taxonomy.resolveLifeDomainReference(ctx, reference.slug)
}
