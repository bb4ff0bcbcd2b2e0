// @ts-check
import { spawn } from 'node:child_process'
import net from 'node:net'
import { createInterface } from 'node:readline'
import { log } from './log.mjs'

/**
 * @typedef {{ name: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, quiet?: boolean }} ProcessSpec
 * @typedef {{ name: string, pid: number | undefined, stop: () => Promise<void>, exited: Promise<number | null> }} RunningProcess
 */

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
  /** @type {Promise<number | null>} */
  const exited = new Promise((resolve) => {
    child.once('error', (error) => {
      tail.push(String(error))
      resolve(127)
    })
    child.once('exit', (code, signal) => resolve(code ?? (signal ? 128 : null)))
  })
  return { child, tail, exited }
}

/** Runs a one-off step (a build, migrations) to completion; rejects with its output on failure. */
export async function runStep(/** @type {ProcessSpec} */ spec) {
  const { tail, exited } = spawnPrefixed(spec)
  const code = await exited
  if (code !== 0) {
    throw new Error(`${spec.name} failed (exit ${code}):\n${tail.slice(-25).join('\n')}`)
  }
}

/**
 * Starts a long-running service and resolves once `healthUrl` answers 2xx.
 * @param {ProcessSpec & { healthUrl: string, readyTimeoutMs?: number }} spec
 * @returns {Promise<RunningProcess>}
 */
export async function startService(spec) {
  const { child, tail, exited } = spawnPrefixed(spec)
  let stopped = false
  const stop = async () => {
    if (stopped) return exited.then(() => undefined)
    stopped = true
    signalGroup(child.pid, 'SIGTERM')
    const timer = setTimeout(() => signalGroup(child.pid, 'SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
    // Helpers of the child (e.g. tsx's watcher) may outlive it; the group goes with it.
    signalGroup(child.pid, 'SIGKILL')
  }
  const running = { name: spec.name, pid: child.pid, stop, exited }
  const early = exited.then((code) => {
    if (!stopped) {
      throw new Error(
        `${spec.name} exited (code ${code}) before it was ready:\n${tail.slice(-25).join('\n')}`,
      )
    }
  })
  try {
    await Promise.race([waitForHttp(spec.healthUrl, spec.readyTimeoutMs ?? 120_000), early])
  } catch (error) {
    await stop()
    throw error
  }
  return running
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
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
      if (response.ok) return
      last = `HTTP ${response.status}`
    } catch (error) {
      last = String(error instanceof Error && error.cause ? error.cause : error)
    }
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
