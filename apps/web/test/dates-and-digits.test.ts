// Issue 18 #10–#12 on a 390 × 844 phone in real Chromium against the real server: every date field
// takes 和暦 and 西暦 alike and shows the date it read in both; the grid keeps 和暦 beside the 西暦
// and a full-width minus typed in it is a repayment; a ten-digit amount fits its cell; the breadcrumbs
// name the case; the chart's labels stay readable; a debtor negotiating alone is offered their own steps.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startWakai } from './browser.js';

type Started = Awaited<ReturnType<typeof startWakai>>;
// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

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

describe('dates, digits and names on a phone (issue 18)', () => {
  let server: Started;
  let browser: Browser;
  let page: Page;
  let demo: Loose;
  beforeAll(async () => {
    server = await startWakai();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    demo = (await call(server.url, 'GET', '/cases')).find((c: Loose) => c.debtorName === '佐藤 一郎');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('makes the offer letter with a 回答期限 typed as R8.12.25 or 2026/12/25', async () => {
    // The letterhead the office's letters are signed with, typed full-width where an IME would (issue 18 #11).
    const saved = await call(server.url, 'PUT', '/letterhead', {
      office: '和解法律事務所',
      profession: 'lawyer',
      agent: '山田 太郎',
      registrationNumber: '12345',
      postcode: '１００－０００１',
      address: '東京都千代田区千代田1-1',
      tel: '03-1111-2222',
      fax: '03-1111-3333',
      version: null,
    });
    const sakura = (await call(server.url, 'GET', `/cases/${demo.id}`)).creditors.find((c: Loose) => c.name === 'さくらカード(架空)');
    await call(server.url, 'PUT', `/creditors/${sakura.id}`, {
      contact: { postcode: '１５０－０００２', address: '東京都渋谷区渋谷2-1' },
      version: sakura.version,
    });
    expect(saved.letterhead.postcode).toBe('100-0001');
    await page.goto(`${server.url}/cases/${demo.id}/documents`);
    await page.getByLabel('差出人').selectOption({ label: '事務所(代理人)' });
    // A creditor still owed (ひまわり's history recalculates into an overpayment: no offer to it).
    await page.getByLabel('和解提案書の債権者').selectOption({ label: 'さくらカード(架空)' });
    await page.getByLabel('和解提案書の毎月の支払日').fill('27');
    const replyBy = page.getByLabel('和解提案書の回答期限');
    for (const typed of ['R8.12.25', '2026/12/25']) {
      await replyBy.fill(typed);
      // Read back in both calendars (令和8年 = 2026: 令和 began 2019-05-01, 元号を改める政令).
      await expect.poll(() => page.getByTestId('replyBy-read').innerText()).toBe('2026-12-25(令和8年12月25日)');
      // The letter is made: the server took the date (it refused R8.12.25 before).
      const answered = page.waitForResponse((r) => r.url().includes('/documents/offer-letter?'));
      await page.getByRole('button', { name: '和解提案書(PDF)' }).click();
      const response = await answered;
      expect(new URL(response.url()).searchParams.get('replyBy')).toBe('2026-12-25');
      expect(response.status()).toBe(200);
      // The notice follows the body's download, after the response's headers: polled.
      await expect.poll(() => page.getByTestId('document-offer-letter').innerText()).toContain('作成しました');
    }
    // The crumbs name the case, not 「案件」.
    expect(await page.getByRole('navigation', { name: '現在地' }).innerText()).toBe('案件一覧 › 佐藤 一郎 › 書類');
    await screenshot(page, 'dates-offer-letter');
  });

  it('shows 和暦 beside the grid’s 西暦, reads a full-width minus as a repayment, and fits ten digits', async () => {
    const detail = await call(server.url, 'GET', `/cases/${demo.id}`);
    const contract = detail.creditors[0].contracts[0];
    await page.goto(`${server.url}/cases/${demo.id}/contracts/${contract.id}`);
    const first = page.getByLabel('1行目 年月日', { exact: true });
    await first.waitFor();
    // A stored date shows its 和暦 beside it (平成21年 = 2009: 平成 began 1989-01-08).
    expect(await first.inputValue()).toBe('2009-04-10');
    expect(await page.locator('.vgrid-row', { has: first }).locator('.wareki-beside').innerText()).toBe('H21.4.10');

    await screenshot(page, 'dates-grid-stored');

    // A new contract's first row, typed with a Japanese IME: full-width digits and minus.
    const creditor = await call(server.url, 'POST', `/cases/${demo.id}/creditors`, { name: '全角ファイナンス', kind: 'consumer-finance' });
    const fresh = await call(server.url, 'POST', `/creditors/${creditor.id}/contracts`, { label: 'カード' });
    await page.goto(`${server.url}/cases/${demo.id}/contracts/${fresh.id}`);
    const date = page.getByLabel('1行目 年月日', { exact: true });
    await date.fill('Ｈ２８．１．５　－５００００');
    await date.press('Enter');
    const repay = page.getByLabel('1行目 返済', { exact: true });
    await expect.poll(() => repay.inputValue()).toBe('50000');
    expect(await page.getByLabel('1行目 借入', { exact: true }).inputValue()).toBe('');
    // 平成28年 = 2016 (平成 began 1989-01-08).
    expect(await page.locator('.vgrid-row', { has: date }).locator('.wareki-beside').innerText()).toBe('2016-01-05');

    // A ten-digit amount is shown whole in its cell.
    await repay.fill('1,234,567,890');
    expect(await repay.evaluate((input: HTMLInputElement) => input.scrollWidth <= input.clientWidth)).toBe(true);
    await screenshot(page, 'dates-grid');
  });

  it('offers a debtor negotiating alone the steps they take, not the agent’s 受任通知 (issue 18 #9)', async () => {
    const created = await call(server.url, 'POST', '/cases', { title: '本人交渉', debtor: { name: '本人 交渉' } });
    await call(server.url, 'PATCH', `/cases/${created.id}`, { officeActs: false, version: created.version });
    const creditor = await call(server.url, 'POST', `/cases/${created.id}/creditors`, {
      name: '本人ファイナンス',
      kind: 'consumer-finance',
    });
    await page.goto(`${server.url}/cases/${created.id}/creditors/${creditor.id}/negotiation`);
    const next = page.getByLabel('次の段階');
    await next.waitFor();
    const offered = await next.locator('option').allInnerTexts();
    expect(offered).toEqual(['取引履歴請求', '時効援用']);
    expect(await page.locator('.next-step').first().innerText()).toContain('債権者に取引履歴の開示を求めます');
    await screenshot(page, 'steps-alone');
  });

  it('prints a sentence with its legal terms in it (issue 18 #8: 「の債務 … 家計からこの債権者にできる額」)', async () => {
    const detail = await call(server.url, 'GET', `/cases/${demo.id}`);
    const sakura = detail.creditors.find((c: Loose) => c.name === 'さくらカード(架空)');
    await page.goto(`${server.url}/cases/${demo.id}/creditors/${sakura.id}/negotiation`);
    const facts = page.getByRole('region', { name: '和解案' }).locator('p.facts').first();
    await facts.waitFor();
    await page.emulateMedia({ media: 'print' });
    const printed = await facts.innerText();
    await page.emulateMedia({ media: 'screen' });
    expect(printed).toMatch(/^引き直し後の債務 [\d,]+円 \/ 家計からこの債権者に按分できる額/);
    await screenshot(page, 'terms-printed');
  });

  it('draws the chart with 12 px labels on a phone', async () => {
    await page.goto(`${server.url}/cases/${demo.id}`);
    const label = page.locator('svg.chart text.label').first();
    await label.waitFor();
    // The drawn size of a label, as the reader sees it (was about 7 px: 12 units of a 640-unit drawing).
    const height = await label.evaluate((text: SVGTextElement) => text.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(11);
    await screenshot(page, 'dates-chart');
  });
});
