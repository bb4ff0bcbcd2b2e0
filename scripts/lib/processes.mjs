// @ts-check
import { spawn } from 'node:child_process'
import net from 'node:net'
import { createInterface } from 'node:readline'
import { log } from './log.mjs'

/**
 * @typedef {{ name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, quiet?: boolean }} ProcessSpec
 * @typedef {{ code: number | null, signal: NodeJS.Signals | null }} Exit
 * @typedef {object} Backoff
 * @property {number} [initialMs]    delay before the first restart (doubles with each one)
 * @property {number} [maxMs]        the longest delay between restarts
 * @property {number} [resetAfterMs] a process that stayed up this long starts again at `initialMs`
 * @typedef {ProcessSpec & { healthUrl: string, readyTimeoutMs?: number, backoff?: Backoff }} ServiceSpec
 */

/**
 * A supervised long-running service: restarted with exponential backoff whenever its process
 * exits unless `stop()` was called.
 * @typedef {object} Service
 * @property {string} name
 * @property {number | undefined} pid  the current process's pid (undefined while waiting to restart)
 * @property {number} restarts         how often the process was restarted after an unexpected exit
 * @property {() => Promise<void>} stop  stops the process for good (also cancels a pending restart)
 * @property {() => Promise<void>} ready resolves once the current process answers its health URL
 */

export const DEFAULT_BACKOFF = { initialMs: 500, maxMs: 30_000, resetAfterMs: 60_000 }

/**
 * Spawns a child in its own process group (so a stop reaches its children too, e.g. tsx's
 * worker), prefixing each output line with its name and keeping the last lines for errors.
 * @param {ProcessSpec} spec
 */
function spawnPrefixed({ name, command, args, cwd, env, quiet = false }) {
  const child = spawn(command, args, {
    cwd,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  /** @type {string[]} */
  const tail = []
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      tail.push(line)
      if (tail.length > 40) tail.shift()
      if (!quiet) log(name, line)
    })
  }
  // 'exit' fires only when the process ends: libuv does not report a stopped (SIGSTOP) child.
  /** @type {Promise<Exit>} */
  const exited = new Promise((resolve) => {
    child.once('error', (error) => {
      tail.push(String(error))
      resolve({ code: 127, signal: null })
    })
    child.once('exit', (code, signal) => resolve({ code, signal }))
  })
  return { child, tail, exited }
}

/**
 * Everything this process started and has not stopped yet (services, running steps), so a
 * Ctrl-C that comes while the platform is still starting stops what already runs.
 * @type {Set<{ stop: () => Promise<void> }>}
 */
const live = new Set()

/** Stops every service and step this process started, newest first. */
export async function stopEverything() {
  for (const item of [...live].reverse()) await item.stop()
}

/** Runs a one-off step (a build, migrations) to completion; rejects with its output on failure. */
export async function runStep(/** @type {ProcessSpec} */ spec) {
  const { child, tail, exited } = spawnPrefixed(spec)
  const entry = {
    stop: async () => {
      signalGroup(child.pid, 'SIGTERM')
      await exited
    },
  }
  live.add(entry)
  const { code, signal } = await exited.finally(() => live.delete(entry))
  if (code !== 0) {
    throw new Error(
      `${spec.name} failed (${describeExit({ code, signal })}):\n${tail.slice(-25).join('\n')}`,
    )
  }
}

/**
 * Starts a long-running service, resolves once `healthUrl` answers 2xx, and from then on
 * supervises it: when its process exits without `stop()`, it is started again after a delay
 * that doubles with each restart (0.5 s, 1 s, 2 s … at most 30 s) and starts over once a process
 * stayed up for a minute. Supervision waits only for the exit event; it polls nothing. A service
 * whose first process exits or stays unhealthy rejects, with its last output.
 * @param {ServiceSpec} spec
 * @returns {Promise<Service>}
 */
