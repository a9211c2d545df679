// The static build's second visit (issue 20): the case overview shows at once from the answers kept
// on the device, marked as the saved view and taking no input, until the in-browser database opens
// and the page is read from it again. Another case's address never shows it; deleting the device's
// data deletes it. Before even the app's code has loaded, the overview as last drawn is painted,
// marked the same way. The test holds back the app's and the API's scripts, so each step is seen
// however fast or slow the machine.
import { fileURLToPath } from 'node:url';
import type { Page, Route } from 'playwright-core';
import { expect, it } from 'vitest';
import { screenshot } from './browser.js';
import { PHONE, staticSiteAndBrowser } from './static-server.js';

const root = fileURLToPath(new URL('../dist-static', import.meta.url));

const { site, newContext } = staticSiteAndBrowser(root);

const savedKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('wakai-saved-view:')).length);
function holdBack() {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { held, release };
}
const inert = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('#root > div')?.inert);

it('shows the last-read overview at once, marked and read-only, until the database answers', async () => {
  // No service worker: the test decides when the API's worker script arrives.
  const context = await newContext({ ...PHONE, serviceWorkers: 'block' });
  try {
    const first = await context.newPage();
    await first.goto(site().url);
    await first.getByRole('form', { name: '新しい案件' }).getByLabel('債務者の氏名(必須)').fill('保存 花子');
    await first.getByRole('button', { name: '案件を作成' }).click();
    await first.getByRole('heading', { name: /保存 花子/ }).waitFor({ timeout: 60_000 });
    const caseUrl = first.url();
    // The two answers the overview read, and the page as drawn (kept a moment after it last changed).
    await expect.poll(() => savedKeys(first), { timeout: 30_000 }).toBe(3);
    await first.close();

    const app = holdBack();
    const api = holdBack();
    let holdApp = false;
    await context.route(/\/assets\/index-[^/]+\.js$/, async (route: Route) => {
      if (holdApp) await app.held;
      await route.continue();
    });
    await context.route(/\/assets\/api-worker-[^/]+\.js$/, async (route: Route) => {
      await api.held;
      await route.continue();
    });
    const page = await context.newPage();
    await page.goto(`${site().url}/cases/00000000-0000-4000-8000-000000000000`);
    await page.getByText('この端末のデータを開いています…(初めての時は数秒かかります)').waitFor();
    expect(await page.getByText(/保存 花子|前回/).count()).toBe(0);

    // Before the app's code arrives: the page as last drawn, marked, taking no input.
    holdApp = true;
    await page.goto(caseUrl, { waitUntil: 'commit' });
    const notice = page.getByText(/^前回\(.+\)に表示した内容です。この端末のデータを開いています…\(開くまで変更できません\)$/);
    await page.getByRole('heading', { name: /保存 花子/ }).waitFor();
    await notice.waitFor();
    expect(await page.getByTestId('database-opening').count()).toBe(0);
    expect(await inert(page)).toBe(true);
    await screenshot(page, 'static-saved-page');

    // The app drawn from the saved answers, still marked and read-only while the database opens.
    app.release();
    await page.getByTestId('database-opening').filter({ hasText: /^前回/ }).waitFor({ timeout: 60_000 });
    await page.getByRole('heading', { name: /保存 花子/ }).waitFor();
    expect(await inert(page)).toBe(true);
    await screenshot(page, 'static-saved-view');

    api.release();
    await page.getByTestId('database-opening').waitFor({ state: 'detached', timeout: 60_000 });
    await page.getByRole('heading', { name: /保存 花子/ }).waitFor({ timeout: 60_000 });
    expect(await inert(page)).toBe(false);
    await screenshot(page, 'static-saved-view-opened');

    await page.goto(`${site().url}/device`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'この端末のデータをすべて削除' }).click();
    await page.getByRole('heading', { name: '案件一覧' }).waitFor({ timeout: 60_000 });
    expect(await savedKeys(page)).toBe(0);
  } finally {
    await context.close();
  }
}, 240_000);
