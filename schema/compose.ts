import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { composeServices } from '@apollo/composition'
import { parse } from 'graphql'
import { schemaDir, subgraphs, supergraphFile } from './subgraphs.js'

export class CompositionError extends Error {
  override name = 'CompositionError'
}

/** Composes the committed subgraph SDL files into the supergraph SDL the gateway serves. */
export function composeSupergraph(dir = schemaDir): string {
  const services = subgraphs.map(({ name, file, url }) => ({
    name,
    url,
    typeDefs: parse(readFileSync(path.join(dir, file), 'utf8')),
  }))
  const result = composeServices(services)
  if (result.errors) {
    const details = result.errors.map((error) => `  - ${error.message}`).join('\n')
    throw new CompositionError(`supergraph composition failed:\n${details}`)
  }
  return result.supergraphSdl.endsWith('\n') ? result.supergraphSdl : `${result.supergraphSdl}\n`
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const target = path.join(schemaDir, supergraphFile)
    writeFileSync(target, composeSupergraph())
    console.log(`wrote ${path.relative(process.cwd(), target)}`)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
