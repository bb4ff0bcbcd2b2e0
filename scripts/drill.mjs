// @ts-check
// `npm run drill`: what the platform does under load when parts of it fail. Reports numbers; fails
// only on a crash that is not recovered from, lost or half-written data, or no recovery at all.
// Loopback only; every phase is bounded in time.
//   1. sustained load at a fixed rate on the reference operations: failures, latency percentiles
//   2. the monitor killed under load: content keeps answering, monitor fields null with a code,
//      the launcher restarts it; time until full answers
//   3. PostgreSQL restarted under load, with a survey import in flight: the services reconnect by
//      themselves; errors during the gap; time to recover; the import all or nothing
//   4. RSS of every process before and after
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon from 'autocannon'
import { dropDatabase, withDatabase } from './lib/databases.mjs'
import { startEmbeddedPostgres } from './lib/embedded-postgres.mjs'
import { say } from './lib/log.mjs'
import { loopbackAddresses, repoRoot, startMailCatcher, startPlatform } from './lib/platform.mjs'
import { freePort } from './lib/processes.mjs'

const SUSTAINED_SECONDS = Number(process.env.DRILL_SUSTAINED_SECONDS ?? 60)
const RATE = Number(process.env.DRILL_RATE ?? 100) // requests per second, all connections together
const CONNECTIONS = Number(process.env.DRILL_CONNECTIONS ?? 10)
const FAULT_SECONDS = Number(process.env.DRILL_FAULT_SECONDS ?? 25)
const RECOVERY_LIMIT_MS = 60_000

const operationsDir = path.join(repoRoot, 'schema/operations')
/** @type {Record<string, Record<string, unknown>>} */
const VARIABLES = JSON.parse(readFileSync(path.join(operationsDir, 'variables.json'), 'utf8'))
const referenceOperations = readdirSync(operationsDir)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => ({
    name: file.replace(/\.graphql$/, ''),
    body: JSON.stringify({
      query: readFileSync(path.join(operationsDir, file), 'utf8'),
      variables: VARIABLES[file] ?? {},
    }),
  }))

const CONTENT_ONLY = JSON.stringify({
  query:
    '{ knowledgeProducts(first: 6) { edges { node { title slug } } } newsItems(first: 5) { edges { node { title } } } }',
})
const MIXED = JSON.stringify({
  query: '{ municipality(code: "GM0363") { name province knowledgeProducts { slug } } }',
})

/** @typedef {{ ok: number, partial: number, failed: number, codes: Record<string, number> }} Tally */

/** @returns {Tally} */
const tally = () => ({ ok: 0, partial: 0, failed: 0, codes: {} })

/**
 * Sorts an answer: ok (no errors), partial (data and coded errors) or failed (no data or not 2xx).
 * @param {Tally} into @param {number} status @param {string} body
 */
function judge(into, status, body) {
  /** @type {{ data?: unknown, errors?: Array<{ extensions?: { code?: string } }> }} */
  let result = {}
  try {
    result = JSON.parse(body)
  } catch {
    into.failed++
    into.codes[`HTTP ${status} (not JSON)`] = (into.codes[`HTTP ${status} (not JSON)`] ?? 0) + 1
    return
  }
  for (const error of result.errors ?? []) {
    const code = error.extensions?.code ?? 'NO_CODE'
    into.codes[code] = (into.codes[code] ?? 0) + 1
  }
  if (status >= 200 && status < 300 && !result.errors) into.ok++
  else if (status >= 200 && status < 300 && result.data) into.partial++
  else into.failed++
}

/**
 * Load at a fixed overall rate for `seconds`, cycling through `requests`; every answer judged.
 * @param {string} url @param {Array<{ name: string, body: string }>} requests @param {number} seconds
 */
async function load(url, requests, seconds) {
  /** @type {Record<string, Tally>} */
  const byName = Object.fromEntries(requests.map((request) => [request.name, tally()]))
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    overallRate: RATE,
    duration: seconds,
    requests: requests.map((request) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: request.body,
      onResponse: (/** @type {number} */ status, /** @type {string} */ body) =>
        judge(/** @type {Tally} */ (byName[request.name]), status, body),
    })),
  })
  return {
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    byName,
  }
}

