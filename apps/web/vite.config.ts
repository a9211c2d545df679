import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { appPreload } from './app-preload.js';
import { databaseSeed, offlineApp } from './offline-build.js';

const standIn = (name: string) => fileURLToPath(new URL(`src/local-api/stand-ins/${name}`, import.meta.url));

/**
 * The static build (`vite build --mode static`, into dist-static/): the same app, its API run in a
 * Web Worker over PGlite in the browser, installable and offline (offline-build.ts). What the API's code imports from Node is replaced here:
 * @wakai/db by its browser entry, node:crypto by a sha256 of its own, node:zlib by fflate (XLSX histories, read on the worker's own
 * thread; documents, rendered there too), pdfmake's Node set-up by the
 * browser's (fonts fetched from this site), and what only a server or
 * the command line does (argon2, pg, client addresses, files, threads) by a module that refuses.
 */
const staticBuild: UserConfig = {
  // Relative: the same files serve at a domain's root or under any sub-path (offline-build.ts sets the page's base).
  base: './',
  resolve: {
    alias: [
      { find: /^@wakai\/db$/, replacement: '@wakai/db/browser' },
      { find: /^(node:)?crypto$/, replacement: standIn('node-crypto.ts') },
      { find: /^\.\/pdfmake-engine\.js$/, replacement: fileURLToPath(new URL('src/local-api/pdfmake-browser.ts', import.meta.url)) },
      { find: /^node:zlib$/, replacement: standIn('node-zlib.ts') },
      { find: /^\.\/history-import-thread\.js$/, replacement: standIn('history-import-thread.ts') },
      { find: /^\.\/document-render-thread\.js$/, replacement: standIn('document-render-thread.ts') },
      {
        find: /^(argon2|pg|@hono\/node-server\/conninfo|node:(worker_threads|stream|module|path|fs))$/,
        replacement: standIn('server-only.ts'),
      },
    ],
  },
  plugins: [databaseSeed(), offlineApp(), appPreload()],
  worker: { format: 'es' },
  optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  build: { outDir: 'dist-static', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 4000 },
};

// No React plugin: Vite's own transform handles TSX with the automatic runtime. The API runs on
// the Wakai server; in development, /api is proxied to it.
export default defineConfig(({ mode }) => ({
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  plugins: [appPreload()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 800 },
  ...(mode === 'static' ? staticBuild : {}),
}));
