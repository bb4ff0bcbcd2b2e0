import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql'
import { Role } from '../auth/roles'
import type { RequestContext } from '../context'
import { ImportSurveyResponsesInput, SurveyImportResult } from './survey.input'

@Resolver()
export class SurveyImportResolver {
  @Authorized(Role.Admin)
  @Mutation(() => SurveyImportResult, {
    description:
      'Imports peiling responses from CSV, all rows or none (admins only; docs/survey.md).',
  })
  importSurveyResponses(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ImportSurveyResponsesInput) input: ImportSurveyResponsesInput,
  ) {
    return ctx.services.survey.importResponses(ctx.actor, input)
  }
}