/** @param {string} url @param {string} body */
async function post(url, body) {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(10_000),
    })
    return { status: response.status, text: await response.text() }
  } catch (error) {
    return { status: 0, text: String(error) }
  }
}

/** Milliseconds from now until `body` is answered without errors, polled every 100 ms. */
async function timeUntilFull(/** @type {string} */ url, /** @type {string} */ body) {
  const started = Date.now()
  while (Date.now() - started < RECOVERY_LIMIT_MS) {
    const answer = await post(url, body)
    if (answer.status === 200 && !answer.text.includes('"errors"')) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return undefined
}

/** Resident memory of a process group (a service and its helpers, e.g. tsx's worker), in MB. */
function groupRssMb(/** @type {number | undefined} */ leader) {
  if (!leader) return undefined
  let kb = 0
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) !== leader) continue // pgrp
      const status = readFileSync(`/proc/${entry}/status`, 'utf8')
      kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
    } catch {
      // the process ended while we looked
    }
  }
  return Math.round(kb / 1024)
}

/** @param {ReturnType<typeof startPlatform> extends Promise<infer P> ? P : never} platform */
const rssOf = (platform) =>
  Object.fromEntries(platform.running.map((service) => [service.name, groupRssMb(service.pid)]))

/**
 * The survey import CLI (compiled), for one edition and file; resolves with its exit code.
 * @param {string} databaseUrl @param {string} file
 */
function importSurvey(databaseUrl, file) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/scripts/import-survey.js', '2023', file], {
      cwd: path.join(repoRoot, 'services/monitor'),
      env: { ...process.env, MONITOR_DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' },
      stdio: 'ignore',
    })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

const SURVEY_STATE = JSON.stringify({
  query:
    '{ surveyAggregate(edition: 2023, question: "IMPLEMENTATION_STAGE") { synthetic overall { respondents } } }',
})

