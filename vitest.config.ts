import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    // Generous: CLI tests run several Node processes, browser tests start a server and Chromium in
    // beforeAll; on a busy 2-core machine those took over 30 s (and over the hooks' default 10 s).
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
