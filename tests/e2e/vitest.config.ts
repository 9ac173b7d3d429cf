// The browser suite: real Chromium and Firefox with the built extension
// (run `node build.mjs` first; `npm run test:e2e` does). Files run one after
// another because each launches browsers and the machine has two cores.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 90_000,
    teardownTimeout: 20_000,
  },
});
