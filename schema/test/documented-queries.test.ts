import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Supergraph } from '@apollo/federation-internals'
import { parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { schemaDir, supergraphFile } from '../subgraphs.js'

const repoRoot = path.resolve(schemaDir, '..')
const documents = [
  'README.md',
  ...readdirSync(path.join(repoRoot, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
]

/** Every ```graphql block of a document, with the line it starts on. */
function graphqlBlocks(file: string): Array<{ line: number; source: string }> {
  const lines = readFileSync(path.join(repoRoot, file), 'utf8').split('\n')
  const blocks: Array<{ line: number; source: string }> = []
  let start = -1
  lines.forEach((text, index) => {
    if (start < 0 && text.trim() === '```graphql') start = index
    else if (start >= 0 && text.trim() === '```') {
      blocks.push({ line: start + 1, source: lines.slice(start + 1, index).join('\n') })
      start = -1
    }
  })
  return blocks
}

/** Splits a block holding several operations (as documentation examples do) into its documents. */
function operations(source: string): string[] {
  const document = parse(source)
  return document.definitions.map((definition) => {
    const { start, end } = definition.loc!
    return source.slice(start, end)
  })
}

describe('GraphQL examples in the README and docs/', () => {
  const api = Supergraph.build(readFileSync(path.join(schemaDir, supergraphFile), 'utf8'))
    .apiSchema()
    .toGraphQLJSSchema()
  const cases = documents.flatMap((file) =>
    graphqlBlocks(file).map((block) => ({ name: `${file}:${block.line}`, ...block })),
  )

  it('has examples to check', () => {
    expect(cases.length).toBeGreaterThan(5)
  })

  it.each(cases)('$name is valid against the supergraph', ({ source }) => {
    const errors = operations(source).flatMap((operation) =>
      validate(api, parse(operation)).map((error) => error.message),
    )
    expect(errors).toEqual([])
  })
})
