import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // graphql ships ESM (index.mjs) and CJS (index.js). Vite picks the ESM build for our code
    // while @apollo/subgraph (loaded by Node) requires the CJS one: two copies, and graphql
    // throws "Cannot use GraphQLSchema from another module or realm". One entry for both.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    name: 'cms',
    environment: 'node',
    include: ['src/**/*.spec.ts', 'test/**/*.test.ts'],
    // Each integration file creates, migrates and seeds its own PostgreSQL database.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
})
