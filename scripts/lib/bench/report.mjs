// @ts-check
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as prettier from 'prettier'

/**
 * @typedef {import('./load.mjs').LoadResult} LoadResult
 * @typedef {{ rps: number, p50: number, p95: number, p99: number }} Summary
 * @typedef {{ runs: LoadResult[], median: Summary, errors: number, non2xx: number, mismatches: number, cache: string }} TargetResult
 * @typedef {{ group: string, name: string, as: string, targets: Record<string, TargetResult> }} ScenarioResult
 * @typedef {{ requests: number, p50: number, p95: number, sqlPerRequest: number | null, sqlByDatabase: Record<string, number> | null }} ScaleTarget
 * @typedef {{ n: number, targets: Record<string, ScaleTarget> }} ScaleResult
 * @typedef {object} Report
 * @property {Record<string, unknown>} settings
 * @property {ReturnType<typeof import('./machine.mjs').describeMachine>} machine
 * @property {string} startedAt
 * @property {string} finishedAt
 * @property {Record<string, string>} labels  target key → what it is
 * @property {ScenarioResult[]} scenarios
 * @property {ScaleResult[]} scale
 * @property {string} sqlMethod
 * @property {{ before: Record<string, number>, afterPass?: Array<Record<string, number>>, after: Record<string, number> }} rssMiB
 * @property {{ before: Record<string, number>, afterPass?: Array<Record<string, number>>, after: Record<string, number> }} [pssMiB]
 *   the same samples as proportional memory (shared pages split between the processes sharing them)
 * @property {string} [peerLabel]  the peer's process, left out of the platform's total
 * @property {string[]} failures
 */

export const median = (/** @type {number[]} */ values) => {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return 0
  const middle = Math.floor(sorted.length / 2)
  const upper = /** @type {number} */ (sorted[middle])
  const lower = /** @type {number} */ (sorted[middle - 1])
  return sorted.length % 2 ? upper : (lower + upper) / 2
}

/** Median of each figure over the repeated runs of one target. @returns {TargetResult} */
export function summarise(/** @type {LoadResult[]} */ runs, /** @type {string} */ cache) {
  const sum = (/** @type {(run: LoadResult) => number} */ pick) =>
    runs.reduce((total, run) => total + pick(run), 0)
  return {
    runs,
    median: {
      rps: median(runs.map((run) => run.rps)),
      p50: median(runs.map((run) => run.p50)),
      p95: median(runs.map((run) => run.p95)),
      p99: median(runs.map((run) => run.p99)),
    },
    errors: sum((run) => run.errors),
    non2xx: sum((run) => run.non2xx),
    mismatches: sum((run) => run.mismatches),
    cache,
  }
}

/** a ÷ b, or null when either is missing. */
export const ratio = (/** @type {number | undefined} */ a, /** @type {number | undefined} */ b) =>
  a === undefined || b === undefined || b === 0 ? null : a / b

const fixed = (/** @type {number | null | undefined} */ value, digits = 1) =>
  value === null || value === undefined ? '–' : value.toFixed(digits)
const ms = (/** @type {Summary} */ s) => `${fixed(s.p50)} / ${fixed(s.p95)} / ${fixed(s.p99)}`
const bad = (/** @type {TargetResult} */ t) => t.errors + t.non2xx + t.mismatches

