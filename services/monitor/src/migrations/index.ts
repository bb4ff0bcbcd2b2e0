import { CreateMunicipality1764331200000 } from './1764331200000-CreateMunicipality'
import { CreateReferenceData1764400000000 } from './1764400000000-CreateReferenceData'
import { CreateAssessment1764400100000 } from './1764400100000-CreateAssessment'
import { CreateSurvey1764500000000 } from './1764500000000-CreateSurvey'
import { CreateElection1764600000000 } from './1764600000000-CreateElection'

// Listed explicitly rather than globbed so the same code works from src (tests, swc) and dist.
export const migrations = [
  CreateMunicipality1764331200000,
  CreateReferenceData1764400000000,
  CreateAssessment1764400100000,
  CreateSurvey1764500000000,
  CreateElection1764600000000,
]
