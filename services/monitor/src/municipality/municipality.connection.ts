import { ObjectType } from 'type-graphql'
import { ConnectionType } from '../common/connection'
import { Municipality } from './municipality.entity'

@ObjectType({ description: 'Municipalities ordered by code.' })
export class MunicipalityConnection extends ConnectionType(Municipality) {}
