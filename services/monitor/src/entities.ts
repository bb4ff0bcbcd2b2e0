import { MunicipalityNeighbour } from './municipality/municipality-neighbour.entity'
import { Municipality } from './municipality/municipality.entity'
import { AssessmentResponse } from './assessment/assessment-response.entity'
import { Measurement } from './assessment/measurement.entity'
import { CrpdArticleLifeDomain } from './reference/crpd-article-life-domain.entity'
import { CrpdArticle } from './reference/crpd-article.entity'
import { LifeDomain } from './reference/life-domain.entity'
import { surveyEntities } from './survey/survey.entities'

export const entities = [
  Municipality,
  MunicipalityNeighbour,
  LifeDomain,
  CrpdArticle,
  CrpdArticleLifeDomain,
  Measurement,
  AssessmentResponse,
  ...surveyEntities,
]
