import type { DataSource } from 'typeorm'
import {
  createMunicipalityLoaders,
  type MunicipalityLoaders,
} from './municipality/municipality.loaders'
import { MunicipalityService } from './municipality/municipality.service'

import { anonymousActor, type Actor } from './auth/actor'

export type { Actor }

/** Long-lived services, created once per process around one DataSource. */
export interface Services {
  municipalities: MunicipalityService
}

export type Loaders = MunicipalityLoaders

export interface RequestContext {
  actor: Actor
  services: Services
  loaders: Loaders
}

export function createServices(dataSource: DataSource): Services {
  return { municipalities: new MunicipalityService(dataSource) }
}

/** Returns the per-request context builder: shared services, fresh DataLoaders every call. */
export function createContextFactory(dataSource: DataSource): () => Promise<RequestContext> {
  const services = createServices(dataSource)
  return async () => ({
    actor: anonymousActor,
    services,
    loaders: createMunicipalityLoaders(dataSource),
  })
}
