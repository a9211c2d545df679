import { readdirSync, readFileSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';

// Two projects: `unit` (pure functions: no build, no browser, no database, no server or CLI
// process; `npm run test:unit`) and `integration` (everything else). `npm test` runs both.
const unit = [
  'packages/core/src/**/*.test.ts',
  // All but documents.test.ts, which renders every document to PDF and reads it back with poppler.
  'packages/documents/src/**/!(documents|office-readers).test.ts',
  'apps/*/src/**/*.test.{ts,tsx}',
  'apps/web/test/grid.test.ts',
];

/** `@wakai/x[/sub]` → its TypeScript source, so that a unit test never reads a stale dist/. */
function sourceAliases() {
  const packages = new URL('packages/', import.meta.url);
  return readdirSync(packages).flatMap((dir) => {
    const manifest = JSON.parse(readFileSync(new URL(`${dir}/package.json`, packages), 'utf8'));
    return Object.entries(manifest.exports as Record<string, { default: string }>).map(([key, target]) => ({
      find: new RegExp(`^${manifest.name}${key.slice(1)}$`),
      replacement: new URL(`${dir}/${target.default.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts')}`, packages).pathname,
    }));
  });
}

export default defineConfig({
  test: {
    // CLI tests run several Node processes, browser tests a server and Chromium: on a busy 2-core
    // machine a test took over 30 s, a hook over 10 s; a poll waits up to 15 s.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        extends: true,
        resolve: { alias: sourceAliases() },
        // Pure functions keep no state between files: one module graph for all (import 10 s → 3 s).
        test: { name: 'unit', include: unit, isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.{ts,tsx}', 'apps/*/test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...unit],
        },
      },
    ],
  },
});