/** @param {string[]} header @param {Array<Array<string | number>>} rows */
function table(header, rows) {
  const line = (/** @type {Array<string | number>} */ cells) => `| ${cells.join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

/** The report as markdown: the tables the README shows. @param {Report} report */
export function toMarkdown(report) {
  const { machine, settings } = report
  const out = [
    `# Benchmark ${report.startedAt}`,
    '',
    `${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}, ` +
      `commit ${machine.shortCommit}${machine.dirty ? ' (tree dirty)' : ''}; ` +
      `${settings.duration} s per run, ${settings.connections} connections, ` +
      `${settings.repeat} run(s) per target interleaved (every other pass in reverse order), medians; RATE_LIMIT=off. ` +
      'Ratios compare runs of the same moment on the same shared machine; absolute numbers do not travel.',
    '',
    '## Reference operations: ours and Hive Gateway, in front of the same subgraphs',
    '',
    'req/s: more is better; ours ÷ Hive above 1 means we serve more. Latency p50 / p95 / p99 in ms. ' +
      'The bare HTTP floor is a minimal node:http server (its own process) answering the bytes of ' +
      'a cache hit: cached ÷ floor says how close a hit comes to what Node can do at all. ' +
      'autocannon itself needs about one core, so on 2 cores every target shares one core with it.',
    '',
  ]
  const reference = report.scenarios.filter((s) => s.group === 'reference')
  out.push(
    table(
      [
        'operation',
        'as',
        `${report.labels.ours} req/s`,
        `${report.labels.hive} req/s`,
        '**ours ÷ Hive** req/s',
        'ours ms',
        'Hive ms',
        'p50 ours ÷ Hive',
        `${report.labels.cached} req/s`,
        'cached ÷ uncached',
        `${report.labels.floor ?? 'bare HTTP floor'} req/s`,
        '**cached ÷ floor**',
        'bad answers',
      ],
      reference.map((s) => {
        const { ours, hive, cached, floor } = s.targets
        return [
          s.name,
          s.as,
          fixed(ours?.median.rps),
          fixed(hive?.median.rps),
          `**${fixed(ratio(ours?.median.rps, hive?.median.rps), 2)}**`,
          ours ? ms(ours.median) : '–',
          hive ? ms(hive.median) : '–',
          fixed(ratio(ours?.median.p50, hive?.median.p50), 2),
          cached ? fixed(cached.median.rps) : 'not run (logged in)',
          cached ? fixed(ratio(cached.median.rps, ours?.median.rps), 2) : '–',
          floor ? fixed(floor.median.rps) : '–',
          cached && floor ? `**${fixed(ratio(cached.median.rps, floor.median.rps), 2)}**` : '–',
          Object.values(s.targets).reduce((total, t) => total + bad(t), 0),
        ]
      }),
    ),
  )
  const overhead = report.scenarios.find((s) => s.group === 'overhead')
  if (overhead) {
    const direct = overhead.targets.direct
    out.push(
      '',
      `## Gateway overhead: ${overhead.name}, directly at the monitor and through each gateway`,
      '',
      table(
        ['path', 'req/s', 'p50 / p95 / p99 ms', 'p50 through ÷ direct', 'req/s through ÷ direct'],
        Object.entries(overhead.targets).map(([key, t]) => [
          report.labels[key] ?? key,
          fixed(t.median.rps),
          ms(t.median),
          key === 'direct' ? '1' : `**${fixed(ratio(t.median.p50, direct?.median.p50), 2)}**`,
          key === 'direct' ? '1' : fixed(ratio(t.median.rps, direct?.median.rps), 2),
        ]),
      ),
    )
  }
  const entities = report.scenarios.find((s) => s.group === 'entities')
  if (entities) {
    const monitor = entities.targets.monitor
    out.push(
      '',
      '## Entity lookups: one municipality (`_entities`, as a gateway asks it), directly at each subgraph',
      '',
      'The monitor resolves the municipality itself (code, name, province, inhabitants), the ' +
        'content subgraph the content that features it (knowledge products, practice examples: ' +
        'the municipality page’s second fetch).',
      '',
      table(
        ['subgraph', 'req/s', 'p50 / p95 / p99 ms', '**req/s ÷ monitor**'],
        Object.entries(entities.targets).map(([key, t]) => [
          report.labels[key] ?? key,
          fixed(t.median.rps),
          ms(t.median),
          key === 'monitor' ? '1' : `**${fixed(ratio(t.median.rps, monitor?.median.rps), 2)}**`,
        ]),
      ),
    )
  }
  if (report.scale.length > 0) {
    out.push(
      '',
      '## Scale of one request: the overview for N municipalities, sequential requests',
      '',
      `SQL statements per request (${report.sqlMethod}); they must not grow with N.`,
      '',
      table(
        ['N', 'gateway', 'p50 ms', 'p95 ms', 'SQL per request', 'by database'],
        report.scale.flatMap((row) =>
          Object.entries(row.targets).map(([key, t]) => [
            row.n,
            report.labels[key] ?? key,
            fixed(t.p50),
            fixed(t.p95),
            fixed(t.sqlPerRequest),
            t.sqlByDatabase
              ? Object.entries(t.sqlByDatabase)
                  .map(([db, n]) => `${db.replace(/^bench_(\w+?)_.*$/, '$1')} ${fixed(n)}`)
                  .join(', ')
              : '–',
          ]),
        ),
      ),
    )
  }
  out.push(
    '',
    '## Memory: resident set of each process tree, MiB',
    '',
    'RSS counts a shared page once per process that maps it (PostgreSQL’s shared buffers once per ' +
      'backend); the PSS row splits each shared page between its processes, so it is what the ' +
      'processes hold together.',
    '',
    ...memoryTable(report),
  )
  if (report.failures.length > 0) {
    out.push('', '## Failures', '', ...report.failures.map((failure) => `- ${failure}`))
  }
  return `${out.join('\n')}\n`
}

