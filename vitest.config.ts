import { defineConfig } from 'vitest/config';
import SlowFirstSequencer from './test/sequencer.js';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // one worker more than this 2-core machine has cores: many tests wait on a spawned tessera, a
    // server or Chromium, and a third worker fills that wait (whole suite 160 → 146 s, quiet machine)
    maxWorkers: 3,
    // one module graph per worker, not per file: the gazetteer, the knowledge pack and the store
    // code load once per worker (the extraction tests alone run 3× faster); no test mocks modules
    // or changes globals, and each test makes its own workspace or temporary store
    isolate: false,
    sequence: { sequencer: SlowFirstSequencer },
  },
});
