// Browser-test helpers: the real Wakai server (embedded PGlite in memory, the built web app) and
// Debian's Chromium driven by playwright-core. Screenshots go to test-artifacts/.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type RunningServer, startServer } from '@wakai/server';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const artifacts = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));
const webRoot = fileURLToPath(new URL('../dist', import.meta.url));

export async function startWakai(): Promise<RunningServer> {
  return startServer({ database: { engine: 'pglite', dataDir: 'memory://' }, port: 0, webRoot, auth: 'local', demo: true });
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: `${artifacts}${name}.png`, fullPage: true });
}

/** A server and a browser page for the test file (started before its tests, closed after). */
export function wakaiInBrowser(): { server: () => RunningServer; page: () => Page } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    server = await startWakai();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { server: () => server as RunningServer, page: () => page as Page };
}
