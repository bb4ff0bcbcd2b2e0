import { CreateMunicipality1764331200000 } from './1764331200000-CreateMunicipality'

// Listed explicitly rather than globbed so the same code works from src (tests, swc) and dist.
export const migrations = [CreateMunicipality1764331200000]
