import { MunicipalityNeighbour } from './municipality/municipality-neighbour.entity'
import { Municipality } from './municipality/municipality.entity'

export const entities = [Municipality, MunicipalityNeighbour]
