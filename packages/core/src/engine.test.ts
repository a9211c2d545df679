// `wakai recalc` must start within 3× a bare `node -e 0` (issue 2): the engine entry point may not
// pull in zod (≈ 50 ms to load) or anything else the case schemas need.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

function packagesReachedFrom(file: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(file)) return packages;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)[^'"]*from '([^']+)'/gm)) {
    if (!specifier) continue;
    if (specifier.startsWith('.')) packagesReachedFrom(resolve(dirname(file), specifier.replace(/\.js$/, '.ts')), seen, packages);
    else packages.add(specifier);
  }
  return packages;
}

it('loads no package but Papa Parse', () => {
  const engine = join(dirname(fileURLToPath(import.meta.url)), 'engine.ts');
  expect([...packagesReachedFrom(engine)]).toEqual(['papaparse']);
});
