import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    // graphql ships both .mjs and .js entry points; one copy must win or graphql-js refuses to run.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    name: 'gateway',
    include: ['test/**/*.test.ts', 'src/**/*.spec.ts'],
    testTimeout: 30_000,
  },
})
