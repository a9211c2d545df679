// The case list of an office with many cases, in real Chromium on a phone: 50 cases a page from the
// API with a pager, the search asked of the database (issue 13).
import { describe, expect, it } from 'vitest';
import { artifacts, screenshot, wakaiInBrowser } from './browser.js';

describe('the case list, paged', () => {
  const wakai = wakaiInBrowser();

  it('shows 50 cases a page with the range, pages on, and searches across every page', async () => {
    const api = `${wakai.server().url}/api/cases`;
    // With the demo case: 61 in all, two pages.
    for (let i = 1; i <= 60; i++) {
      const response = await fetch(api, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: `案件${i}`, debtor: { name: `頁送 ${i}号` } }),
      });
      expect(response.status).toBe(201);
    }
    const page = wakai.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(wakai.server().url);
    const rows = page.getByTestId('case-list').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(50);
    await expect.poll(() => page.getByTestId('case-list-range').innerText()).toBe('61件中 1〜50件');
    // Latest change first: the last case made heads the list.
    expect(await rows.first().innerText()).toContain('頁送 60号');
    await screenshot(page, 'case-list-paged-phone');
    // The pager alone (the full page is 50 cards long).
    await page.locator('.pager').screenshot({ path: `${artifacts}case-list-pager-phone.png` });

    await page.getByRole('button', { name: '次へ' }).click();
    await expect.poll(() => page.getByTestId('case-list-range').innerText()).toBe('61件中 51〜61件');
    await expect.poll(() => rows.count()).toBe(11);
    expect(await page.getByRole('button', { name: '次へ' }).isDisabled()).toBe(true);

    // 前へ then 次へ, page 1's answer held until page 2's is shown: the older answer, arriving last, is
    // dropped — the list stays on the page last asked for, its range with it.
    const asked = (n: number) => (response: { url(): string }) =>
      /\/api\/cases\?/.test(response.url()) && new URL(response.url()).searchParams.get('page') === String(n);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/api\/cases\?/, async (route) => {
      if (asked(1)(route.request())) await held;
      await route.continue();
    });
    const older = page.waitForResponse(asked(1));
    const newer = page.waitForResponse(asked(2));
    await page.getByRole('button', { name: '前へ' }).click();
    await page.getByRole('button', { name: '次へ' }).click();
    await newer;
    release();
    await (await older).finished();
    // Two frames for the older answer to be drawn, were it drawn.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect([await page.getByTestId('case-list-range').innerText(), await rows.count()]).toEqual(['61件中 51〜61件', 11]);
    await page.unroute(/\/api\/cases\?/);

    // 「7号」 matches 7号, 17号 … 57号; 7号 is on page 2 of the unsearched list, the search finds it all the same.
    await page.getByLabel('案件を探す').fill('7号');
    await expect.poll(() => rows.count()).toBe(6);
    expect(await rows.last().innerText()).toContain('頁送 7号');
    await screenshot(page, 'case-list-searched-phone');
    expect(await page.getByTestId('case-list-range').count()).toBe(0);
  });
});
