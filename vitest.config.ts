import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    testTimeout: 30_000,
    // Starting a server and Chromium in beforeAll can take well over the default 10 s on a busy machine.
    hookTimeout: 120_000,
  },
});
