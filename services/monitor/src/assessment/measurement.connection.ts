import { Directive, ObjectType } from 'type-graphql'
import { NO_CACHE } from '../common/cache-hints'
import { ConnectionType } from '../common/connection'
import { Measurement } from './measurement.entity'

@Directive(NO_CACHE)
@ObjectType({ description: 'A municipality’s measurements, newest first.' })
export class MeasurementConnection extends ConnectionType(Measurement) {}
