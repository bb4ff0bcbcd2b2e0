import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // One graphql-js copy for the sources and the CommonJS libraries they load.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    name: 'edge',
    environment: 'node',
    include: ['src/**/*.spec.ts', 'test/**/*.test.ts'],
  },
})
