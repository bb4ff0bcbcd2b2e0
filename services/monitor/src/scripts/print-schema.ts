import 'reflect-metadata'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { printSubgraphSchema } from '@apollo/subgraph'
import { packageRoot } from '../paths'
import { buildMonitorSchema } from '../schema'

// services/monitor → repository root → schema/
const outputPath = path.resolve(packageRoot, '../../schema/monitor.graphql')

async function main(): Promise<void> {
  const sdl = printSubgraphSchema(await buildMonitorSchema())
  mkdirSync(path.dirname(outputPath), { recursive: true })
  writeFileSync(outputPath, `${sdl.trimEnd()}\n`)
  console.log(`wrote ${path.relative(process.cwd(), outputPath)}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
