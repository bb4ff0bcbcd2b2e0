import { getPayload, type Payload } from 'payload'
import config from './payload.config'

/** Payload for processes that run outside Next.js: the setup script and the content subgraph. */
export function getStandalonePayload(): Promise<Payload> {
  // Outside `next dev` there is no hot-reload socket to follow; without this flag getPayload
  // would connect to whatever Next dev server listens on localhost:$PORT and reload with it.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  return getPayload({ config })
}
