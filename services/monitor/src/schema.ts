import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph'
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper'
import { printSchemaWithDirectives } from '@graphql-tools/utils'
import type { GraphQLSchema } from 'graphql'
import gql from 'graphql-tag'
import { buildSchema, createResolversMap } from 'type-graphql'
import {
  AssessmentResultResolver,
  BenchmarkResolver,
  TopicScoreResolver,
} from './assessment/assessment-life-domain.resolver'
import { MeasurementResolver } from './assessment/measurement.resolver'
import { MunicipalityAssessmentResolver } from './assessment/municipality-assessment.resolver'
import { authChecker } from './auth/auth-checker'
import type { RequestContext } from './context'
import { MunicipalityResolver } from './municipality/municipality.resolver'
import { resolveMunicipalityReference } from './municipality/municipality.federation'
import { CrpdArticleResolver } from './taxonomy/crpd-article.resolver'
import { resolveCrpdArticleReference } from './taxonomy/crpd-article.federation'
import { resolveLifeDomainReference } from './taxonomy/life-domain.federation'
import { LifeDomainResolver } from './taxonomy/life-domain.resolver'
import { surveyResolvers } from './survey/survey.resolvers'
import { electionResolvers } from './election/election.resolver'

// Apollo Server's cache hints (common/cache-hints.ts); the gateway reads their result as headers.
const CACHE_CONTROL_DIRECTIVE = `directive @cacheControl(maxAge: Int, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT`
const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])`

/**
 * TypeGraphQL builds the schema from the classes; it is printed with its directives and
 * rebuilt by @apollo/subgraph, which adds `_service`, `_entities` and reference resolution.
 * Needs no database: resolvers reach data through the request context.
 */
export async function buildMonitorSchema(): Promise<GraphQLSchema> {
  const typeGraphQLSchema = await buildSchema({
    resolvers: [
      MunicipalityResolver,
      LifeDomainResolver,
      CrpdArticleResolver,
      MeasurementResolver,
      MunicipalityAssessmentResolver,
      TopicScoreResolver,
      AssessmentResultResolver,
      BenchmarkResolver,
      ...surveyResolvers,
      ...electionResolvers,
    ],
    validate: true,
    authChecker,
  })
  const resolvers = createResolversMap(typeGraphQLSchema) as GraphQLResolverMap<RequestContext>

  return buildSubgraphSchema({
    typeDefs: gql`
      ${FEDERATION_LINK}
      ${CACHE_CONTROL_DIRECTIVE}
      ${printSchemaWithDirectives(typeGraphQLSchema)}
    `,
    resolvers: {
      ...resolvers,
      Municipality: { ...resolvers.Municipality, __resolveReference: resolveMunicipalityReference },
      LifeDomain: { ...resolvers.LifeDomain, __resolveReference: resolveLifeDomainReference },
      CrpdArticle: { ...resolvers.CrpdArticle, __resolveReference: resolveCrpdArticleReference },
    } as GraphQLResolverMap<unknown>,
  })
}

/** The subgraph SDL as committed in schema/monitor.graphql. */
export async function printMonitorSdl(): Promise<string> {
  return `${printSubgraphSchema(await buildMonitorSchema()).trimEnd()}\n`
}
