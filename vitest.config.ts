import { defineConfig } from 'vitest/config';

// Servers, databases and Chromium start in hooks, and a page may take seconds to settle: on a busy
// 2-core machine a poll waits up to 15 s, it does not fail at the first second.
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    // CLI tests run several Node processes, browser tests a server and Chromium: on a busy 2-core
    // machine a test took over 30 s, a hook over 10 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 15_000 } },
  },
});
