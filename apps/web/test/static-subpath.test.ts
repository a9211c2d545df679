// The static build published under a sub-path (issue 20), as many static hosts serve a site
// (https://example.github.io/wakai/): the same dist-static served by a plain file server only
// below /wakai/ (404 elsewhere). A case made there is found again at its own address, reloaded
// with the network off, and taken further there; nothing is asked for outside /wakai/. On a phone (390 × 844), screenshotted.
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { screenshot } from './browser.js';
import { PHONE, staticSiteAndBrowser } from './static-server.js';

const root = fileURLToPath(new URL('../dist-static', import.meta.url));

const { site, newContext } = staticSiteAndBrowser(root, '/wakai/');

it('works under /wakai/, a deep link reloaded offline included', async () => {
  const context = await newContext(PHONE);
  try {
    const page = await context.newPage();
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.origin === new URL(site().url).origin && !url.pathname.startsWith('/wakai/')) outside.push(url.pathname);
    });
    await page.goto(site().url);
    await page.getByRole('heading', { name: '案件一覧' }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(site().url);

    await page.getByLabel('債務者の氏名(必須)').fill('小路 一郎');
    await page.getByRole('button', { name: '案件を作成' }).click();
    await page.getByRole('link', { name: '家計収支を入力' }).waitFor();
    const caseAddress = page.url();
    expect(caseAddress).toMatch(/\/wakai\/cases\/[0-9a-f-]{36}$/);

    // Offline, the case's own address loaded afresh: the service worker answers with the app within its scope.
    await context.setOffline(true);
    // First the overview as last drawn (saved-page.js), then the app itself, over this browser's database.
    await page.goto(caseAddress, { waitUntil: 'commit' });
    await page.getByRole('heading', { name: /小路 一郎/ }).waitFor();
    await page.getByTestId('database-opening').waitFor({ state: 'detached', timeout: 60_000 });
    const addCreditor = page.getByRole('form', { name: '債権者を追加' });
    await addCreditor.getByLabel('債権者名(必須)').fill('さくらファイナンス');
    await addCreditor.getByLabel('請求されている残高(円)').fill('300000');
    await addCreditor.getByRole('button', { name: '債権者を追加' }).click();
    await page.getByText('債権者を追加しました').waitFor();
    await page.getByRole('row', { name: /さくらファイナンス/ }).waitFor();
    await screenshot(page, 'static-subpath-overview');

    // The app's links stay under /wakai/: the case list, and the case found there.
    await page.getByRole('link', { name: '案件一覧' }).first().click();
    await page
      .getByTestId('case-list')
      .getByRole('link', { name: /小路 一郎/ })
      .waitFor();
    expect(page.url()).toBe(site().url);
    await screenshot(page, 'static-subpath-case-list');
    expect(outside).toEqual([]);
  } finally {
    await context.close();
  }
}, 240_000);
