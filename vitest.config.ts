import { defineConfig } from 'vitest/config';

// Servers, databases and Chromium start in hooks, and a page may take seconds to settle: on a busy
// 2-core machine that can take a while (a poll waits up to 15 s, it does not fail at the first second).
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 15_000 } },
  },
});
