// @ts-check
// `npm test`: every workspace's tests and the cross-service tests in one vitest run, on a
// throwaway embedded PostgreSQL (or the server in DATABASE_URL), leaving nothing behind.
import { spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { startEmbeddedPostgres } from './lib/embedded-postgres.mjs'
import { say } from './lib/log.mjs'
import { buildStale, repoRoot } from './lib/platform.mjs'
import { freePort } from './lib/processes.mjs'

const require = createRequire(path.join(repoRoot, 'package.json'))
const started = Date.now()
/** @type {Array<() => Promise<void> | void>} */
const cleanups = []
const cleanup = async () => {
  for (const step of cleanups.reverse()) await step()
}

let code = 1
try {
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL || process.env.DATABASE_URL
  if (!adminUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'idm-test-'))
    chmodSync(dir, 0o755) // as root, PostgreSQL runs as `postgres` and must enter this folder
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const postgres = await startEmbeddedPostgres({
      dir: path.join(dir, 'postgres'),
      port: await freePort(),
      user: 'test',
      password: randomBytes(12).toString('hex'),
      quiet: true,
    })
    cleanups.push(() => postgres.stop())
    adminUrl = postgres.adminUrl
    say(`test database server: embedded PostgreSQL on ${new URL(adminUrl).host}`)
  }

  // The cross-service tests start the compiled services and the built admin, as `npm start` does.
  await buildStale({ env: process.env, admin: true, quiet: false })

  const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs')
  const reportDir = mkdtempSync(path.join(os.tmpdir(), 'idm-report-'))
  cleanups.push(() => rmSync(reportDir, { recursive: true, force: true }))
  const report = path.join(reportDir, 'vitest.json')
  const reporters = ['--reporter=default', '--reporter=json', `--outputFile.json=${report}`]
  code = await new Promise((resolve) => {
    const child = spawn(process.execPath, [vitest, 'run', ...reporters, ...process.argv.slice(2)], {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, TEST_DATABASE_ADMIN_URL: adminUrl },
    })
    const forward = (/** @type {NodeJS.Signals} */ signal) => child.kill(signal)
    process.on('SIGINT', forward)
    process.on('SIGTERM', forward)
    child.on('exit', (exitCode) => resolve(exitCode ?? 1))
  })
  printSummary(report)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
} finally {
  await cleanup()
}
/** One plain closing line, `N passed, N failed, N skipped`, that any CI can read. */
function printSummary(/** @type {string} */ file) {
  if (!existsSync(file)) return
  /** @type {{ numPassedTests: number, numFailedTests: number, numPendingTests: number, numTodoTests: number }} */
  const result = JSON.parse(readFileSync(file, 'utf8'))
  console.log(
    `\n${result.numPassedTests} passed, ${result.numFailedTests} failed, ${result.numPendingTests + result.numTodoTests} skipped`,
  )
}

say(`npm test finished in ${Math.round((Date.now() - started) / 1000)}s`)
process.exit(code)
