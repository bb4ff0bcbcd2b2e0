// @ts-check
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

/** Newest modification time of any file below `dir` (skipping build output and dependencies). */
function newestMtime(/** @type {string} */ dir) {
  let newest = 0
  if (!existsSync(dir)) return newest
  const stat = statSync(dir)
  if (stat.isFile()) return stat.mtimeMs
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (['node_modules', 'dist', '.next', '.data'].includes(entry.name)) continue
    newest = Math.max(newest, newestMtime(path.join(dir, entry.name)))
  }
  return newest
}

/** True when `output` is missing or older than any of `inputs` (files or folders). */
export function isStale(/** @type {string} */ output, /** @type {string[]} */ inputs) {
  if (!existsSync(output)) return true
  const built = statSync(output).mtimeMs
  return inputs.some((input) => newestMtime(input) > built)
}
