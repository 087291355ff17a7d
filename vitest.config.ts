import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Bundles src/ for the tests that start classdiff as a process (test/helpers/fronts.ts).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // ONNX sessions and sharp already use both cores; forks keep native state isolated per file.
    pool: 'forks'
  }
})
