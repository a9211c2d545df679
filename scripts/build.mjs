// `npm run build` (and so `npm start`, `npm test`): build only what changed. `tsc -b` runs only when
// a project's inputs are newer than its tsbuildinfo (what tsc -b itself compares, without loading
// the compiler); the web app (type-check and Vite bundle, ~10 s) only when one of its inputs is
// newer than its last bundle, apps/web/dist/index.html; the static build (the same app with its API
// in the browser, apps/web/dist-static) likewise, from the packages' code as well.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));
const require = createRequire(import.meta.url);

const anyFile = () => true;
const declarations = (path) => path.endsWith('.d.ts');
const notTest = (path) => !/\.test\.tsx?$/.test(path);

/** What the web bundle is made from: its own files, the packages it imports (their code or only
 * their types) and the installed dependencies. */
const webInputs = [
  ['apps/web/src', notTest],
  ['apps/web/public', anyFile],
  ['apps/web/index.html', anyFile],
  ['apps/web/vite.config.ts', anyFile],
  ['apps/web/tsconfig.json', anyFile],
  ['apps/web/package.json', anyFile],
  ['packages/core/dist', anyFile],
  ['packages/db/dist', declarations],
  ['packages/documents/dist', declarations],
  ['packages/services/dist', declarations],
  ['apps/server/dist', declarations],
  ['node_modules/.package-lock.json', anyFile],
];

/** The static build also bundles the API's code: the packages' and the server's built JavaScript. */
const staticInputs = [
  ...webInputs,
  ['apps/web/offline-build.ts', anyFile],
  ...['packages/db/dist', 'packages/documents/dist', 'packages/services/dist', 'apps/server/dist'].map((dir) => [dir, anyFile]),
];

/** The latest change under a path; a folder counts too, as removing a file changes its folder. */
function lastChange(path, accept) {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return accept(path) ? stat.mtimeMs : 0;
  let latest = stat.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, lastChange(join(path, name), accept));
  return latest;
}

function run(args, options = {}) {
  const result = spawnSync(args[0], args.slice(1), { stdio: 'inherit', ...options });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// What a tsbuildinfo holds after a clean build; anything else (diagnostics, pending emits) means the
// last build failed or stopped, and tsc -b must run again to redo or report it.
const cleanBuildKeys = new Set([
  'fileNames',
  'fileIdsList',
  'fileInfos',
  'root',
  'options',
  'referencedMap',
  'latestChangedDtsFile',
  'version',
]);
const typescriptVersion = JSON.parse(readFileSync(require.resolve('typescript/package.json'), 'utf8')).version;

/** Whether the last build of a project is clean and by this compiler. */
function builtClean(dir) {
  try {
    const info = JSON.parse(readFileSync(`${dir}/tsconfig.tsbuildinfo`, 'utf8'));
    return info.version === typescriptVersion && Object.keys(info).every((key) => cleanBuildKeys.has(key));
  } catch {
    return false;
  }
}

/** A TypeScript project needs building when its last build failed, or its sources, its settings or a
 * project it builds on changed since (tsc -b stamps every tsbuildinfo it checks, upstream first). */
function projectStale(dir) {
  if (!builtClean(dir)) return true;
  const built = lastChange(`${dir}/tsconfig.tsbuildinfo`, anyFile);
  const { references = [] } = JSON.parse(readFileSync(`${dir}/tsconfig.json`, 'utf8'));
  const inputs = [`${dir}/src`, `${dir}/tsconfig.json`, `${dir}/package.json`, 'tsconfig.base.json'];
  const upstream = references.map(({ path }) => `${join(dir, path)}/tsconfig.tsbuildinfo`);
  return [...inputs, ...upstream].some((path) => lastChange(path, anyFile) > built);
}

const projects = JSON.parse(readFileSync('tsconfig.json', 'utf8')).references.map(({ path }) => path);
if (projects.some(projectStale)) run([process.execPath, require.resolve('typescript/bin/tsc'), '-b']);

const bundle = lastChange('apps/web/dist/index.html', anyFile);
if (bundle === 0 || webInputs.some(([path, accept]) => lastChange(path, accept) > bundle))
  run(['npm', 'run', 'build', '--silent', '-w', '@wakai/web']);

const site = lastChange('apps/web/dist-static/index.html', anyFile);
if (site === 0 || staticInputs.some(([path, accept]) => lastChange(path, accept) > site))
  run(['npm', 'run', 'build:static', '--silent', '-w', '@wakai/web']);
