// @ts-check
// `npm run bench`: our gateway beside Hive Gateway, in front of the same subgraph processes, in
// one run, in production mode, on throwaway databases with the demo data (embedded PostgreSQL, or
// TEST_DATABASE_ADMIN_URL). Loopback only; every run is bounded in time, every loop in count;
// processes and databases are cleaned up on failure and on Ctrl-C. See README "Performance".
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { startFloor, startHiveGateway, startOurGateway } from './lib/bench/gateways.mjs'
import { runLoad, stopLoad } from './lib/bench/load.mjs'
import { describeMachine, treePssMiB, treeRssMiB } from './lib/bench/machine.mjs'
import {
  ENTITY_LOOKUPS,
  overview,
  post,
  referenceOperations,
  SINGLE_SUBGRAPH,
  verify,
} from './lib/bench/operations.mjs'
import { median, summarise, toMarkdown, writeReport } from './lib/bench/report.mjs'
import { openStatementCounter } from './lib/bench/sql.mjs'
import { dropDatabase, withDatabase } from './lib/databases.mjs'
import { startEmbeddedPostgres } from './lib/embedded-postgres.mjs'
import { say } from './lib/log.mjs'
import { loopbackAddresses, repoRoot, startMailCatcher, startPlatform } from './lib/platform.mjs'
import { freePort, stopEverything } from './lib/processes.mjs'

