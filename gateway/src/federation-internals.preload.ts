import { createRequire } from 'node:module'

/**
 * Imported first, before anything loads `@apollo/gateway`: gives `@apollo/federation-internals`
 * plain exports instead of TypeScript's re-export getters.
 *
 * Its compiled `index.js` re-exports every module through `Object.defineProperty(exports, name,
 * { get })`, and Apollo Gateway's result shaping calls `federation_internals_1.isNonNullType(…)`,
 * `.assert(…)`, `.isListType(…)` and the like for every value of every answer: one getter call
 * each. A CPU profile of the 342-municipality overview had 8 % of all samples in that one getter
 * (`get index.js:5`), about an eighth of the gateway's busy time; with plain properties the
 * overview served 25 % more requests per second (README, Performance).
 *
 * The copy holds the same functions, classes and values: every module of the package has run
 * when its index returns, and none reassigns an export afterwards (checked for 2.14.x; the test
 * compares every export with the original). A package that already exports plain values is left
 * as it is.
 */
export function flattenFederationInternals(): { flattened: number } {
  const require = createRequire(import.meta.url)
  const gatewayRequire = createRequire(require.resolve('@apollo/gateway'))
  const id = gatewayRequire.resolve('@apollo/federation-internals')
  const original = gatewayRequire(id) as Record<string, unknown>
  const getters = Object.keys(original).filter(
    (name) => typeof Object.getOwnPropertyDescriptor(original, name)?.get === 'function',
  )
  const cached = require.cache[id]
  if (getters.length === 0 || !cached) return { flattened: 0 }
  const plain: Record<string, unknown> = {}
  for (const name of Object.keys(original)) plain[name] = original[name]
  Object.defineProperty(plain, '__esModule', { value: true })
  cached.exports = plain
  return { flattened: getters.length }
}

flattenFederationInternals()
