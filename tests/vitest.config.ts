import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    name: 'cross-service',
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    // Each file starts the real services on its own databases; starting takes a while.
    hookTimeout: 240_000,
    testTimeout: 60_000,
  },
})
