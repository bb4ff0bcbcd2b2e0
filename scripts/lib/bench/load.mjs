// @ts-check
import autocannonUntyped from 'autocannon'

// The parts of autocannon's programmatic API used here (the package ships no types; a global
// module declaration would also retype other scripts' use of it).
/**
 * @typedef {object} AutocannonOptions
 * @property {string} url
 * @property {string} method
 * @property {Record<string, string>} headers
 * @property {string} body
 * @property {number} connections
 * @property {number} duration  seconds
 * @property {number} timeout   seconds
 * @property {(body: string) => boolean} verifyBody  false counts the answer as a mismatch
 *
 * @typedef {{ duration: number, errors: number, timeouts: number, mismatches: number, non2xx: number }} AutocannonResult
 * @typedef {object} AutocannonInstance
 * @property {() => void} stop
 * @property {(event: 'response', listener: (client: unknown, status: number, bytes: number, ms: number) => void) => void} on
 */
const autocannon =
  /** @type {(options: AutocannonOptions, done: (error: Error | null, result: AutocannonResult) => void) => AutocannonInstance} */ (
    autocannonUntyped
  )

/**
 * @typedef {object} Load
 * @property {string} url
 * @property {string} body      the JSON request body
 * @property {Record<string, string>} [headers]
 * @property {number} seconds
 * @property {number} connections
 *
 * @typedef {object} LoadResult
 * @property {number} requests  answers received
 * @property {number} rps
 * @property {number} p50       latency in ms
 * @property {number} p95
 * @property {number} p99
 * @property {number} errors    connection errors and timeouts
 * @property {number} non2xx
 * @property {number} mismatches 2xx answers that were not `{"data":…}` without `errors`
 */

/** @type {Set<AutocannonInstance>} */
const running = new Set()

/** Stops every load run in progress (Ctrl-C): each then resolves with what it measured so far. */
export function stopLoad() {
  for (const instance of running) instance.stop()
}

/**
 * Runs autocannon for `seconds` against one loopback URL. Latencies are collected per answer
 * (autocannon's own summary has no p95); every answer's body is checked to be data without
 * errors, so an operation that breaks under load cannot be measured as fast.
 * @param {Load} load
 * @returns {Promise<LoadResult>}
 */
export function runLoad({ url, body, headers = {}, seconds, connections }) {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`not a loopback URL: ${url}`)
  /** @type {number[]} */
  const latencies = []
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body,
        connections,
        duration: seconds,
        timeout: 10,
        verifyBody: (text) => text.startsWith('{"data":') && !text.includes('"errors":'),
      },
      (error, result) => {
        running.delete(instance)
        if (error) return reject(error)
        latencies.sort((a, b) => a - b)
        const at = (/** @type {number} */ p) =>
          latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0
        resolve({
          requests: latencies.length,
          rps: latencies.length / Math.max(result.duration, 0.001),
          p50: at(50),
          p95: at(95),
          p99: at(99),
          errors: result.errors, // autocannon counts its timeouts among them
          non2xx: result.non2xx,
          mismatches: result.mismatches,
        })
      },
    )
    running.add(instance)
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms))
  })
}
