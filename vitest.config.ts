import { defineConfig } from 'vitest/config'

// Each workspace owns its vitest config; `npm test` (scripts/test.mjs) runs them all as one run.
export default defineConfig({
  test: {
    projects: ['reference', 'edge', 'services/monitor', 'cms', 'gateway', 'schema', 'tests'],
  },
})
