import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { flattenFederationInternals } from '../src/federation-internals.preload.js'

const fromGateway = createRequire(createRequire(import.meta.url).resolve('@apollo/gateway'))
const id = fromGateway.resolve('@apollo/federation-internals')

describe('plain exports for @apollo/federation-internals', () => {
  it('gives @apollo/gateway the package without re-export getters', () => {
    const exported = fromGateway('@apollo/federation-internals') as Record<string, unknown>
    const names = Object.keys(exported)
    expect(names.length).toBeGreaterThan(100)
    const getters = names.filter(
      (name) => Object.getOwnPropertyDescriptor(exported, name)?.get !== undefined,
    )
    expect(getters).toEqual([])
    expect(typeof exported.assert).toBe('function')
    expect(exported.__esModule).toBe(true)
  })

  it('holds exactly what the package exports, export by export', () => {
    const flat = fromGateway('@apollo/federation-internals') as Record<string, unknown>
    const cache = createRequire(import.meta.url).cache
    const kept = cache[id]
    try {
      // The package's own index again (its modules stay cached): getters, as published.
      delete cache[id]
      const published = fromGateway(id) as Record<string, unknown>
      expect(
        Object.keys(published).some(
          (name) => Object.getOwnPropertyDescriptor(published, name)?.get !== undefined,
        ),
      ).toBe(true)
      expect(Object.keys(flat).sort()).toEqual(Object.keys(published).sort())
      for (const name of Object.keys(published)) expect(flat[name], name).toBe(published[name])
    } finally {
      if (kept) cache[id] = kept
    }
  })

  it('is done once: a second call finds plain exports and changes nothing', () => {
    const before = fromGateway('@apollo/federation-internals')
    expect(flattenFederationInternals()).toEqual({ flattened: 0 })
    expect(fromGateway('@apollo/federation-internals')).toBe(before)
  })
})
