// The static build keeps its database in one tab at a time (PGlite's IndexedDB files cannot be
// shared). A page that replaces another — a reload, or the tab closed while a new one opens — waits
// for the old one to let go and then works; a second tab kept open is told plainly to close one.
// A CI run once lost a reload to this: the new page asked before the old one had let go.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { screenshot } from './browser.js';
import { PHONE, staticSiteAndBrowser } from './static-server.js';

const root = fileURLToPath(new URL('../dist-static', import.meta.url));
const { site, newContext } = staticSiteAndBrowser(root);

const OTHER_TAB = 'Wakai はこの端末のほかのタブ(またはウィンドウ)で開いています';

async function listed(page: Page, name: string) {
  await page
    .getByTestId('case-list')
    .getByRole('link', { name: new RegExp(name) })
    .waitFor();
}

it('waits for the tab it replaces, and tells a second open tab to close one', async () => {
  const context = await newContext(PHONE);
  try {
    const first = await context.newPage();
    await first.goto(site().url);
    await first.getByLabel('債務者の氏名(必須)').fill('一番目 花子');
    await first.getByRole('button', { name: '案件を作成' }).click();
    await first.getByRole('link', { name: '家計収支を入力' }).waitFor();

    // A new tab opens while the first still holds the database; the first closes a moment later.
    const second = await context.newPage();
    await second.goto(site().url);
    await second.waitForTimeout(2_000);
    await first.close();
    await listed(second, '一番目 花子');
    expect(await second.locator('body').innerText()).not.toContain(OTHER_TAB);
    // A reload is the same handover, one page to the next.
    await second.reload();
    await listed(second, '一番目 花子');

    // A third tab while the second stays open: after the handover time, the plain message.
    const third = await context.newPage();
    await third.goto(site().url);
    await third.getByText(OTHER_TAB).waitFor();
    await screenshot(third, 'static-other-tab');
    await second.close();
    await third.reload();
    await listed(third, '一番目 花子');
  } finally {
    await context.close();
  }
}, 300_000);
