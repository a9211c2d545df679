// A plain static file server for the static build (node:http and the files, no Wakai code): what
// any static host does. Unknown paths without a file extension get index.html (the app's routes).
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
};

export interface StaticSite {
  url: string;
  close: () => Promise<void>;
}

/** Serves root at the domain's root, or with `under` (e.g. '/wakai/') only below that sub-path: anything else is 404. */
export async function serveStatic(root: string, under = '/'): Promise<StaticSite> {
  const server: Server = createServer(async (request, response) => {
    const requested = new URL(request.url ?? '/', 'http://x').pathname;
    if (!requested.startsWith(under)) {
      response.writeHead(404).end();
      return;
    }
    const path = normalize(decodeURIComponent(`/${requested.slice(under.length)}`));
    let file = join(root, path);
    const isFile = await stat(file).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!isFile) file = extname(path) ? '' : join(root, 'index.html');
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${under === '/' ? '' : under}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
