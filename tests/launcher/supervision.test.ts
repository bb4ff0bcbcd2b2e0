import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { freePort, startService, type Service } from '../../scripts/lib/processes.mjs'

// A stand-in for a service: answers /health with its pid. With TOY_FORK=1 a child of it serves
// instead (as tsx's worker does), so the port is held by a process the supervisor did not start.
const TOY = `
const { fork } = require('node:child_process')
const http = require('node:http')
if (process.env.TOY_FORK === '1' && !process.env.TOY_WORKER) {
  fork(__filename, { env: { ...process.env, TOY_WORKER: '1' } })
  setInterval(() => {}, 60_000)
} else {
  http
    .createServer((req, res) => {
      res.writeHead(req.url === '/health' ? 200 : 404, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ pid: process.pid, ppid: process.ppid }))
    })
    .listen(Number(process.env.PORT), '127.0.0.1')
  process.on('SIGTERM', () => process.exit(0))
}
`

interface Health {
  pid: number
  ppid: number
}

let dir: string
let script: string
const started: Service[] = []

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'idm-supervision-'))
  script = path.join(dir, 'toy.cjs')
  writeFileSync(script, TOY)
  writeFileSync(path.join(dir, 'crash.cjs'), 'console.error("no database"); process.exit(3)\n')
})

afterEach(async () => {
  for (const service of started.splice(0)) await service.stop()
  vi.restoreAllMocks()
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function startToy({ fork = false, initialMs = 200 } = {}) {
  const port = await freePort()
  const healthUrl = `http://127.0.0.1:${port}/health`
  const service = await startService({
    name: 'toy',
    command: process.execPath,
    args: [script],
    cwd: dir,
    env: { ...process.env, PORT: String(port), TOY_FORK: fork ? '1' : '0' },
    healthUrl,
    readyTimeoutMs: 10_000,
    backoff: { initialMs, maxMs: 2_000, resetAfterMs: 60_000 },
    quiet: true,
  })
  started.push(service)
  const health = async () => {
    const response = await fetch(healthUrl, { signal: AbortSignal.timeout(2_000) })
    return (await response.json()) as Health
  }
  return { service, health, healthUrl }
}

/** Waits, at most `timeoutMs`, until `condition` holds. */
async function until(condition: () => boolean, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('a supervised service', () => {
  it('is restarted after kill -9 and answers its health URL again, with a new pid', async () => {
    const logged = vi.spyOn(console, 'log').mockImplementation(() => {})
    const { service, health } = await startToy()
    const first = service.pid!
    expect((await health()).pid).toBe(first)
    expect(service.restarts).toBe(0)

    process.kill(first, 'SIGKILL')
    await until(() => service.pid !== undefined && service.pid !== first)
    await service.ready()

    expect(service.restarts).toBe(1)
    expect((await health()).pid).toBe(service.pid)
    expect(logged.mock.calls.flat().join('\n')).toMatch(
      /toy exited \(code null, signal SIGKILL\); restarting in 0\.2s \(restart 1\)/,
    )
  })

  it('doubles the delay with each restart', async () => {
    const logged = vi.spyOn(console, 'log').mockImplementation(() => {})
    const { service } = await startToy({ initialMs: 100 })
    for (const restart of [1, 2, 3]) {
      const pid = service.pid!
      process.kill(pid, 'SIGKILL')
      await until(() => service.restarts === restart && service.pid !== undefined)
      await service.ready()
    }
    const lines = logged.mock.calls.flat().join('\n')
    expect(lines).toMatch(/restarting in 0\.1s \(restart 1\)/)
    expect(lines).toMatch(/restarting in 0\.2s \(restart 2\)/)
    expect(lines).toMatch(/restarting in 0\.4s \(restart 3\)/)
  })

  it('also ends the helpers of a killed process, so the new one gets the port', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {})
    const { service, health } = await startToy({ fork: true })
    const first = service.pid!
    expect((await health()).ppid).toBe(first)

    process.kill(first, 'SIGKILL')
    await until(() => service.pid !== undefined && service.pid !== first)
    await service.ready()

    expect((await health()).ppid).toBe(service.pid)
    expect(service.restarts).toBe(1)
  })

  it('takes a stopped (SIGSTOP) process for paused, not exited', async () => {
    const { service, health } = await startToy()
    const pid = service.pid!
    process.kill(pid, 'SIGSTOP')
    try {
      // Several times the restart delay: a supervisor that took the pause for an exit would
      // have restarted it by now.
      await sleep(1_000)
      expect(service.pid).toBe(pid)
      expect(service.restarts).toBe(0)
    } finally {
      process.kill(pid, 'SIGCONT')
    }
    await service.ready()
    expect((await health()).pid).toBe(pid)
  })

  it('can be stopped while stopped (SIGSTOP)', async () => {
    const { service, healthUrl } = await startToy()
    process.kill(service.pid!, 'SIGSTOP')
    await service.stop()
    expect(service.pid).toBeUndefined()
    await expect(fetch(healthUrl, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow()
  })

  it('stays stopped when stop() comes while it waits to restart', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {})
    const { service, healthUrl } = await startToy({ initialMs: 1_000 })
    process.kill(service.pid!, 'SIGKILL')
    await until(() => service.pid === undefined)
    expect(service.restarts).toBe(1)

    await service.stop()
    await sleep(1_500)

    expect(service.pid).toBeUndefined()
    expect(service.restarts).toBe(1)
    await expect(service.ready()).rejects.toThrow(/toy was stopped/)
    await expect(fetch(healthUrl, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow()
  })

  it('fails its first start with the exit and the last output when it never becomes healthy', async () => {
    const port = await freePort()
    await expect(
      startService({
        name: 'crash',
        command: process.execPath,
        args: [path.join(dir, 'crash.cjs')],
        cwd: dir,
        env: process.env,
        healthUrl: `http://127.0.0.1:${port}/health`,
        readyTimeoutMs: 10_000,
        quiet: true,
      }),
    ).rejects.toThrow(/crash exited \(code 3, signal null\) before it was ready:\nno database/)
  })
})
