// @ts-check
// Regenerates every subgraph SDL and the supergraph, then fails when the committed files differ:
// the schema is a committed artifact and CI must catch a stale one.
import { execFileSync, spawnSync } from 'node:child_process'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const run = spawnSync(npm, ['run', 'schema:compose'], { stdio: 'inherit' })
if (run.status !== 0) {
  console.error('schema:check: regenerating the schema failed')
  process.exit(run.status ?? 1)
}
const changed = execFileSync('git', ['status', '--porcelain', '--', 'schema'], {
  encoding: 'utf8',
}).trim()
if (changed) {
  console.error(
    'schema:check: the committed schema is stale. Run `npm run schema:compose` and commit:',
  )
  console.error(changed)
  console.error(execFileSync('git', ['diff', '--stat', '--', 'schema'], { encoding: 'utf8' }))
  process.exit(1)
}
console.log('schema:check: schema/ is up to date')
