import { readFileSync } from 'node:fs'
import path from 'node:path'
import { buildSchema, isObjectType } from 'graphql'
import { describe, expect, it } from 'vitest'
import { composeSupergraph } from '../compose.js'
import { schemaDir, supergraphFile } from '../subgraphs.js'

describe('supergraph composition', () => {
  const composed = composeSupergraph()

  it('composes the committed subgraphs without errors', () => {
    expect(composed).toContain('join__Graph')
  })

  it('matches the committed supergraph file', () => {
    expect(readFileSync(path.join(schemaDir, supergraphFile), 'utf8')).toBe(composed)
  })

  it('joins Municipality across the monitor and content subgraphs', () => {
    const schema = buildSchema(composed)
    const municipality = schema.getType('Municipality')
    if (!isObjectType(municipality)) throw new Error('Municipality is not an object type')
    const fields = municipality.getFields()
    expect(Object.keys(fields)).toEqual(
      expect.arrayContaining(['code', 'name', 'province', 'neighbours', 'knowledgeProducts']),
    )
    const owners = (field: string) =>
      fields[field]?.astNode?.directives
        ?.filter((directive) => directive.name.value === 'join__field')
        .map((directive) => directive.arguments?.find((arg) => arg.name.value === 'graph')?.value)
        .map((value) => (value && 'value' in value ? String(value.value) : undefined))
    expect(owners('province')).toEqual(['MONITOR'])
    expect(owners('knowledgeProducts')).toEqual(['CONTENT'])
  })
})
