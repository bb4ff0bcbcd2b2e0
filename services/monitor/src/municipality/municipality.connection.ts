import { Directive, ObjectType } from 'type-graphql'
import { PUBLIC_CACHE } from '../common/cache-hints'
import { ConnectionType } from '../common/connection'
import { Municipality } from './municipality.entity'

@Directive(PUBLIC_CACHE)
@ObjectType({ description: 'Municipalities ordered by code.' })
export class MunicipalityConnection extends ConnectionType(Municipality) {}