/** @type {Array<() => Promise<void> | void>} */
const cleanups = []
/** @type {string[]} */
const problems = []
let code = 0
try {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'idm-drill-'))
  chmodSync(dir, 0o755)
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
  // Its own PostgreSQL: phase 3 stops and starts it.
  const postgres = await startEmbeddedPostgres({
    dir: path.join(dir, 'postgres'),
    port: await freePort(),
    user: 'drill',
    password: randomBytes(12).toString('hex'),
    quiet: true,
  })
  cleanups.push(() => postgres.stop().catch(() => undefined))
  const suffix = randomBytes(4).toString('hex')
  const databases = { cms: `drill_cms_${suffix}`, monitor: `drill_monitor_${suffix}` }
  cleanups.push(async () => {
    await dropDatabase(postgres.adminUrl, databases.cms).catch(() => undefined)
    await dropDatabase(postgres.adminUrl, databases.monitor).catch(() => undefined)
  })
  const mediaDir = path.join(dir, 'media')
  mkdirSync(mediaDir)
  say(
    'starting the services (production mode; RATE_LIMIT=off for load on loopback; RESPONSE_CACHE=off)…',
  )
  const monitorDatabaseUrl = withDatabase(postgres.adminUrl, databases.monitor)
  // Production mode wants a mail server and the election's hash key: a local catcher, a fresh key.
  const mail = await startMailCatcher({
    host: '127.0.0.1',
    smtpPort: await freePort(),
    webPort: await freePort(),
  })
  cleanups.push(mail.stop)
  const platform = await startPlatform({
    adminUrl: postgres.adminUrl,
    cmsDatabaseUrl: withDatabase(postgres.adminUrl, databases.cms),
    monitorDatabaseUrl,
    ...(await loopbackAddresses()),
    payloadSecret: randomBytes(32).toString('hex'),
    electionHashKey: randomBytes(32).toString('hex'),
    smtpUrl: mail.smtpUrl,
    demoPassword: randomBytes(9).toString('base64url'),
    mediaDir,
    admin: false,
    quiet: true,
    // The uncached path: a cached answer would hide both the failure and the recovery.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      RATE_LIMIT: 'off',
      RESPONSE_CACHE: 'off',
      LOG_LEVEL: 'warn',
    },
  })
  cleanups.push(platform.stop)
  const url = platform.urls.graphql
  const rssBefore = rssOf(platform)

  for (const operation of referenceOperations) {
    const answer = await post(url, operation.body)
    if (answer.status !== 200 || answer.text.includes('"errors"')) {
      throw new Error(`${operation.name} does not answer cleanly: ${answer.text.slice(0, 300)}`)
    }
  }

  say(
    `\n1. sustained load: ${RATE} req/s for ${SUSTAINED_SECONDS} s on ${referenceOperations.length} reference operations`,
  )
  const sustained = await load(url, referenceOperations, SUSTAINED_SECONDS)
  const sustainedFailed = Object.values(sustained.byName).reduce(
    (n, t) => n + t.failed + t.partial,
    0,
  )
  if (sustainedFailed + sustained.errors + sustained.timeouts > 0) {
    say(
      `   ${sustainedFailed} failed answers, ${sustained.errors} errors, ${sustained.timeouts} timeouts`,
    )
  }

  say(`\n2. the monitor killed (SIGKILL) under load, ${FAULT_SECONDS} s`)
  const monitor = platform.service('monitor')
  const restartsBefore = monitor.restarts
  const killLoad = load(
    url,
    [
      { name: 'content only', body: CONTENT_ONLY },
      { name: 'monitor and content', body: MIXED },
    ],
    FAULT_SECONDS,
  )
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  const killedAt = Date.now()
  process.kill(/** @type {number} */ (monitor.pid), 'SIGKILL')
  const monitorRecoveryMs = await timeUntilFull(url, MIXED)
  const killed = await killLoad
  const monitorRestarts = monitor.restarts - restartsBefore
  if (monitorRecoveryMs === undefined)
    problems.push('the graph did not answer fully again after the monitor was killed')
  if (
    (killed.byName['content only']?.failed ?? 0) + (killed.byName['content only']?.partial ?? 0) >
    0
  ) {
    problems.push('content operations failed while the monitor was down')
  }

  say(
    `\n3. PostgreSQL stopped for 3 s and started again under load, with a survey import in flight, ${FAULT_SECONDS} s`,
  )
  const municipalities = readFileSync(
    path.join(repoRoot, 'reference/municipalities-nl.csv'),
    'utf8',
  )
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(',')[0])
  const csv = path.join(dir, 'peiling-2023.csv')
  writeFileSync(
    csv,
    [
      'municipality_code,IMPLEMENTATION_STAGE',
      ...municipalities.map((c) => `${c},FULLY_ENGAGED`),
    ].join('\n'),
  )
  const stateBefore = await post(url, SURVEY_STATE)
  const dbLoad = load(url, referenceOperations, FAULT_SECONDS)
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  const importDuringRestart = importSurvey(monitorDatabaseUrl, csv)
  await new Promise((resolve) => setTimeout(resolve, 150))
  const stoppedAt = Date.now()
  await postgres.stop()
  const stopMs = Date.now() - stoppedAt
  await new Promise((resolve) => setTimeout(resolve, 3_000))
  await postgres.start()
  const startedAgainAt = Date.now()
  const databaseRecoveryMs = await timeUntilFull(url, referenceOperations[0]?.body ?? MIXED)
  const restarted = await dbLoad
  const importExit = await importDuringRestart
  const stateAfterGap = await post(url, SURVEY_STATE)
  // Whatever happened to the import in flight, it is all or nothing; run it again: all.
  const importAgainExit = await importSurvey(monitorDatabaseUrl, csv)
  const stateAfter = await post(url, SURVEY_STATE)
  /** @param {string} text */
  const surveyState = (text) => {
    try {
      const aggregate = JSON.parse(text).data?.surveyAggregate
      return { synthetic: aggregate?.synthetic, respondents: aggregate?.overall?.respondents }
    } catch {
      return { synthetic: undefined, respondents: undefined }
    }
  }
  const before = surveyState(stateBefore.text)
  const afterGap = surveyState(stateAfterGap.text)
  const after = surveyState(stateAfter.text)
  const complete = { synthetic: false, respondents: municipalities.length }
  const same = (/** @type {object} */ a, /** @type {object} */ b) =>
    JSON.stringify(a) === JSON.stringify(b)
  const importAllOrNothing = same(afterGap, importExit === 0 ? complete : before)
  if (!importAllOrNothing)
    problems.push(`the import in flight left a half-written state: ${JSON.stringify(afterGap)}`)
  if (importAgainExit !== 0 || !same(after, complete))
    problems.push(`the import after recovery did not complete: ${JSON.stringify(after)}`)
  if (databaseRecoveryMs === undefined)
    problems.push('the graph did not recover after the database restart')
  const crashedDuringRestart = Object.fromEntries(
    platform.running.map((service) => [service.name, service.restarts]),
  )

  const rssAfter = rssOf(platform)
  for (const service of platform.running) {
    if (service.pid === undefined) problems.push(`${service.name} is not running at the end`)
  }

  const report = {
    date: new Date().toISOString(),
    machine: {
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    settings: {
      rate: RATE,
      connections: CONNECTIONS,
      sustainedSeconds: SUSTAINED_SECONDS,
      faultSeconds: FAULT_SECONDS,
    },
    sustained,
    monitorKilled: {
      ...killed,
      recoveryMs: monitorRecoveryMs,
      restarts: monitorRestarts,
      killedAt: new Date(killedAt).toISOString(),
    },
    databaseRestarted: {
      ...restarted,
      stopMs,
      recoveryMsAfterStart: databaseRecoveryMs,
      startedAgainAt: new Date(startedAgainAt).toISOString(),
      serviceRestarts: crashedDuringRestart,
      importInFlight: { exitCode: importExit, before, afterGap, allOrNothing: importAllOrNothing },
      importAfterRecovery: { exitCode: importAgainExit, after },
    },
    rssMb: { before: rssBefore, after: rssAfter },
    problems,
  }
  const resultsDir = path.join(repoRoot, 'bench/results')
  mkdirSync(resultsDir, { recursive: true })
  writeFileSync(path.join(resultsDir, 'drill-latest.json'), `${JSON.stringify(report, null, 2)}\n`)
  const line = (/** @type {string} */ name, /** @type {Awaited<ReturnType<typeof load>>} */ r) =>
    `| ${name} | ${r.requests} | ${Object.values(r.byName).reduce((n, t) => n + t.ok, 0)} | ${Object.values(r.byName).reduce((n, t) => n + t.partial, 0)} | ${Object.values(r.byName).reduce((n, t) => n + t.failed, 0) + r.errors + r.timeouts} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ${r.latencyMs.max} |`
  const codes = (/** @type {Awaited<ReturnType<typeof load>>} */ r) =>
    JSON.stringify(Object.fromEntries(Object.entries(r.byName).map(([name, t]) => [name, t.codes])))
  const markdown = [
    `# Drill (${report.date}; ${report.machine.cores} cores, Node ${report.machine.node}; ${RATE} req/s over ${CONNECTIONS} connections)`,
    '',
    '| phase | requests | ok | partial (coded errors) | failed | p50 ms | p99 ms | max ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    line(`1. sustained ${SUSTAINED_SECONDS} s`, sustained),
    line(`2. monitor killed`, killed),
    line(`3. PostgreSQL restarted`, restarted),
    '',
    `- monitor killed: restarted ${monitorRestarts}×, full answers again after ${monitorRecoveryMs ?? 'never'} ms; codes ${codes(killed)}`,
    `- PostgreSQL: stop took ${stopMs} ms, down 3 s; full answers ${databaseRecoveryMs ?? 'never'} ms after it was back; service restarts so far ${JSON.stringify(crashedDuringRestart)}; codes ${codes(restarted)}`,
    `- import in flight during the restart: exit ${importExit}, state ${JSON.stringify(afterGap)} (before ${JSON.stringify(before)}): ${importAllOrNothing ? 'all or nothing' : 'HALF-WRITTEN'}; again after recovery: exit ${importAgainExit}, ${JSON.stringify(after)}`,
    `- RSS MB before ${JSON.stringify(rssBefore)}, after ${JSON.stringify(rssAfter)}`,
    problems.length
      ? `- **problems**: ${problems.join('; ')}`
      : '- no crash left unrecovered, no lost or half-written data',
    '',
  ].join('\n')
  writeFileSync(path.join(resultsDir, 'drill-latest.md'), markdown)
  console.log(`\n${markdown}`)
  if (problems.length > 0) code = 1
} catch (error) {
  console.error(error instanceof Error ? error.stack : error)
  code = 1
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup()
}
process.exit(code)
