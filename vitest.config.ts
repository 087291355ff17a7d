import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Bundles src/ for the tests that start classdiff as a process (test/helpers/fronts.ts).
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Forks keep native state (onnxruntime, sharp) isolated per file. Two at a time although the machine
    // has two cores: most files wait on the processes and servers they start (vitest's default, cores − 1,
    // ran them one by one: 5.8 min on 2 cores, 4.2 min with two).
    pool: 'forks',
    maxWorkers: 2
  }
})
