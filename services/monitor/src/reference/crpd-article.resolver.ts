import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import type { RequestContext } from '../context'
import { CrpdArticle } from './crpd-article.entity'
import { LifeDomain } from './life-domain.entity'
import { CrpdArticleArgs, CrpdArticlesArgs } from './reference.args'
import { CrpdArticleConnection } from './reference.connection'

@Resolver(() => CrpdArticle)
export class CrpdArticleResolver {
  @Query(() => CrpdArticleConnection)
  crpdArticles(@Ctx() ctx: RequestContext, @Args(() => CrpdArticlesArgs) args: CrpdArticlesArgs) {
    return ctx.services.reference.listCrpdArticles(ctx, args)
  }

  @Query(() => CrpdArticle, { nullable: true, description: 'Null when the number is not listed.' })
  crpdArticle(
    @Ctx() ctx: RequestContext,
    @Args(() => CrpdArticleArgs) { number }: CrpdArticleArgs,
  ) {
    return ctx.services.reference.findCrpdArticle(ctx, number)
  }

  @FieldResolver(() => [LifeDomain], { description: 'Life domains the article touches.' })
  lifeDomains(@Root() article: CrpdArticle, @Ctx() ctx: RequestContext) {
    return ctx.services.reference.lifeDomainsOf(ctx, article)
  }
}
