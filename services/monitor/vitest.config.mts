import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // graphql ships ESM (index.mjs) and CJS (index.js). Vite would hand our code the ESM build
    // while type-graphql and @apollo/* (loaded by Node) require the CJS one: two copies, and
    // "Cannot use GraphQLSchema from another module or realm". One entry for both.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    name: 'monitor',
    environment: 'node',
    include: ['src/**/*.spec.ts', 'test/**/*.test.ts'],
    // TypeGraphQL and TypeORM read decorator metadata through the Reflect API.
    setupFiles: ['reflect-metadata'],
    // Each integration file creates, migrates and seeds its own PostgreSQL database.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
