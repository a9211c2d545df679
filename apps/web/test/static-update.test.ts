// A new version of the static build is announced, never forced (issue 20): with a half-typed form
// on the page, a new deploy's service worker installs and waits; the page says so and keeps what
// is typed; only 更新する switches to it. Served by a plain static file server from a copy of
// dist-static whose sw.js is then replaced, as a new deploy would.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { screenshot } from './browser.js';
import { PHONE, staticSiteAndBrowser } from './static-server.js';

const built = fileURLToPath(new URL('../dist-static', import.meta.url));
const root = join(mkdtempSync(join(tmpdir(), 'wakai-static-')), 'site');

cpSync(built, root, { recursive: true });
const { site, newContext } = staticSiteAndBrowser(root);

it('announces a new version and switches only when asked, keeping what is typed until then', async () => {
  const context = await newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.goto(site().url);
    await page.getByRole('heading', { name: '案件一覧' }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    const name = page.getByLabel('債務者の氏名(必須)');
    await name.fill('入力途中 太郎');

    // A new deploy: the same files under a new version.
    const worker = join(root, 'sw.js');
    writeFileSync(worker, readFileSync(worker, 'utf8').replace(/const VERSION = "([0-9a-f]+)";/, 'const VERSION = "$1-next";'));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    const notice = page.getByRole('status').filter({ hasText: '新しい版の Wakai があります' });
    await notice.waitFor({ timeout: 60_000 });
    expect(await name.inputValue()).toBe('入力途中 太郎');
    await screenshot(page, 'static-update-notice');

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: '更新する' }).click()]);
    await page.getByRole('heading', { name: '案件一覧' }).waitFor();
    expect(await page.evaluate(async () => (await caches.keys()).some((key) => key.endsWith('-next')))).toBe(true);
    expect(await page.getByText('新しい版の Wakai があります').count()).toBe(0);
  } finally {
    await context.close();
  }
}, 240_000);
