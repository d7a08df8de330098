import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // both cores (vitest's default leaves one idle): many tests wait on a spawned tessera or Chromium
    maxWorkers: 2,
    // one module graph per worker, not per file: the gazetteer, the knowledge pack and the store
    // code load once per worker (the extraction tests alone run 3× faster); no test mocks modules
    // or changes globals, and each test makes its own workspace or temporary store
    isolate: false,
  },
});
