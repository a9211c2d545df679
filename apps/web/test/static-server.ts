// A plain static file server for the static build (node:http and the files, no Wakai code): what
// any static host does. Unknown paths without a file extension get index.html (the app's routes).
// And the set-up every static test shares: the site and Chromium for the file, steps given time.
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';

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

/** A phone as the static tests hold one (the debtor's device). */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;

/** A step may wait this long: the in-browser database opens in seconds, but in tens of them on a busy 2-core machine. */
const STEP_TIMEOUT_MS = 90_000;

export interface StaticSiteAndBrowser {
  site: () => StaticSite;
  /** A browser context whose every step waits up to STEP_TIMEOUT_MS. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
}

/** The site served (from `root`, at `under`) and Chromium started for the test file's tests, both closed after them. */
export function staticSiteAndBrowser(root: string, under = '/'): StaticSiteAndBrowser {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveStatic(root, under);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    site: () => site as StaticSite,
    newContext: async (options) => {
      const context = await (browser as Browser).newContext(options);
      context.setDefaultTimeout(STEP_TIMEOUT_MS);
      return context;
    },
  };
}
