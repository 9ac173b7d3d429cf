// Unit tests (tests/unit, plain Node) and DOM tests (tests/dom, jsdom chosen
// per file with `// @vitest-environment jsdom`). The browser suite has its
// own config: tests/e2e/vitest.config.ts.
import fs from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(fs.readFileSync(new URL('manifest.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  // The build constants esbuild sets; tests run the Chrome flavour.
  define: {
    __BROWSER__: JSON.stringify('chrome'),
    __VERSION__: JSON.stringify(version),
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/dom/**/*.test.ts'],
    environment: 'node',
    // Two cores shared with other work: one worker is enough for these.
    pool: 'threads',
    poolOptions: { threads: { maxThreads: 2, minThreads: 1 } },
  },
});
