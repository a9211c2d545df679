// What makes the static build installable and usable offline: a web app manifest, and a service
// worker (src/offline/service-worker.js) given the list of every file the build wrote and a version
// made from their names (Vite's names carry their content's hash, so a change makes a new version).
// The fonts (about 25 MB, only needed for documents) are listed apart: fetched after the app is ready.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const icon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="96" fill="#1d5fa7"/>' +
  '<text x="256" y="350" font-size="300" text-anchor="middle" fill="#fff" font-family="serif">和</text></svg>';

const manifest = {
  name: 'Wakai 和解 — 債務整理の案件',
  short_name: '和解',
  lang: 'ja',
  // Relative to the manifest's own address: the site's root, wherever it is served.
  start_url: './',
  scope: './',
  display: 'standalone',
  background_color: '#f4f6f8',
  theme_color: '#1d5fa7',
  icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
};

/**
 * The site's root, found before any other address in the page is read: the address less the app's
 * own route (its router's paths, App.tsx), e.g. /wakai/cases/ID → /wakai/. The page's relative
 * addresses (assets, manifest, service worker) and the router's base then follow from document.baseURI.
 */
const siteBaseScript = `(() => {
  const route = /\\/(?:cases\\/[0-9a-f-]{36}(?:\\/.*)?|invite\\/[^/]+|deadlines|account|glossary|device|support|advice)$/;
  const path = location.pathname.replace(route, '/');
  const base = document.createElement('base');
  base.href = path.slice(0, path.lastIndexOf('/') + 1);
  document.head.prepend(base);
})();`;

export function offlineApp(): Plugin {
  return {
    name: 'wakai-offline-app',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'script', children: siteBaseScript, injectTo: 'head-prepend' },
      { tag: 'link', attrs: { rel: 'manifest', href: 'manifest.webmanifest' }, injectTo: 'head' },
      { tag: 'meta', attrs: { name: 'theme-color', content: manifest.theme_color }, injectTo: 'head' },
      // A classic script after #root: it runs before the app's (deferred) module, to paint the saved view.
      // Written into the page: no request (through the service worker, while the app's files are) to wait for.
      { tag: 'script', children: readFileSync(new URL('src/offline/saved-page.js', import.meta.url), 'utf8'), injectTo: 'body' },
    ],
    generateBundle(_options, bundle) {
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: JSON.stringify(manifest, null, 2) });
      this.emitFile({ type: 'asset', fileName: 'icon.svg', source: icon });
      const files = [
        ...new Set(['index.html', 'manifest.webmanifest', 'icon.svg', ...Object.keys(bundle).filter((name) => name !== 'index.html')]),
      ].sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
      // Relative names: the service worker resolves them against its own address, the site's root.
      const paths = (later: boolean) => JSON.stringify(files.filter((name) => name.endsWith('.ttf') === later));
      const source = readFileSync(new URL('src/offline/service-worker.js', import.meta.url), 'utf8')
        .replace('__WAKAI_VERSION__', JSON.stringify(version))
        .replace('__WAKAI_FILES__', paths(false))
        .replace('__WAKAI_LATER__', paths(true));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

/**
 * A new database, initialised and migrated here at build time (PGlite in Node, the same wasm as the
 * browser's): the first visit loads its files instead of running initdb and every migration in the
 * browser. The worker finds it under the name defined as __WAKAI_DATABASE_SEED__.
 */
export function databaseSeed(): Plugin {
  let seed: Uint8Array;
  let fileName: string;
  return {
    name: 'wakai-database-seed',
    apply: 'build',
    async config() {
      const { migrateToLatest, seedDatabase } = await import('@wakai/db');
      seed = new Uint8Array(await (await seedDatabase(migrateToLatest)).arrayBuffer());
      fileName = `assets/database-seed-${createHash('sha256').update(seed).digest('hex').slice(0, 8)}.tar.gz`;
      // Beside the worker's own file in assets/: found relative to it, wherever the site is served.
      return { define: { __WAKAI_DATABASE_SEED__: JSON.stringify(fileName.slice('assets/'.length)) } };
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName, source: seed });
    },
  };
}