/** A whole-number setting from the environment, within bounds (so no run can be unbounded). */
function setting(/** @type {string} */ name, /** @type {number} */ fallback, min = 1, max = 120) {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`)
  }
  return value
}

const QUICK = process.env.BENCH_QUICK === '1'
const SETTINGS = {
  quick: QUICK,
  duration: setting('BENCH_DURATION', QUICK ? 3 : 10, 1, 120),
  connections: setting('BENCH_CONNECTIONS', 20, 1, 200),
  repeat: setting('BENCH_REPEAT', QUICK ? 1 : 3, 1, 10),
  warmupSeconds: QUICK ? 1 : 2,
  scaleRequests: setting('BENCH_SCALE_REQUESTS', QUICK ? 5 : 20, 1, 200),
  scaleSizes: [10, 100, 342],
  rateLimit: 'off',
}
const SCALE_TIME_LIMIT_MS = 60_000
const OFFICIAL = 'gemeente.amsterdam@example.org'

/** @type {Array<{ name: string, run: () => Promise<unknown> | unknown }>} newest last */
const cleanups = []
/** @type {Promise<void> | undefined} */
let cleaning
const cleanUp = () =>
  (cleaning ??= (async () => {
    stopLoad()
    // Services still starting (a Ctrl-C during the builds) are not in `cleanups` yet.
    await stopEverything().catch((error) => console.error(error))
    for (const { name, run } of cleanups.reverse()) {
      try {
        await run()
      } catch (error) {
        console.error(`cleanup (${name}) failed: ${error instanceof Error ? error.message : error}`)
      }
    }
  })())
let interrupted = false
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    if (interrupted) return
    interrupted = true
    say(`\n${signal}: stopping the load, the services and the databases…`)
    void cleanUp().finally(() => process.exit(130))
  })
}

/** @typedef {import('./lib/bench/report.mjs').Report} Report */
/** @typedef {import('./lib/bench/operations.mjs').Operation} Operation */
/** @typedef {{ key: string, url: string, cache: string, operation?: Operation }} Target  its own operation, where the targets of a scenario ask different things */

/** @type {Report['failures']} */
const failures = []
let code = 0
try {
  const startedAt = new Date().toISOString()
  const machine = describeMachine(repoRoot)
  const operations = referenceOperations(path.join(repoRoot, 'schema/operations'))

  // The databases: a throwaway embedded PostgreSQL that can count statements, or the given server.
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL
  /** @type {number | undefined} */
  let postgresPid
  if (!adminUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'idm-bench-'))
    chmodSync(dir, 0o755)
    cleanups.push({ name: 'data folder', run: () => rmSync(dir, { recursive: true, force: true }) })
    const postgres = await startEmbeddedPostgres({
      dir: path.join(dir, 'postgres'),
      port: await freePort(),
      user: 'bench',
      password: randomBytes(12).toString('hex'),
      quiet: true,
      preload: ['pg_stat_statements'],
    })
    cleanups.push({ name: 'postgres', run: () => postgres.stop() })
    adminUrl = postgres.adminUrl
    postgresPid = Number(
      readFileSync(path.join(dir, 'postgres/postmaster.pid'), 'utf8').split('\n')[0],
    )
  }
  const server = adminUrl
  const suffix = randomBytes(4).toString('hex')
  const databases = { cms: `bench_cms_${suffix}`, monitor: `bench_monitor_${suffix}` }
  cleanups.push({
    name: 'databases',
    run: async () => {
      await dropDatabase(server, databases.cms)
      await dropDatabase(server, databases.monitor)
    },
  })
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'idm-bench-media-'))
  cleanups.push({
    name: 'media folder',
    run: () => rmSync(mediaDir, { recursive: true, force: true }),
  })

  // Production mode; all load comes from one loopback address, so every per-IP limit (the
  // gateway's and the CMS login's) would measure itself: off, and the report says so.
  /** @type {NodeJS.ProcessEnv} */
  const env = { ...process.env, NODE_ENV: 'production', RATE_LIMIT: 'off', LOG_LEVEL: 'warn' }
  say('building what is stale and starting the services in production mode (NODE_ENV=production)…')
  const demoPassword = randomBytes(9).toString('base64url')
  // Production mode wants a mail server and the election's hash key: a local catcher, a fresh key.
  const mail = await startMailCatcher({
    host: '127.0.0.1',
    smtpPort: await freePort(),
    webPort: await freePort(),
  })
  cleanups.push({ name: 'mail catcher', run: mail.stop })
  const platform = await startPlatform({
    adminUrl: server,
    cmsDatabaseUrl: withDatabase(server, databases.cms),
    monitorDatabaseUrl: withDatabase(server, databases.monitor),
    ...(await loopbackAddresses()),
    payloadSecret: randomBytes(32).toString('hex'),
    electionHashKey: randomBytes(32).toString('hex'),
    smtpUrl: mail.smtpUrl,
    demoPassword,
    mediaDir,
    admin: true, // the CMS login route, for the logged-in scenario
    gateway: false, // the bench starts its own gateways below; an idle one would only hold memory
    quiet: true,
    env,
  })
  cleanups.push({ name: 'platform', run: platform.stop })
  const subgraphs = { monitor: platform.urls.monitor, content: platform.urls.content }

  // Our gateway twice (response cache off and on) and the peer, on the same subgraphs.
  const ours = await startOurGateway({ repoRoot, env, subgraphs, cache: 'off' })
  cleanups.push({ name: ours.label, run: ours.service.stop })
  const cached = await startOurGateway({ repoRoot, env, subgraphs, cache: 'on' })
  cleanups.push({ name: cached.label, run: cached.service.stop })
  const hive = await startHiveGateway({ repoRoot, env, subgraphs })
  cleanups.push({ name: hive.label, run: hive.service.stop })
  // What a cache hit cannot beat: a minimal node:http server answering the same stored bytes.
  const floor = await startFloor({ repoRoot, env })
  cleanups.push({ name: floor.label, run: floor.service.stop })
  const labels = {
    ours: ours.label,
    cached: cached.label,
    hive: hive.label,
    floor: floor.label,
    direct: 'direct (monitor subgraph)',
    monitor: 'monitor subgraph (direct)',
    content: 'content subgraph (direct)',
  }

  /** One figure per process tree: resident (RSS) or proportional (PSS, shared pages split). */
  const memory = (/** @type {(pid: number | undefined) => number} */ measure) => ({
    monitor: measure(platform.service('monitor').pid),
    content: measure(platform.service('content').pid),
    'cms (admin, login)': measure(platform.service('cms').pid),
    [ours.label]: measure(ours.service.pid),
    [cached.label]: measure(cached.service.pid),
    [hive.label]: measure(hive.service.pid),
    ...(postgresPid ? { 'postgres (all backends)': measure(postgresPid) } : {}),
  })
  const rss = () => memory(treeRssMiB)
  const pss = () => memory(treePssMiB)
  const rssBefore = rss()
  const pssBefore = pss()

  // A real login as a municipal official, through the CMS route (its rate limit is off).
  const login = await fetch(
    `${new URL(/** @type {string} */ (platform.urls.admin)).origin}/api/users/login`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: OFFICIAL, password: demoPassword }),
      signal: AbortSignal.timeout(30_000),
    },
  )
  if (!login.ok) throw new Error(`login as ${OFFICIAL} failed: HTTP ${login.status}`)
  const { token } = /** @type {{ token: string }} */ (await login.json())
  const official = { authorization: `JWT ${token}` }

  const { duration, connections, repeat, warmupSeconds } = SETTINGS
  say(
    `\nrate limit: OFF (RATE_LIMIT=off, for load on loopback only); ${duration} s per run, ` +
      `${connections} connections, ${repeat} interleaved run(s) per target; ${machine.cores} cores, load ${machine.loadAverage.join(' ')}`,
  )
  say(
    `cache modes: ${ours.label} = RESPONSE_CACHE=off, ${cached.label} = RESPONSE_CACHE=on; Hive Gateway: no response cache\n`,
  )

  /**
   * @typedef {{ group: string, operation: Operation, as: string, headers?: Record<string, string>, targets: Target[] }} Scenario
   * @typedef {{ scenario: Scenario, runs: Map<string, import('./lib/bench/load.mjs').LoadResult[]> }} Plan
   */
  const load = (
    /** @type {Scenario} */ { operation, headers },
    /** @type {Target} */ target,
    /** @type {number} */ seconds,
  ) =>
    runLoad({
      url: target.url,
      body: (target.operation ?? operation).body,
      headers,
      seconds,
      connections,
    })

  /** Verifies a scenario's operation at every target and warms each up. @returns {Promise<Plan>} */
  const prepare = async (/** @type {Scenario} */ scenario) => {
    const { operation, headers, targets } = scenario
    if (targets.some((target) => target.key === 'floor'))
      await floor.learn(cached.graphql, operation.body)
    for (const target of targets)
      await verify(
        labels[/** @type {keyof typeof labels} */ (target.key)],
        target.url,
        target.operation ?? operation,
        headers,
      )
    for (const target of targets) await load(scenario, target, warmupSeconds)
    return { scenario, runs: new Map(targets.map((target) => [target.key, []])) }
  }

  /**
   * One run of every target of a scenario, interleaved (A, B, C), so a noisy moment hits all
   * alike; every other pass in reverse order (C, B, A), so no target is always the first after
   * the previous scenario (whose load leaves the subgraphs' heaps and JIT in its own shape).
   */
  const runOnce = async (/** @type {Plan} */ { scenario, runs }, /** @type {number} */ pass) => {
    const { operation, as } = scenario
    const targets = pass % 2 === 0 ? [...scenario.targets].reverse() : scenario.targets
    for (const target of targets) {
      const result = await load(scenario, target, duration)
      runs.get(target.key)?.push(result)
      const bad = result.errors + result.non2xx + result.mismatches
      console.log(
        `  ${operation.name.padEnd(34)} ${as.padEnd(18)} ${target.key.padEnd(7)} ` +
          `${result.rps.toFixed(1).padStart(8)} req/s  p50 ${result.p50.toFixed(1).padStart(7)} ms  ` +
          `p99 ${result.p99.toFixed(1).padStart(7)} ms${bad ? `  BAD ANSWERS: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.mismatches} with errors` : ''}`,
      )
    }
  }

  /** Verifies once more after the load (an operation that broke under load fails here) and sums up. */
  const conclude = async (/** @type {Plan} */ { scenario, runs }) => {
    const { group, operation, as, headers, targets } = scenario
    for (const target of targets)
      await verify(target.key, target.url, target.operation ?? operation, headers)
    const result = {
      group,
      name: operation.name,
      as,
      targets: Object.fromEntries(
        targets.map((t) => [t.key, summarise(runs.get(t.key) ?? [], t.cache)]),
      ),
    }
    for (const [key, t] of Object.entries(result.targets)) {
      if (t.errors + t.non2xx + t.mismatches > 0) {
        failures.push(
          `${operation.name} (${as}) through ${key}: ${t.errors} errors, ${t.non2xx} non-2xx, ${t.mismatches} answers with errors`,
        )
      }
    }
    return result
  }

  const oursTarget = { key: 'ours', url: ours.graphql, cache: 'off' }
  const cachedTarget = { key: 'cached', url: cached.graphql, cache: 'on' }
  const hiveTarget = { key: 'hive', url: hive.graphql, cache: 'none' }
  const floorTarget = { key: 'floor', url: floor.graphql, cache: 'none' }
  const started = performance.now()
  /** @type {Scenario[]} */
  const planned = []
  for (const operation of operations) {
    planned.push({
      group: 'reference',
      operation,
      as: 'anonymous',
      targets: [oursTarget, hiveTarget, cachedTarget, floorTarget],
    })
    if (operation.name === 'municipality-page') {
      // The full-response cache is for anonymous requests: logged in, only the uncached gateways.
      planned.push({
        group: 'reference',
        operation,
        as: 'municipal official',
        headers: official,
        targets: [oursTarget, hiveTarget],
      })
    }
  }
  planned.push({
    group: 'overhead',
    operation: SINGLE_SUBGRAPH,
    as: 'anonymous',
    targets: [{ key: 'direct', url: platform.urls.monitor, cache: 'none' }, oursTarget, hiveTarget],
  })
  // Entity lookups as a gateway sends them, directly at each subgraph (each its own operation).
  planned.push({
    group: 'entities',
    operation: { ...ENTITY_LOOKUPS.content, name: 'one municipality entity lookup' },
    as: 'anonymous',
    targets: [
      {
        key: 'monitor',
        url: platform.urls.monitor,
        cache: 'none',
        operation: ENTITY_LOOKUPS.monitor,
      },
      {
        key: 'content',
        url: platform.urls.content,
        cache: 'none',
        operation: ENTITY_LOOKUPS.content,
      },
    ],
  })

  say('reference operations (schema/operations) and gateway overhead: verify and warm up')
  /** @type {Plan[]} */
  const plans = []
  for (const scenario of planned) {
    if (interrupted) break
    plans.push(await prepare(scenario))
  }
  // Passes: every scenario once per pass, the resident memory of every process after each, so a
  // process that grows from pass to pass under the same load shows (a leak, not a warm cache).
  /** @type {Array<Record<string, number>>} */
  const rssAfterPass = []
  /** @type {Array<Record<string, number>>} */
  const pssAfterPass = []
  for (let pass = 1; pass <= repeat && !interrupted; pass++) {
    say(`pass ${pass} of ${repeat}`)
    for (const plan of plans) {
      if (interrupted) break
      await runOnce(plan, pass)
    }
    rssAfterPass.push(rss())
    pssAfterPass.push(pss())
  }
  /** @type {Report['scenarios']} */
  const scenarios = []
  for (const plan of plans) {
    if (interrupted) break
    scenarios.push(await conclude(plan))
  }

  // Scale of one request: sequential requests (no queueing), statements counted around them.
  say('scale of one request (overview for N municipalities)')
  /** @type {Awaited<ReturnType<typeof openStatementCounter>> | undefined} */
  let counter
  let sqlMethod = `pg_stat_statements: statements of the monitor and CMS databases over ${SETTINGS.scaleRequests} sequential requests, divided by ${SETTINGS.scaleRequests}`
  try {
    counter = await openStatementCounter(platform.databases.monitor, [
      platform.databases.monitor,
      platform.databases.cms,
    ])
    cleanups.push({ name: 'statement counter', run: () => counter?.close() })
  } catch (error) {
    sqlMethod = `not counted: pg_stat_statements is not available (${error instanceof Error ? error.message : error}); with TEST_DATABASE_ADMIN_URL the server must preload it`
    say(sqlMethod)
  }
  /** @type {Report['scale']} */
  const scale = []
  for (const n of SETTINGS.scaleSizes) {
    if (interrupted) break
    const operation = overview(n)
    /** @type {Report['scale'][number]['targets']} */
    const targets = {}
    for (const target of [oursTarget, hiveTarget]) {
      await verify(target.key, target.url, operation)
      await post(target.url, operation.body) // warm: plans and pools
      await counter?.reset()
      /** @type {number[]} */
      const latencies = []
      const deadline = performance.now() + SCALE_TIME_LIMIT_MS
      while (
        latencies.length < SETTINGS.scaleRequests &&
        performance.now() < deadline &&
        !interrupted
      ) {
        const t0 = performance.now()
        const problem = operation.check(await post(target.url, operation.body))
        latencies.push(performance.now() - t0)
        if (problem) throw new Error(`${operation.name} through ${target.key}: ${problem}`)
      }
      const calls = await counter?.read()
      const perDatabase = calls
        ? Object.fromEntries(
            Object.entries(calls).map(([db, count]) => [db, count / latencies.length]),
          )
        : null
      latencies.sort((a, b) => a - b)
      const t = {
        requests: latencies.length,
        p50: median(latencies),
        p95: latencies[Math.min(latencies.length - 1, Math.floor(0.95 * latencies.length))] ?? 0,
        sqlPerRequest: perDatabase ? Object.values(perDatabase).reduce((a, b) => a + b, 0) : null,
        sqlByDatabase: perDatabase,
      }
      targets[target.key] = t
      console.log(
        `  N=${String(n).padEnd(4)} ${target.key.padEnd(5)} p50 ${t.p50.toFixed(1).padStart(7)} ms  p95 ${t.p95.toFixed(1).padStart(7)} ms  SQL/request ${t.sqlPerRequest?.toFixed(1) ?? '–'}`,
      )
    }
    scale.push({ n, targets })
  }
  for (const key of ['ours', 'hive']) {
    const counts = scale.map((row) => row.targets[key]?.sqlPerRequest)
    const [first, last] = [counts[0], counts.at(-1)]
    // One statement of slack per request: background work (session checks, jobs) lands too.
    if (typeof first === 'number' && typeof last === 'number' && last > first + 1) {
      say(`WARNING: SQL statements per request grow with N through ${key}: ${counts.join(' → ')}`)
    }
  }
  say(`measured in ${Math.round((performance.now() - started) / 1000)} s`)
  if (interrupted) throw new Error('interrupted')

  const report = /** @type {Report} */ ({
    settings: SETTINGS,
    machine,
    startedAt,
    finishedAt: new Date().toISOString(),
    labels,
    scenarios,
    scale,
    sqlMethod,
    rssMiB: { before: rssBefore, afterPass: rssAfterPass, after: rss() },
    pssMiB: { before: pssBefore, afterPass: pssAfterPass, after: pss() },
    peerLabel: hive.label,
    failures,
  })
  console.log(`\n${toMarkdown(report)}`)
  const files = await writeReport(path.join(repoRoot, 'bench/results'), report)
  say(`written: ${files.map((file) => path.relative(repoRoot, file)).join(', ')}`)
  if (failures.length > 0) {
    say(`FAILED: ${failures.length} scenario(s) had errors, non-2xx or wrong answers under load`)
    code = 1
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  code = 1
} finally {
  await cleanUp()
}
process.exit(interrupted ? 130 : code)
