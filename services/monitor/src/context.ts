import type { DataSource } from 'typeorm'
import {
  createMunicipalityLoaders,
  type MunicipalityLoaders,
} from './municipality/municipality.loaders'
import { MunicipalityService } from './municipality/municipality.service'
import { createTaxonomyLoaders, type TaxonomyLoaders } from './taxonomy/taxonomy.loaders'
import { TaxonomyService } from './taxonomy/taxonomy.service'
import { type AssessmentLoaders, createAssessmentLoaders } from './assessment/assessment.loaders'
import { AssessmentService } from './assessment/assessment.service'
import { createSurveyLoaders, type SurveyLoaders } from './survey/survey.loaders'
import { SurveyAggregateService } from './survey/survey-aggregate.service'
import { SurveyService } from './survey/survey.service'
import { unconfiguredElection } from './election/election.dependencies'
import { createElectionLoaders, type ElectionLoaders } from './election/election.loaders'
import { type ElectionDependencies, ElectionService } from './election/election.service'

import type { Actor } from './auth/actor'
import { createAuthenticator, type SessionChecker } from './auth/authenticate'
import { actorFromAuthorization, createTokenVerifier } from './auth/jwt'
import { DomainError } from './errors/domain-error'
import { toRequestError } from './errors/format-error'

export type { Actor }

/** Long-lived services, created once per process around one DataSource. */
export interface Services {
  municipalities: MunicipalityService
  taxonomy: TaxonomyService
  assessments: AssessmentService
  survey: SurveyService
  surveyAggregates: SurveyAggregateService
  election: ElectionService
}

export type Loaders = MunicipalityLoaders &
  TaxonomyLoaders &
  AssessmentLoaders &
  SurveyLoaders &
  ElectionLoaders

export interface RequestContext {
  actor: Actor
  /** The request id (`x-request-id`), for log lines about this request. */
  requestId?: string | undefined
  /** The caller's address (the gateway's X-Forwarded-For) and user agent; hashed before storing. */
  client: { ip: string; userAgent: string }
  services: Services
  loaders: Loaders
}

export function createServices(
  dataSource: DataSource,
  election: ElectionDependencies = unconfiguredElection(),
): Services {
  return {
    municipalities: new MunicipalityService(dataSource),
    taxonomy: new TaxonomyService(dataSource),
    assessments: new AssessmentService(dataSource),
    survey: new SurveyService(dataSource),
    surveyAggregates: new SurveyAggregateService(dataSource),
    election: new ElectionService(dataSource, election),
  }
}

/** What the context needs from the HTTP request. */
export interface RequestInfo {
  /** The `Authorization` header, as the gateway forwards it. */
  authorization?: string | undefined
  /** The id the HTTP host gave the request (the caller's `x-request-id` or a new one). */
  requestId?: string | undefined
  clientIp?: string | undefined
  userAgent?: string | undefined
}

export type ContextFactory = (request: RequestInfo) => Promise<RequestContext>

/**
 * Returns the per-request context builder: shared services, the caller's actor and fresh
 * DataLoaders every call. The actor is built here, once per request, so its session is checked
 * once, not per field. A present but invalid token or an ended session fails the request
 * (HTTP 401); a session store that does not answer fails it with 503.
 */
export function createContextFactory(
  dataSource: DataSource,
  options: { payloadSecret: string; sessions: SessionChecker; election?: ElectionDependencies },
): ContextFactory {
  const services = createServices(dataSource, options.election)
  const authenticate = createAuthenticator(
    createTokenVerifier(options.payloadSecret),
    options.sessions,
  )
  return async (request) => {
    const actor = await actorFromAuthorization(request.authorization, authenticate).catch(
      (error: unknown) => {
        throw error instanceof DomainError ? toRequestError(error) : error
      },
    )
    const client = { ip: request.clientIp ?? 'unknown', userAgent: request.userAgent ?? '' }
    return {
      actor,
      client,
      requestId: request.requestId,
      services,
      loaders: {
        ...createMunicipalityLoaders(dataSource),
        ...createTaxonomyLoaders(dataSource),
        ...createAssessmentLoaders(dataSource),
        ...createSurveyLoaders(dataSource),
        ...createElectionLoaders(services.election, { actor, client }),
      },
    }
  }
}
