import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql'
import type { RequestContext } from '../context'
import { LifeDomain } from '../taxonomy/life-domain.entity'
import { AssessmentResult, Benchmark, TopicScore } from './assessment.types'

// The life domain behind a topic slug, batched per request; one small resolver per type.

@Resolver(() => TopicScore)
export class TopicScoreResolver {
  @FieldResolver(() => LifeDomain)
  lifeDomain(@Root() score: TopicScore, @Ctx() ctx: RequestContext) {
    return ctx.services.assessments.lifeDomainOf(ctx, score.topic)
  }
}

@Resolver(() => AssessmentResult)
export class AssessmentResultResolver {
  @FieldResolver(() => LifeDomain)
  lifeDomain(@Root() result: AssessmentResult, @Ctx() ctx: RequestContext) {
    return ctx.services.assessments.lifeDomainOf(ctx, result.topic)
  }
}

@Resolver(() => Benchmark)
export class BenchmarkResolver {
  @FieldResolver(() => LifeDomain)
  lifeDomain(@Root() benchmark: Benchmark, @Ctx() ctx: RequestContext) {
    return ctx.services.assessments.lifeDomainOf(ctx, benchmark.topic)
  }
}
