// Browser-test helpers: the real Wakai server (embedded PGlite in memory, the built web app) and
// Debian's Chromium driven by playwright-core. Screenshots go to test-artifacts/.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

/** axe-core's own bundle, run in the page as it is (no wrapper of ours around it). */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.1 A and AA rules), one line each. */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the app's Content-Security-Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe-core is injected as a script, its types are not in the page
    const axe = (window as any).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return (result.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[])
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

/**
 * A full-page screenshot in test-artifacts/, and axe-core run on the page: a serious or critical
 * finding fails the test (issue 18 #21), so every page a browser test visits is checked.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: `${artifacts}${name}.png`, fullPage: true });
  const problems = await accessibilityProblems(page);
  if (problems.length > 0) throw new Error(`axe-core on ${name} (${page.url()}):\n${problems.join('\n')}`);
}

// biome-ignore lint/suspicious/noExplicitAny: tests read the API's JSON field by field, as a client does
type Json = any;

export interface WakaiAndBrowser {
  server: () => RunningServer;
  browser: () => Browser;
  /** The API of the server (`/api` + path) as a client calls it: the answer's JSON; a refused request throws, naming it. */
  api: (method: string, path: string, body?: unknown) => Promise<Json>;
}

/**
 * The one start-up of a browser test file: the Wakai server and Chromium, started before its tests
 * and closed after; each test opens its own pages (`browser().newPage(...)`).
 */
export function wakaiAndBrowser(): WakaiAndBrowser {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startWakai();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = () => server as RunningServer;
  return {
    server: started,
    browser: () => browser as Browser,
    api: async (method, path, body) => {
      const response = await fetch(`${started().url}/api${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const json = await response.json();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
      return json;
    },
  };
}

/** A server and a browser page for the test file (started before its tests, closed after). */
export function wakaiInBrowser(): { server: () => RunningServer; page: () => Page } {
  const started = wakaiAndBrowser();
  let page: Page | undefined;
  beforeAll(async () => {
    page = await started.browser().newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  });
  return { server: started.server, page: () => page as Page };
}