/**
 * Writes `latest.md`, `latest.json` and a copy of the JSON named by date and commit, formatted as
 * the repository's Prettier settings say (the files are committed).
 * @param {string} dir @param {Report} report
 */
export async function writeReport(dir, report) {
  mkdirSync(dir, { recursive: true })
  const markdown = path.join(dir, 'latest.md')
  const latest = path.join(dir, 'latest.json')
  const copy = path.join(
    dir,
    `${report.startedAt.replace(/:/g, '').replace(/\.\d+Z$/, 'Z')}-${report.machine.shortCommit}.json`,
  )
  const options = (await prettier.resolveConfig(markdown)) ?? {}
  const json = await prettier.format(JSON.stringify(report), { ...options, parser: 'json' })
  writeFileSync(
    markdown,
    await prettier.format(toMarkdown(report), { ...options, parser: 'markdown' }),
  )
  writeFileSync(latest, json)
  writeFileSync(copy, json)
  return [markdown, latest, copy]
}

/**
 * Resident memory before the load, after each pass of the same load (growth from the first pass
 * to the last under the same load suggests a leak; the first pass also fills caches and pools),
 * and at the end; the platform's total leaves the peer gateway out.
 * @param {Report} report
 */
function memoryTable(report) {
  const { before, after } = report.rssMiB
  const passes = report.rssMiB.afterPass ?? []
  const first = passes[0]
  const last = passes.at(-1)
  const names = Object.keys(after)
  const growth = (/** @type {string} */ name) => {
    if (!first || !last || passes.length < 2) return '–'
    const delta = (last[name] ?? 0) - (first[name] ?? 0)
    return `${delta >= 0 ? '+' : ''}${delta}`
  }
  const peer = report.peerLabel
  const total = (/** @type {Record<string, number> | undefined} */ sample) =>
    sample
      ? names.filter((name) => name !== peer).reduce((sum, name) => sum + (sample[name] ?? 0), 0)
      : '–'
  const rows = names.map((name) => [
    name,
    before[name] ?? '–',
    first?.[name] ?? '–',
    last?.[name] ?? '–',
    growth(name),
    after[name] ?? '–',
  ])
  const totals = [total(before), total(first), total(last), '–', total(after)]
  if (first && last && passes.length > 1)
    totals[3] = `${Number(totals[2]) - Number(totals[1]) >= 0 ? '+' : ''}${Number(totals[2]) - Number(totals[1])}`
  rows.push([`**all of the platform${peer ? ` (without ${peer})` : ''}**`, ...totals])
  const pss = report.pssMiB
  if (pss) {
    const pssTotal = (/** @type {Record<string, number> | undefined} */ sample) =>
      sample
        ? Object.keys(sample)
            .filter((name) => name !== peer)
            .reduce((sum, name) => sum + (sample[name] ?? 0), 0)
        : '–'
    const pssFirst = pss.afterPass?.[0]
    const pssLast = pss.afterPass?.at(-1)
    const pssGrowth =
      pssFirst && pssLast && (pss.afterPass?.length ?? 0) > 1
        ? Number(pssTotal(pssLast)) - Number(pssTotal(pssFirst))
        : undefined
    rows.push([
      `**all of the platform, PSS${peer ? ` (without ${peer})` : ''}**`,
      pssTotal(pss.before),
      pssTotal(pssFirst),
      pssTotal(pssLast),
      pssGrowth === undefined ? '–' : `${pssGrowth >= 0 ? '+' : ''}${pssGrowth}`,
      pssTotal(pss.after),
    ])
  }
  return [
    table(
      [
        'process',
        'before',
        'after pass 1',
        `after pass ${passes.length || '–'}`,
        'pass 1 → last',
        'at the end',
      ],
      rows,
    ),
  ]
}
