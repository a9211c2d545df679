// Issue 18, items 1–5, on a 390 × 844 phone in real Chromium against the real server: an emptied
// budget line stays empty and a ten-digit typo is asked about; a double tap creates one record; the
// back button asks before dropping an edit; the overview arriving before the case draws no white
// page; a 409 is explained on screen with the user's input kept beside theirs.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startWakai } from './browser.js';

type Started = Awaited<ReturnType<typeof startWakai>>;
// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

const phone = { width: 390, height: 844 };

async function call(base: string, method: string, path: string, body?: unknown): Promise<Loose> {
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
  return json;
}

/** Whether the element's box lies (at least partly) inside the phone's screen as it is scrolled now. */
async function onScreen(page: Page, testId: string): Promise<boolean> {
  const box = await page.getByTestId(testId).boundingBox();
  return box !== null && box.y < phone.height && box.y + box.height > 0;
}

describe('nothing lost, nothing doubled (issue 18)', () => {
  let server: Started;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await startWakai();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: phone });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('empties a budget line when its field is emptied, and asks about a ten-digit typo first', async () => {
    const demo = (await call(server.url, 'GET', '/cases')).find((c: Loose) => c.debtorName === '佐藤 一郎');
    await page.goto(`${server.url}/cases/${demo.id}/budget`);
    const entertainment = page.locator('input[name="spending.entertainment"]');
    await expect.poll(() => entertainment.inputValue()).toBe('10,000');

    // The typo of issue 18: the save asks, naming the line and why; declining saves nothing.
    await entertainment.fill('1234567890');
    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain('毎月の目安 娯楽費 1,234,567,890円(10桁の金額です)');
    expect((await call(server.url, 'GET', `/cases/${demo.id}`)).case.budget.monthly.spending.entertainment).toBe(10_000);
    await screenshot(page, 'nothing-lost-budget-typo');

    // Emptied and saved: gone from the stored case, from the page after a reload, and from the overview.
    await entertainment.fill('');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByText('家計収支を保存しました').waitFor();
    const stored = (await call(server.url, 'GET', `/cases/${demo.id}`)).case.budget.monthly.spending;
    expect(stored.entertainment).toBeUndefined();
    expect(stored.food).toBe(95_000);
    await page.reload();
    await expect.poll(() => page.locator('input[name="spending.food"]').inputValue()).toBe('95,000');
    expect(await entertainment.inputValue()).toBe('');
    // The demo's living costs were 325,000 (demo-case.ts); without 娯楽費 10,000: 315,000.
    expect(await page.getByTestId('budget-living').innerText()).toBe('315,000円');
    await screenshot(page, 'nothing-lost-budget-cleared');
  });

  it('creates one case, one creditor and one contact for a double tap', async () => {
    await page.goto(server.url);
    await page.getByLabel('債務者の氏名(必須)').fill('二度押 太郎');
    await page.getByRole('button', { name: '案件を作成' }).dblclick();
    await page.getByRole('heading', { name: /二度押 太郎/ }).waitFor();
    const named = (await call(server.url, 'GET', '/cases')).filter((c: Loose) => c.debtorName === '二度押 太郎');
    expect(named).toHaveLength(1);
    const caseId = named[0].id;

    await page.getByLabel('債権者名(必須)').fill('二度押ファイナンス');
    await page.getByLabel('請求されている残高(円)').fill('500,000');
    await page.getByRole('button', { name: '債権者を追加' }).dblclick();
    await page.getByTestId('creditor-table').getByText('二度押ファイナンス').waitFor();
    const detail = await call(server.url, 'GET', `/cases/${caseId}`);
    expect(detail.creditors.map((c: Loose) => c.name)).toEqual(['二度押ファイナンス']);
    expect(detail.creditors[0].contracts).toHaveLength(1);
    await screenshot(page, 'nothing-lost-one-creditor');

    await page.goto(`${server.url}/cases/${caseId}/creditors/${detail.creditors[0].id}/negotiation`);
    const contactForm = page.getByRole('form', { name: '連絡を記録' });
    await contactForm.locator('textarea[name="summary"]').fill('二度押しの確認');
    await contactForm.getByRole('button', { name: '連絡を記録' }).dblclick();
    await page.getByText('連絡を記録しました').waitFor();
    const file = await call(server.url, 'GET', `/creditors/${detail.creditors[0].id}/negotiation`);
    expect(file.record.contacts.filter((c: Loose) => c.summary === '二度押しの確認')).toHaveLength(1);
    await screenshot(page, 'nothing-lost-one-contact');
  });

  it('draws the overview when it arrives before the case, and never a white page', async () => {
    const created = await call(server.url, 'POST', '/cases', { title: '順序', debtor: { name: '順序 花子' } });
    await page.goto(`${server.url}/cases/${created.id}`);
    await page.getByRole('heading', { name: /順序 花子/ }).waitFor();
    // A slow office server: the case answers after the overview (issue 18 #4, 5 of 5 tries blanked).
    await page.route(`**/api/cases/${created.id}`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.continue();
    });
    await page.getByLabel('債権者名(必須)').fill('遅延ファイナンス');
    await page.getByRole('button', { name: '債権者を追加' }).click();
    await page.getByTestId('creditor-table').getByText('遅延ファイナンス').waitFor();
    expect(await page.getByTestId('page-error').count()).toBe(0);
    await page.getByTestId('creditor-table').getByRole('link', { name: '未着手' }).waitFor();
    await page.unroute(`**/api/cases/${created.id}`);
    expect((await call(server.url, 'GET', `/cases/${created.id}`)).creditors).toHaveLength(1);
    await screenshot(page, 'nothing-lost-overview-order');

    // An answer cut by a proxy: the page says so in Japanese and offers a reload instead of going blank.
    await page.route(`**/api/cases/${created.id}/overview`, (route) => route.fulfill({ status: 200, json: {} }));
    await page.reload();
    await page.getByTestId('page-error').getByText('この画面を表示できませんでした。').waitFor();
    await page.unroute(`**/api/cases/${created.id}/overview`);
    await screenshot(page, 'nothing-lost-page-error');
    await page.getByRole('button', { name: '再読み込み' }).click();
    await page.getByRole('heading', { name: /順序 花子/ }).waitFor();
  });

  it('asks before the back button drops an unsaved edit', async () => {
    const demo = (await call(server.url, 'GET', '/cases')).find((c: Loose) => c.debtorName === '佐藤 一郎');
    await page.goto(`${server.url}/cases/${demo.id}`);
    await page.getByRole('link', { name: '債務者と財産' }).click();
    const occupation = page.locator('input[name="occupation"]');
    await occupation.waitFor();
    await occupation.fill('会社員(変更中)');

    const questions: string[] = [];
    page.once('dialog', (dialog) => {
      questions.push(dialog.message());
      void dialog.dismiss();
    });
    await page.evaluate(() => history.back());
    await expect.poll(() => questions.length).toBe(1);
    expect(questions[0]).toContain('保存していない変更があります');
    expect(new URL(page.url()).pathname).toBe(`/cases/${demo.id}/debtor`);
    expect(await occupation.inputValue()).toBe('会社員(変更中)');
    await screenshot(page, 'nothing-lost-back-kept');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.evaluate(() => history.back());
    await page.getByTestId('creditor-table').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/cases/${demo.id}`);
  });

  it('shows a 409 on screen beside the input kept, on a phone', async () => {
    const demo = (await call(server.url, 'GET', '/cases')).find((c: Loose) => c.debtorName === '佐藤 一郎');
    await page.goto(`${server.url}/cases/${demo.id}/budget`);
    const misc = page.locator('input[name="spending.misc"]');
    await expect.poll(() => misc.inputValue()).toBe('20,000');
    // Someone else saves meanwhile (another tab, the debtor, a colleague).
    const stored = (await call(server.url, 'GET', `/cases/${demo.id}`)).case;
    await call(server.url, 'PATCH', `/cases/${demo.id}`, { budget: { monthly: { spending: { misc: 25_000 } } }, version: stored.version });

    await misc.fill('18,000');
    await misc.scrollIntoViewIfNeeded();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await page.getByTestId('conflict').waitFor();
    await expect.poll(() => onScreen(page, 'conflict')).toBe(true);
    const conflict = page.getByTestId('conflict');
    const row = conflict.getByRole('row', { name: /雑費/ });
    expect(await row.innerText()).toMatch(/18,000[\s\S]*25,000/);
    expect(await misc.inputValue()).toBe('18,000');
    await screenshot(page, 'nothing-lost-conflict');

    await conflict.getByRole('button', { name: 'あなたの入力で上書き保存' }).click();
    await page.getByText('家計収支を保存しました').waitFor();
    expect((await call(server.url, 'GET', `/cases/${demo.id}`)).case.budget.monthly.spending.misc).toBe(18_000);
  });
});
