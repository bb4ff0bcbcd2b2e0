import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Int,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql'
import { Role } from '../auth/roles'
import type { RequestContext } from '../context'
import { Municipality } from '../municipality/municipality.entity'
import { LifeDomain } from '../taxonomy/life-domain.entity'
import { AssessmentResponse } from './assessment-response.entity'
import { AssessmentResponseConnection } from './assessment-response.connection'
import { AssessmentResponsesArgs } from './assessment.args'
import {
  CloseMeasurementInput,
  PublishMeasurementInput,
  StartMeasurementInput,
  SubmitAssessmentResponseInput,
} from './assessment.inputs'
import { AssessmentResult } from './assessment.types'
import { Measurement } from './measurement.entity'

@Resolver(() => Measurement)
export class MeasurementResolver {
  @Authorized(Role.Admin, Role.MunicipalOfficial)
  @Mutation(() => Measurement, {
    description: 'Starts an open measurement for your own municipality (admins: any).',
  })
  startMeasurement(@Ctx() ctx: RequestContext, @Arg('input') input: StartMeasurementInput) {
    return ctx.services.assessments.startMeasurement(ctx, input)
  }

  @Authorized(Role.Admin, Role.MunicipalOfficial)
  @Mutation(() => AssessmentResponse, {
    description: 'Records one response (score 1–10, optional comment) to an open measurement.',
  })
  submitAssessmentResponse(
    @Ctx() ctx: RequestContext,
    @Arg('input') input: SubmitAssessmentResponseInput,
  ) {
    return ctx.services.assessments.submitResponse(ctx, input)
  }

  @Authorized(Role.Admin, Role.MunicipalOfficial)
  @Mutation(() => Measurement, { description: 'Stops accepting responses.' })
  closeMeasurement(@Ctx() ctx: RequestContext, @Arg('input') input: CloseMeasurementInput) {
    return ctx.services.assessments.closeMeasurement(ctx, input.measurementId)
  }

  @Authorized(Role.Admin, Role.MunicipalOfficial)
  @Mutation(() => Measurement, {
    description: 'Makes a closed measurement’s topic scores public (never its comments).',
  })
  publishMeasurement(@Ctx() ctx: RequestContext, @Arg('input') input: PublishMeasurementInput) {
    return ctx.services.assessments.publishMeasurement(ctx, input.measurementId)
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() measurement: Measurement, @Ctx() ctx: RequestContext) {
    return ctx.services.assessments.municipalityOf(ctx, measurement)
  }

  @FieldResolver(() => [LifeDomain], { description: 'The topics (life domains) it covers.' })
  topics(@Root() measurement: Measurement, @Ctx() ctx: RequestContext) {
    return ctx.services.assessments.topicsOf(ctx, measurement)
  }

  @FieldResolver(() => Int, { description: 'Responses received so far.' })
  responseCount(@Root() measurement: Measurement, @Ctx() ctx: RequestContext) {
    return ctx.services.assessments.responseCountOf(ctx, measurement)
  }

  @Authorized(Role.Admin, Role.MunicipalOfficial)
  // Nullable so a refused private field leaves the rest of the measurement intact.
  @FieldResolver(() => AssessmentResponseConnection, {
    nullable: true,
    description:
      'Private: every response with its comment, oldest first, for the municipality’s own officials and admins; anyone else gets FORBIDDEN (anonymous: UNAUTHENTICATED). Never cached.',
  })
  responses(
    @Root() measurement: Measurement,
    @Ctx() ctx: RequestContext,
    @Args(() => AssessmentResponsesArgs) args: AssessmentResponsesArgs,
  ) {
    return ctx.services.assessments.responsesOf(ctx, measurement, args)
  }

  @FieldResolver(() => [AssessmentResult], {
    description: 'Mean and n per topic × perspective, topics in the order chosen.',
  })
  results(@Root() measurement: Measurement, @Ctx() ctx: RequestContext) {
    return ctx.services.assessments.resultsOf(ctx, measurement)
  }
}
