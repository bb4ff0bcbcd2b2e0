import { getPayload, type Payload } from 'payload'

/**
 * Payload for processes that run outside Next.js: the setup script and the content subgraph.
 * `cron`: run the jobs queues (jobs.autoRun) in this process, as the Next admin does; only for
 * long-running processes (the content subgraph), never a one-off script.
 */
export async function getStandalonePayload({ cron = false } = {}): Promise<Payload> {
  // Outside `next dev` there is no hot-reload socket to follow; without this flag getPayload
  // would connect to whatever Next dev server listens on localhost:$PORT and reload with it.
  process.env.DISABLE_PAYLOAD_HMR = 'true'
  // Loaded here, not at import: the config reads the environment when it loads, and a process
  // that validates its own settings first (the content subgraph) reports every bad one at once.
  const { default: config } = await import('./payload.config')
  return getPayload({ config, cron })
}
