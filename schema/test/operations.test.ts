import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Supergraph } from '@apollo/federation-internals'
import { DEFAULT_OPERATION_LIMITS, limitValidationRules, operationCost } from '@idm/edge'
import { parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { schemaDir, supergraphFile } from '../subgraphs.js'

const operationsDir = path.join(schemaDir, 'operations')
const files = readdirSync(operationsDir)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
const readme = readFileSync(path.join(operationsDir, 'README.md'), 'utf8')

// The variables a frontend sends with each reference operation, kept beside the documents.
const VARIABLES = JSON.parse(
  readFileSync(path.join(operationsDir, 'variables.json'), 'utf8'),
) as Record<string, Record<string, unknown>>

/**
 * The reference operations of real frontend pages: each is valid against the supergraph, stays
 * within every default limit with room to spare, and its cost is the one documented in
 * schema/operations/README.md (so the documentation and the cost model cannot drift apart).
 */
describe('reference operations (schema/operations)', () => {
  const api = Supergraph.build(readFileSync(path.join(schemaDir, supergraphFile), 'utf8'))
    .apiSchema()
    .toGraphQLJSSchema()

  it('has the reference pages', () => {
    expect(files.length).toBeGreaterThanOrEqual(5)
  })

  it.each(files)('%s is valid, within the limits, and its cost is documented', (file) => {
    const document = parse(readFileSync(path.join(operationsDir, file), 'utf8'), {
      maxTokens: DEFAULT_OPERATION_LIMITS.maxTokens,
    })
    expect(validate(api, document).map((error) => error.message)).toEqual([])
    expect(
      validate(api, document, limitValidationRules(DEFAULT_OPERATION_LIMITS)).map((e) => e.message),
    ).toEqual([])

    const cost = operationCost(api, document, DEFAULT_OPERATION_LIMITS, VARIABLES[file] ?? {})
    // Headroom: a page may grow before it meets the limit.
    expect(cost).toBeLessThanOrEqual(DEFAULT_OPERATION_LIMITS.maxCost / 2)
    expect(readme, `README.md documents ${file} with cost ${cost}`).toMatch(
      new RegExp(`\\| \`${file.replace('.', '\\.')}\` +\\| [^|]+ \\| ${cost} +\\|`),
    )
  })
})
