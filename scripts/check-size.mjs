// `npm run check:size`: no file in packages/*/src or apps/*/src over 300 lines (split it along its
// seams), except generated ones, which say so (`@generated`) in their first lines.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MAX_LINES = 300;
process.chdir(fileURLToPath(new URL('..', import.meta.url)));

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

const sourceDirs = ['packages', 'apps'].flatMap((group) =>
  readdirSync(group, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(group, entry.name, 'src')),
);
const tooLong = sourceDirs
  .flatMap((dir) => {
    try {
      return filesUnder(dir);
    } catch {
      return [];
    }
  })
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }))
  .filter(({ text }) => !text.slice(0, 500).includes('@generated'))
  .map(({ path, text }) => ({ path, lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0) }))
  .filter(({ lines }) => lines > MAX_LINES);

for (const { path, lines } of tooLong) console.error(`${path}: ${lines} lines (at most ${MAX_LINES})`);
if (tooLong.length > 0) process.exit(1);
console.log(`check:size: no file over ${MAX_LINES} lines in packages/*/src or apps/*/src`);
