import 'reflect-metadata'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { packageRoot } from '../paths'
import { printMonitorSdl } from '../schema'

// services/monitor → repository root → schema/
const outputPath = path.resolve(packageRoot, '../../schema/monitor.graphql')

async function main(): Promise<void> {
  mkdirSync(path.dirname(outputPath), { recursive: true })
  writeFileSync(outputPath, await printMonitorSdl())
  console.log(`wrote ${path.relative(process.cwd(), outputPath)}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
