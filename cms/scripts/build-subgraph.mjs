// @ts-check
/**
 * `npm run build:subgraph -w @idm/cms`: the content subgraph as one ES module,
 * cms/dist/content-subgraph.js, so production runs compiled JavaScript (no tsx). The CMS's own
 * sources are bundled (TypeScript, no decorators, a few .tsx admin components the Payload config
 * names); every package stays external and loads from node_modules at run time, @idm/edge's
 * compiled output included. Run it with `node --conditions=production` (see
 * scripts/lib/platform.mjs for why).
 *
 * The bundle sits one folder below cms/, as cms/src does: the Payload config's paths relative to
 * its own file (`../../.data/media`) mean the same from cms/dist as from cms/src.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

await build({
  absWorkingDir: cmsDir,
  entryPoints: ['src/subgraph/index.ts'],
  // scripts/lib/platform.mjs starts this file and rebuilds it when cms/src changes.
  outfile: 'dist/content-subgraph.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Node 20.10 is the first to read import attributes (`with { type: 'json' }`), which esbuild
  // would drop for an older target.
  target: 'node20.10',
  packages: 'external',
  jsx: 'automatic',
  sourcemap: true,
  logLevel: 'warning',
})
