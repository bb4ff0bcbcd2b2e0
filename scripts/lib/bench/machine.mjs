// @ts-check
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'

/** The machine and the code measured, for the report. */
export function describeMachine(/** @type {string} */ repoRoot) {
  const git = (/** @type {string[]} */ ...args) => {
    try {
      return execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim()
    } catch {
      return ''
    }
  }
  return {
    cores: os.cpus().length,
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    commit: git('rev-parse', 'HEAD') || 'unknown',
    shortCommit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    // Other people's uncommitted work counts too: the numbers are of the tree as it was.
    dirty: git('status', '--porcelain', '--untracked-files=no') !== '',
  }
}

/**
 * Resident memory in MiB of a process and all its descendants (tsx and PostgreSQL run children),
 * from /proc; shared pages count once per process. 0 where /proc is not available.
 * @param {number | undefined} pid
 */
export function treeRssMiB(pid) {
  let kib = 0
  for (const current of descendants(pid)) {
    try {
      const status = readFileSync(`/proc/${current}/status`, 'utf8')
      kib += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0)
    } catch {
      // The process ended while we looked.
    }
  }
  return Math.round(kib / 1024)
}

/** A process and all its descendants (tsx and PostgreSQL run children), from /proc. */
function descendants(/** @type {number | undefined} */ pid) {
  if (!pid) return []
  /** @type {Map<number, number[]>} */
  const children = new Map()
  let entries = []
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return []
  }
  for (const entry of entries) {
    try {
      // The command name (2nd field) may hold spaces: the parent is the 2nd field after ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)])
    } catch {
      // The process ended while we looked.
    }
  }
  const queue = [pid]
  for (let i = 0; i < queue.length && i < 1000; i++) {
    queue.push(...(children.get(/** @type {number} */ (queue[i])) ?? []))
  }
  return queue
}

/**
 * Proportional memory in MiB of a process tree (`Pss` of /proc/<pid>/smaps_rollup): a page shared
 * by k processes counts 1/k in each, so the sum over processes is what they hold together —
 * PostgreSQL's shared buffers, which every backend maps, count once instead of once per backend.
 * 0 where /proc is not available.
 * @param {number | undefined} pid
 */
export function treePssMiB(pid) {
  let kib = 0
  for (const current of descendants(pid)) {
    try {
      const rollup = readFileSync(`/proc/${current}/smaps_rollup`, 'utf8')
      kib += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0)
    } catch {
      // The process ended while we looked, or the kernel has no smaps_rollup.
    }
  }
  return Math.round(kib / 1024)
}
