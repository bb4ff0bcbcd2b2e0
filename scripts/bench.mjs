// @ts-check
// `npm run bench`: latency and throughput of representative queries through the gateway, on the
// real services and a throwaway embedded PostgreSQL (or TEST_DATABASE_ADMIN_URL). Loopback only;
// every loop is bounded in count and time.
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { dropDatabase, withDatabase } from './lib/databases.mjs'
import { startEmbeddedPostgres } from './lib/embedded-postgres.mjs'
import { say } from './lib/log.mjs'
import { startPlatform } from './lib/platform.mjs'
import { freePort } from './lib/processes.mjs'

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8)
const TIME_LIMIT_MS = 60_000

const QUERIES = {
  'one municipality (monitor)': '{ municipality(code: "GM0363") { name province inhabitants } }',
  'one municipality, monitor + content join':
    '{ municipality(code: "GM0363") { name neighbours { name } knowledgeProducts { title } } }',
  'all 342 municipalities with neighbours, published scores, peiling participation': `{
    municipalities(first: 342) { edges { node {
      code name sizeClass neighbours { code } surveyParticipation
      publishedScores { topics { topic mean } }
    } } }
  }`,
  'all 342 municipalities with content join': `{
    municipalities(first: 342) { edges { node { code knowledgeProducts { slug } } } }
  }`,
  'peiling aggregate by province (suppression)': `{
    surveyAggregate(edition: 2023, question: "LIA_STATUS", breakdown: PROVINCE) {
      overall { respondents } groups { label respondents suppressed options { count suppressed } }
    }
  }`,
  'knowledge products page (content)':
    '{ knowledgeProducts(first: 20) { totalCount edges { node { title slug } } } }',
}

// Operations the edge refuses before planning: each must fail with its code, and fast.
/** @type {Record<string, { query: string, code: string }>} */
const REFUSED = {
  'refused: neighbours nested 7 deep (QUERY_TOO_COMPLEX)': {
    query: `{ municipality(code: "GM0363") { ${'neighbours { '.repeat(7)}code${' }'.repeat(7)} } }`,
    code: 'QUERY_TOO_COMPLEX',
  },
  'refused: 20 aliases of municipalities(first: 500) (QUERY_TOO_COMPLEX)': {
    query: `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: municipalities(first: 500) { edges { node { neighbours { code } } } }`).join(' ')} }`,
    code: 'QUERY_TOO_COMPLEX',
  },
  'refused: nested 40 deep (QUERY_TOO_DEEP)': {
    query: `{ municipality(code: "GM0363") { ${'neighbours { '.repeat(40)}code${' }'.repeat(40)} } }`,
    code: 'QUERY_TOO_DEEP',
  },
}

/** @param {number[]} sorted @param {number} p */
const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

/** @param {string} url @param {string} query @param {string} [refusedWith] the code expected */
async function measure(url, query, refusedWith) {
  const body = JSON.stringify({ query })
  const send = async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    const result = /** @type {{ errors?: Array<{ extensions?: { code?: string } }> }} */ (
      await response.json()
    )
    if (refusedWith) {
      if (result.errors?.[0]?.extensions?.code !== refusedWith) {
        throw new Error(`expected ${refusedWith}, got ${JSON.stringify(result)}`)
      }
    } else if (result.errors) throw new Error(`query failed: ${JSON.stringify(result.errors)}`)
  }
  for (let i = 0; i < 10; i++) await send() // warm-up: JIT, query plan cache, connection pools
  /** @type {number[]} */
  const latencies = []
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < REQUESTS && performance.now() - started < TIME_LIMIT_MS) {
      next++
      const t0 = performance.now()
      await send()
      latencies.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const elapsed = (performance.now() - started) / 1000
  latencies.sort((a, b) => a - b)
  return {
    requests: latencies.length,
    rps: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    max: latencies.at(-1) ?? 0,
  }
}

/** @type {Array<() => Promise<void> | void>} */
const cleanups = []
let code = 0
try {
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL
  if (!adminUrl) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'idm-bench-'))
    chmodSync(dir, 0o755)
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    const postgres = await startEmbeddedPostgres({
      dir: path.join(dir, 'postgres'),
      port: await freePort(),
      user: 'bench',
      password: randomBytes(12).toString('hex'),
      quiet: true,
    })
    cleanups.push(() => postgres.stop())
    adminUrl = postgres.adminUrl
  }
  const suffix = randomBytes(4).toString('hex')
  const databases = { cms: `bench_cms_${suffix}`, monitor: `bench_monitor_${suffix}` }
  const server = /** @type {string} */ (adminUrl)
  cleanups.push(async () => {
    await dropDatabase(server, databases.cms)
    await dropDatabase(server, databases.monitor)
  })
  const mediaDir = mkdtempSync(path.join(os.tmpdir(), 'idm-bench-media-'))
  cleanups.push(() => rmSync(mediaDir, { recursive: true, force: true }))
  say('starting the services…')
  const platform = await startPlatform({
    adminUrl: server,
    cmsDatabaseUrl: withDatabase(server, databases.cms),
    monitorDatabaseUrl: withDatabase(server, databases.monitor),
    ports: {
      gateway: await freePort(),
      cms: await freePort(),
      monitor: await freePort(),
      content: await freePort(),
    },
    hosts: { gateway: '127.0.0.1', cms: '127.0.0.1', monitor: '127.0.0.1', content: '127.0.0.1' },
    payloadSecret: randomBytes(32).toString('hex'),
    demoPassword: randomBytes(9).toString('base64url'),
    mediaDir,
    admin: false,
    quiet: true,
    // All load comes from one loopback address: the gateway's per-IP limit would measure itself.
    env: { ...process.env, RATE_LIMIT: 'off' },
  })
  cleanups.push(platform.stop)

  say(
    `\n${REQUESTS} requests per query, ${CONCURRENCY} concurrent, through the gateway (${os.cpus().length} cores)`,
  )
  say('rate limit: off (RATE_LIMIT=off) for load on loopback\n')
  console.log(
    `${'query'.padEnd(82)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}`,
  )
  const scenarios = [
    ...Object.entries(QUERIES).map(([name, query]) => ({ name, query, code: undefined })),
    ...Object.entries(REFUSED).map(([name, { query, code }]) => ({ name, query, code })),
  ]
  for (const { name, query, code } of scenarios) {
    const result = await measure(platform.urls.graphql, query, code)
    console.log(
      `${name.padEnd(82)} ${result.rps.toFixed(1).padStart(7)} ${result.p50.toFixed(1).padStart(8)} ${result.p95.toFixed(1).padStart(8)} ${result.max.toFixed(1).padStart(8)}`,
    )
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  code = 1
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup()
}
process.exit(code)
