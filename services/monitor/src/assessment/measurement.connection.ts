import { ObjectType } from 'type-graphql'
import { ConnectionType } from '../common/connection'
import { Measurement } from './measurement.entity'

@ObjectType({ description: 'A municipality’s measurements, newest first.' })
export class MeasurementConnection extends ConnectionType(Measurement) {}
