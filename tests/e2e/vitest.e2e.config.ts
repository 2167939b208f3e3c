import { defineConfig } from 'vitest/config';

// End-to-end suites drive real browsers over the built extension (run `npm run build` first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Two cores: one browser at a time keeps timings honest and runs stable.
    fileParallelism: false,
    environment: 'node',
  },
});
