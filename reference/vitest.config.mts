import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: { name: 'reference', include: ['test/**/*.test.ts'] },
})
