import { defineConfig } from 'vite';

// No React plugin: Vite's own transform handles TSX with the automatic runtime. The API runs on
// the Wakai server; in development, /api is proxied to it.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 800 },
});
