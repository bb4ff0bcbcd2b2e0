import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import { Role } from '../auth/roles'
import type { RequestContext } from '../context'
import { Municipality } from '../municipality/municipality.entity'
import { MeasurementsArgs, TopicArgs, WeakestTopicsArgs } from './assessment.args'
import { Benchmark, PublishedScores, TopicScore, TrendPoint } from './assessment.types'
import { MeasurementConnection } from './measurement.connection'

/** The self-assessment fields of Municipality. */
@Resolver(() => Municipality)
export class MunicipalityAssessmentResolver {
  @Authorized(Role.Admin, Role.MunicipalOfficial)
  // Nullable so a refused private field leaves the public fields of the same query intact.
  @FieldResolver(() => MeasurementConnection, {
    nullable: true,
    description:
      'Private: the municipality’s own officials and admins only; anyone else gets FORBIDDEN (anonymous: UNAUTHENTICATED) and null here.',
  })
  measurements(
    @Root() municipality: Municipality,
    @Ctx() ctx: RequestContext,
    @Args(() => MeasurementsArgs) args: MeasurementsArgs,
  ) {
    return ctx.services.assessments.measurementsOf(ctx, municipality, args)
  }

  @FieldResolver(() => PublishedScores, {
    nullable: true,
    description: 'Public topic scores of the latest published measurement; null when none.',
  })
  publishedScores(@Root() municipality: Municipality, @Ctx() ctx: RequestContext) {
    return ctx.services.assessments.publishedScoresOf(ctx, municipality)
  }

  @FieldResolver(() => [TopicScore], {
    description: 'Lowest published topic scores first, from the latest published measurement.',
  })
  weakestTopics(
    @Root() municipality: Municipality,
    @Ctx() ctx: RequestContext,
    @Args(() => WeakestTopicsArgs) { limit }: WeakestTopicsArgs,
  ) {
    return ctx.services.assessments.weakestTopicsOf(ctx, municipality, limit)
  }

  @FieldResolver(() => Benchmark, {
    description:
      'The published topic score against the national, size-class and neighbour means (each from 5 municipalities on).',
  })
  benchmarks(
    @Root() municipality: Municipality,
    @Ctx() ctx: RequestContext,
    @Args(() => TopicArgs) { topic }: TopicArgs,
  ) {
    return ctx.services.assessments.benchmarksOf(ctx, municipality, topic)
  }

  @FieldResolver(() => [TrendPoint], {
    description:
      'The topic’s score per measurement, oldest first: all measurements for the municipality’s officials and admins, published ones for everyone else.',
  })
  assessmentTrend(
    @Root() municipality: Municipality,
    @Ctx() ctx: RequestContext,
    @Args(() => TopicArgs) { topic }: TopicArgs,
  ) {
    return ctx.services.assessments.trendOf(ctx, municipality, topic)
  }
}
