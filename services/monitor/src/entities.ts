import { MunicipalityNeighbour } from './municipality/municipality-neighbour.entity'
import { Municipality } from './municipality/municipality.entity'
import { AssessmentResponse } from './assessment/assessment-response.entity'
import { Measurement } from './assessment/measurement.entity'
import { CrpdArticleLifeDomain } from './taxonomy/crpd-article-life-domain.entity'
import { CrpdArticle } from './taxonomy/crpd-article.entity'
import { LifeDomain } from './taxonomy/life-domain.entity'
import { surveyEntities } from './survey/survey.entities'
import { ElectionProof, ElectionSubmission } from './election/election-submission.entity'

export const entities = [
  Municipality,
  MunicipalityNeighbour,
  LifeDomain,
  CrpdArticle,
  CrpdArticleLifeDomain,
  Measurement,
  AssessmentResponse,
  ...surveyEntities,
  ElectionSubmission,
  ElectionProof,
]
