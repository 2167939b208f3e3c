import { defineConfig } from 'vitest/config';
import { wantedBrowsers } from './support/browser-binaries.ts';

// End-to-end suites drive real browsers over the built extension (run `npm run build` first). Each
// browser is a project of its own (BROWSERS=<name> in its workers), and the two run side by side:
// one suite file at a time per worker, two workers, so on two cores a Chromium suite and a Firefox
// suite overlap instead of queueing (their time is mostly spent waiting on the browsers). A file
// runs alone too: `npx vitest run --config tests/e2e/vitest.e2e.config.ts tests/e2e/<file>`.
export default defineConfig({
  test: {
    globalSetup: ['tests/e2e/support/print-versions.ts'],
    projects: wantedBrowsers().map((name) => ({
      extends: true,
      test: { name, env: { BROWSERS: name } },
    })),
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    maxWorkers: 2,
    // A worker's files share its module state, so its browser goes from file to file (browser-reuse.ts).
    isolate: false,
    environment: 'node',
  },
});
