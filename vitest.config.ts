import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // botbuilder's French recognizers and real redis/chromium make some tests slow on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    // Test files of one worker share its module cache: botbuilder, its French recognizers, the
    // knowledge base and the search index load once per worker instead of once per file (the dialog
    // and domain tests run 4× faster). Safe here: no test mocks a module or changes process.env, and
    // the module-level settings are only set by the composition root, always from the configuration.
    isolate: false,
    reporters: ['default'],
  },
});
