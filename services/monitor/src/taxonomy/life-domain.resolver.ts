import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import type { RequestContext } from '../context'
import { CrpdArticle } from './crpd-article.entity'
import { LifeDomain } from './life-domain.entity'
import { LifeDomainArgs, LifeDomainsArgs } from './taxonomy.args'
import { LifeDomainConnection } from './taxonomy.connection'

@Resolver(() => LifeDomain)
export class LifeDomainResolver {
  @Query(() => LifeDomainConnection)
  lifeDomains(@Ctx() ctx: RequestContext, @Args(() => LifeDomainsArgs) args: LifeDomainsArgs) {
    return ctx.services.taxonomy.listLifeDomains(ctx, args)
  }

  @Query(() => LifeDomain, {
    nullable: true,
    description: 'Null when no life domain has this slug.',
  })
  lifeDomain(@Ctx() ctx: RequestContext, @Args(() => LifeDomainArgs) { slug }: LifeDomainArgs) {
    return ctx.services.taxonomy.findLifeDomain(ctx, slug)
  }

  @FieldResolver(() => [CrpdArticle], { description: 'Articles touching this domain, by number.' })
  crpdArticles(@Root() domain: LifeDomain, @Ctx() ctx: RequestContext) {
    return ctx.services.taxonomy.crpdArticlesOf(ctx, domain)
  }
}
