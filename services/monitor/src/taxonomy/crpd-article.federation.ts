import type { RequestContext } from '../context'
import type { CrpdArticle } from './crpd-article.entity'

/**
 * Federation entry point: other subgraphs (the CMS) refer to a CRPD article by `{ number }`; a
 * number that is not an article of the reference data resolves to null.
 */
export async function resolveCrpdArticleReference(
  reference: Pick<CrpdArticle, 'number'>,
  ctx: RequestContext,
): Promise<CrpdArticle | null> {
  if (!Number.isSafeInteger(reference.number)) return null
  return ctx.services.taxonomy.findCrpdArticle(ctx, reference.number)
}
