import { defineConfig } from 'vitest/config';

/** Real-browser tests: the built extension in Debian's Chromium and Firefox ESR, one file at a time. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    maxWorkers: 1,
  },
});
