// `npm run check:layers` (also `check:cycles`): the layers of docs/architecture.md, enforced.
// - no module of packages/ or apps/ imports itself back, through any chain of imports, type-only
//   ones included (a type cycle still ties the modules' designs together);
// - core imports nothing of ours and nothing of Node's (it runs in the browser and in the CLI alike);
// - the web app imports only core and the server's route types (the typed client), never code;
//   only its in-browser API (apps/web/src/local-api/, the static build's worker) starts the server's
//   browser entry, as apps/server/src/serve.ts starts the Node one;
// - the apps reach @wakai/db only where they start (open, migrate, back up the database); every
//   other file goes through a use case of @wakai/services.
// Our packages are seen as what they export (packages/x/dist/*.d.ts, built by `npm run build`): one
// that does not resolve is an error of its own, so that a rule cannot pass on a missing build.

/** Tests and their fixtures run in Node whatever the code they test. */
const tests = '\\.(test|fixture)\\.tsx?$';
/** The web app's own code: not its tests, not the in-browser API's worker (a server of its own). */
const webPage = { path: '^apps/web/src/', pathNot: [tests, '^apps/web/src/local-api/'] };

/** Where each app starts: the only files of apps/*\/src that may import @wakai/db. */
const startUp = [
  '^apps/server/src/serve\\.ts$',
  // The static build's server, in the browser's worker.
  '^apps/server/src/browser\\.ts$',
  // Opens and migrates the database a command names.
  '^apps/cli/src/command-services\\.ts$',
  // wakai backup / restore copy the whole database, below any use case.
  '^apps/cli/src/backup-commands\\.ts$',
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: split out what both sides need into a module of its own.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'our-packages-resolve',
      severity: 'error',
      comment: 'An import of @wakai/… that does not resolve: run `npm run build` first, or export the entry point.',
      from: {},
      to: { path: '^@wakai/', couldNotResolve: true },
    },
    {
      name: 'core-imports-nothing-of-ours',
      severity: 'error',
      comment: '@wakai/core is the bottom layer: it may not import db, documents, services or an app.',
      from: { path: '^packages/core/' },
      to: { path: '^(packages/(db|documents|services)|apps)/' },
    },
    {
      name: 'core-no-node',
      severity: 'error',
      comment: '@wakai/core runs in the browser: no node: module, no native package.',
      from: { path: '^packages/core/src/', pathNot: tests },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'core-no-native-package',
      severity: 'error',
      comment: '@wakai/core runs in the browser: no native package (argon2).',
      from: { path: '^packages/core/src/', pathNot: tests },
      to: { path: '(^|/)node_modules/argon2/' },
    },
    {
      name: 'web-imports-core-only',
      severity: 'error',
      comment: 'The web app speaks to the API through the typed client; it imports no db, documents, services or CLI code.',
      from: webPage,
      to: { path: '^(packages/(db|documents|services)|apps/(cli|server))/', pathNot: '^apps/server/' },
    },
    {
      name: 'web-reads-server-types-only',
      severity: 'error',
      comment: "The web app may read the routes' types from @wakai/server (import type), never its code.",
      from: webPage,
      to: { path: '^apps/server/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-no-node',
      severity: 'error',
      comment: 'The web app runs in the browser: no node: module, no native package.',
      from: webPage,
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-no-native-package',
      severity: 'error',
      comment: 'The web app runs in the browser: no native package (argon2).',
      from: webPage,
      to: { path: '(^|/)node_modules/argon2/' },
    },
    {
      name: 'apps-reach-db-at-start-only',
      severity: 'error',
      comment:
        'An app reaches @wakai/db only where it starts (opens, migrates or copies the database); elsewhere through a use case of @wakai/services.',
      from: { path: '^apps/[^/]+/src/', pathNot: startUp },
      to: { path: '^packages/db/' },
    },
  ],
  options: {
    // Leaves: node_modules (so that the rules see argon2) and our packages' built entry points.
    doNotFollow: { path: ['node_modules', '(^|/)dist/'] },
    exclude: { path: '(^|/)dist-static/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'types', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.d.ts'],
    },
  },
};
