import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import type { RequestContext } from '../context'
import { CrpdArticle } from './crpd-article.entity'
import { LifeDomain } from './life-domain.entity'
import { CrpdArticleArgs, CrpdArticlesArgs } from './taxonomy.args'
import { CrpdArticleConnection } from './taxonomy.connection'

@Resolver(() => CrpdArticle)
export class CrpdArticleResolver {
  @Query(() => CrpdArticleConnection)
  crpdArticles(@Ctx() ctx: RequestContext, @Args(() => CrpdArticlesArgs) args: CrpdArticlesArgs) {
    return ctx.services.taxonomy.listCrpdArticles(ctx, args)
  }

  @Query(() => CrpdArticle, { nullable: true, description: 'Null when the number is not listed.' })
  crpdArticle(
    @Ctx() ctx: RequestContext,
    @Args(() => CrpdArticleArgs) { number }: CrpdArticleArgs,
  ) {
    return ctx.services.taxonomy.findCrpdArticle(ctx, number)
  }

  @FieldResolver(() => [LifeDomain], { description: 'Life domains the article touches.' })
  lifeDomains(@Root() article: CrpdArticle, @Ctx() ctx: RequestContext) {
    return ctx.services.taxonomy.lifeDomainsOf(ctx, article)
  }
}
