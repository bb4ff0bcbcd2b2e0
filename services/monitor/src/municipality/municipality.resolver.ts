import { Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql'
import type { RequestContext } from '../context'
import { MunicipalitiesArgs, MunicipalityArgs } from './municipality.args'
import { MunicipalityConnection } from './municipality.connection'
import { Municipality } from './municipality.entity'
import { SizeClassGraphQL } from './size-class'

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Query(() => Municipality, {
    nullable: true,
    description: 'Null when no municipality has this code.',
  })
  municipality(
    @Ctx() ctx: RequestContext,
    @Args(() => MunicipalityArgs) { code }: MunicipalityArgs,
  ) {
    return ctx.services.municipalities.findByCode(ctx, code)
  }

  @Query(() => MunicipalityConnection)
  municipalities(
    @Ctx() ctx: RequestContext,
    @Args(() => MunicipalitiesArgs) args: MunicipalitiesArgs,
  ) {
    return ctx.services.municipalities.list(ctx, args)
  }

  @FieldResolver(() => SizeClassGraphQL, { description: 'Size class by number of inhabitants.' })
  sizeClass(@Root() municipality: Municipality, @Ctx() ctx: RequestContext) {
    return ctx.services.municipalities.sizeClassOf(municipality)
  }

  @FieldResolver(() => [Municipality], { description: 'Municipalities sharing a border, by code.' })
  neighbours(@Root() municipality: Municipality, @Ctx() ctx: RequestContext) {
    return ctx.services.municipalities.neighboursOf(ctx, municipality)
  }
}
