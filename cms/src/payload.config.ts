import { settings } from './config'
import { createPayloadConfig } from './createPayloadConfig'

export default createPayloadConfig(settings())