export async function startService(spec) {
  const backoff = { ...DEFAULT_BACKOFF, ...spec.backoff }
  const readyTimeoutMs = spec.readyTimeoutMs ?? 120_000
  /** @type {ReturnType<typeof spawnPrefixed> | undefined} the process running now */
  let alive
  let startedAt = 0
  let delayMs = backoff.initialMs
  let restarts = 0
  let starting = true
  let stopping = false
  /** @type {NodeJS.Timeout | undefined} */
  let pendingRestart
  /** @type {Promise<void> | undefined} */
  let stopped
  /** @type {(() => void) | undefined} an exit seen while the first start was being judged */
  let exitedWhileStarting

  const restartAfter = (/** @type {Exit} */ exit, /** @type {string[]} */ tail) => {
    if (Date.now() - startedAt >= backoff.resetAfterMs) delayMs = backoff.initialMs
    const wait = delayMs
    delayMs = Math.min(delayMs * 2, backoff.maxMs)
    restarts++
    // Quiet services (tests, bench) hid their output: show why it ended.
    const output =
      spec.quiet && tail.length > 0 ? `; its last output:\n${tail.slice(-10).join('\n')}` : ''
    log(
      spec.name,
      `${spec.name} exited (${describeExit(exit)}); restarting in ${wait / 1000}s (restart ${restarts})${output}`,
    )
    pendingRestart = setTimeout(run, wait)
  }

  const run = () => {
    const started = spawnPrefixed(spec)
    alive = started
    startedAt = Date.now()
    void started.exited.then((exit) => {
      alive = undefined
      // Helpers of the child (e.g. tsx's worker) may outlive it and hold its port.
      signalGroup(started.child.pid, 'SIGKILL')
      if (stopping) return
      if (starting) exitedWhileStarting = () => restartAfter(exit, started.tail)
      else restartAfter(exit, started.tail)
    })
    return started
  }

  const stop = () => {
    stopped ??= (async () => {
      live.delete(handle)
      stopping = true
      clearTimeout(pendingRestart)
      const current = alive
      if (!current) return
      const pid = current.child.pid
      signalGroup(pid, 'SIGTERM')
      // A stopped (SIGSTOP) process acts on its SIGTERM only once it runs again.
      signalGroup(pid, 'SIGCONT')
      const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), 10_000)
      await current.exited
      clearTimeout(timer)
      signalGroup(pid, 'SIGKILL')
    })()
    return stopped
  }

  const ready = async () => {
    const deadline = Date.now() + readyTimeoutMs
    let last = 'not started'
    while (Date.now() < deadline) {
      if (stopping) throw new Error(`${spec.name} was stopped`)
      const current = alive
      if (current) {
        last = await probe(spec.healthUrl)
        // Only an answer while the same process is still the current one counts.
        if (last === '' && alive === current) return
      } else {
        last = 'waiting to restart'
      }
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    throw new Error(
      `${spec.healthUrl} (${spec.name}) did not become healthy within ${readyTimeoutMs / 1000}s (last: ${last})`,
    )
  }

  const handle = { stop }
  live.add(handle)
  const first = run()
  const early = first.exited.then((exit) => {
    if (starting && !stopping) {
      throw new Error(
        `${spec.name} exited (${describeExit(exit)}) before it was ready:\n${first.tail.slice(-25).join('\n')}`,
      )
    }
  })
  try {
    await Promise.race([ready(), early])
  } catch (error) {
    await stop()
    throw error
  }
  starting = false
  // The first process may have exited just after its health answer: that is a crash too.
  exitedWhileStarting?.()
  return {
    name: spec.name,
    get pid() {
      return alive?.child.pid
    },
    get restarts() {
      return restarts
    },
    stop,
    ready,
  }
}

/** `code 1, signal null` or `code null, signal SIGKILL`. */
function describeExit(/** @type {Exit} */ { code, signal }) {
  return `code ${code}, signal ${signal}`
}

/** '' when `url` answers 2xx, else why not. */
async function probe(/** @type {string} */ url) {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
    await response.body?.cancel()
    return response.ok ? '' : `HTTP ${response.status}`
  } catch (error) {
    return String(error instanceof Error && error.cause ? error.cause : error)
  }
}

function signalGroup(/** @type {number | undefined} */ pid, /** @type {NodeJS.Signals} */ signal) {
  if (!pid) return
  try {
    process.kill(-pid, signal)
  } catch {
    // The group is already gone.
  }
}

/** Polls `url` until it answers with a 2xx status. */
export async function waitForHttp(/** @type {string} */ url, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    last = await probe(url)
    if (last === '') return
    await new Promise((resolve) => setTimeout(resolve, 300))
  }
  throw new Error(`${url} did not become healthy within ${timeoutMs / 1000}s (last: ${last})`)
}

/** Fails early with a clear message when a configured port is taken. */
export async function assertPortFree(
  /** @type {string} */ host,
  /** @type {number} */ port,
  /** @type {string} */ variable,
) {
  await new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', () =>
      reject(
        new Error(
          `port ${port} on ${host} is already in use; stop what uses it or set ${variable}`,
        ),
      ),
    )
    server.listen(port, host, () => server.close(resolve))
  })
}

/** A port the OS reports free right now (for tests). */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}
