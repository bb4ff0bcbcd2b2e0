import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const schemaDir = path.dirname(fileURLToPath(import.meta.url))

/**
 * The subgraphs of the federated graph. `url` is the default routing URL written into the
 * supergraph; the gateway can override it per deployment (MONITOR_URL, CONTENT_URL).
 */
export const subgraphs = [
  { name: 'monitor', file: 'monitor.graphql', url: 'http://127.0.0.1:4001/graphql' },
  { name: 'content', file: 'content.graphql', url: 'http://127.0.0.1:4002/graphql' },
] as const

export const supergraphFile = 'supergraph.graphql'
