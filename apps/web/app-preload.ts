// The entry (src/main.tsx) imports the app (src/render-app.tsx) only once a saved view is on screen,
// so that evaluating it does not hold that paint. Its files are still fetched at once, beside the
// entry: index.html names them for preloading (and the bench counts them in the initial JavaScript).

import type { Plugin, Rolldown } from 'vite';

const APP = /\/src\/render-app\.tsx$/;

/** The chunk's file and the files it imports, recursively. */
function withImports(bundle: Rolldown.OutputBundle, chunk: Rolldown.OutputChunk, seen = new Set<string>()): Set<string> {
  if (seen.has(chunk.fileName)) return seen;
  seen.add(chunk.fileName);
  for (const name of chunk.imports) {
    const imported = bundle[name];
    if (imported?.type === 'chunk') withImports(bundle, imported, seen);
  }
  return seen;
}

export function appPreload(): Plugin {
  return {
    name: 'wakai-app-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return;
        const app = Object.values(bundle).find((file) => file.type === 'chunk' && APP.test(file.facadeModuleId ?? ''));
        if (app?.type !== 'chunk') throw new Error('app-preload: no chunk for src/render-app.tsx (has the entry changed?)');
        const base = /(?:src|href)="(\.?\/)assets\//.exec(html)?.[1] ?? '/';
        return [...withImports(bundle, app)]
          .filter((fileName) => !html.includes(fileName))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
