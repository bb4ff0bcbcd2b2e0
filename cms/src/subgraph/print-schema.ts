/**
 * `npm run schema:generate -w @idm/cms`: writes the content subgraph's SDL to
 * schema/content.graphql (committed; composed into the supergraph). Builds the schema from the
 * type definitions alone, so it needs neither a database nor any environment variable.
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { printSubgraphSchema } from '@apollo/subgraph'
import { buildContentSchema } from './schema'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const target = path.join(repoRoot, 'schema', 'content.graphql')

writeFileSync(target, `${printSubgraphSchema(buildContentSchema()).trimEnd()}\n`)
console.log(`wrote ${path.relative(repoRoot, target)}`)
