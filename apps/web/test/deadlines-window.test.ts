// The deadlines page in real Chromium reads windows (issue 19): overdue, this week and later in the
// next 60 days, each paged by the server; filtered by kind and by case; at 390 px as on a desk, with
// a screenshot of each state. An unchanged window is answered 304 and shown the same.
import { addDays } from '@wakai/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startWakai } from './browser.js';

type Started = Awaited<ReturnType<typeof startWakai>>;
type Browser = Awaited<ReturnType<typeof launchBrowser>>;

const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(new Date());

async function call(base: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${base}/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
  return json;
}

/** A case with one creditor and a next action per offset (days from today). */
async function caseWithNextActions(base: string, debtor: string, offsets: number[]) {
  const created = await call(base, 'POST', '/cases', { title: `${debtor}の件`, debtor: { name: debtor } });
  const creditor = await call(base, 'POST', `/cases/${created.id}/creditors`, { name: 'A社', kind: 'card' });
  for (const [k, offset] of offsets.entries())
    await call(base, 'POST', `/creditors/${creditor.id}/contacts`, {
      at: `${today}T09:00`,
      channel: 'phone',
      direction: 'outgoing',
      summary: `連絡${k + 1}`,
      nextAction: `${debtor}: 確認${String(k + 1).padStart(2, '0')}`,
      nextActionDue: addDays(today, offset),
    });
  return created.id as string;
}

describe('the deadlines page', () => {
  let server: Started;
  let browser: Browser;
  beforeAll(async () => {
    server = await startWakai();
    browser = await launchBrowser();
    // 24 next actions this week in one case (more than a page of 20), 3 overdue and 2 later in another.
    await caseWithNextActions(
      server.url,
      '山田 一郎',
      Array.from({ length: 24 }, (_, k) => k % 8),
    );
    await caseWithNextActions(server.url, '佐藤 花子', [-3, -2, -1, 20, 45]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [name, viewport] of [
    ['desk', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const)
    it(`pages and filters the windows (${name})`, async () => {
      const page = await browser.newPage({ viewport });
      await page.goto(`${server.url}/deadlines`);
      const week = page.getByTestId('deadlines-week');
      const overdue = page.getByTestId('deadlines-overdue');
      const later = page.getByTestId('deadlines-later');
      await overdue.getByText('佐藤 花子: 確認01').waitFor();
      // This week's first page: 20 of the 24 (the demo case's deadlines are not this week's).
      await expect.poll(() => week.getByTestId('deadlines-week-range').innerText()).toMatch(/^\d+件中 1〜20件$/);
      const total = Number((await week.getByTestId('deadlines-week-range').innerText()).split('件中')[0]);
      expect(total).toBeGreaterThanOrEqual(24);
      expect(await week.locator('tbody tr').count()).toBe(20);
      // The later window loads on its own: it may still read 読み込み中… after the week's rows are in.
      await expect.poll(() => later.innerText()).toContain('佐藤 花子: 確認04');
      await expect.poll(() => later.innerText()).toContain('佐藤 花子: 確認05');
      await screenshot(page, `deadlines-window-${name}`);

      await week.getByRole('button', { name: '次へ' }).click();
      await expect.poll(() => week.getByTestId('deadlines-week-range').innerText()).toBe(`${total}件中 21〜${total}件`);
      await expect.poll(() => week.locator('tbody tr').count()).toBe(total - 20);
      await screenshot(page, `deadlines-window-page2-${name}`);

      // Only 佐藤 花子's case: three overdue, none this week, two later.
      await overdue.getByRole('button', { name: 'この案件だけ(佐藤 花子)' }).first().click();
      await page.getByTestId('deadline-case-filter').getByText('佐藤 花子').waitFor();
      await expect.poll(() => week.innerText()).toContain('ありません。');
      await expect.poll(() => overdue.locator('h2').innerText()).toBe('期限を過ぎたもの(3件)');
      await expect.poll(() => later.locator('h2').innerText()).toBe('その後(60日以内)(2件)');
      await screenshot(page, `deadlines-window-one-case-${name}`);
      await page.getByRole('button', { name: 'すべての案件に戻す' }).click();

      // By kind: no offer waits for an answer in these cases.
      await page.getByLabel('種類').selectOption({ label: '和解案の回答期限' });
      await expect.poll(() => overdue.locator('h2').innerText()).toMatch(/^期限を過ぎたもの\(\d+件\)$/);
      expect(await overdue.innerText()).not.toContain('佐藤 花子');
      await page.close();
    });

  it('answers an unchanged window 304, and a changed one anew', async () => {
    const path = `${server.url}/api/deadlines/window?range=week`;
    const first = await fetch(path);
    const tag = first.headers.get('etag') as string;
    expect(first.status).toBe(200);
    expect(tag).toMatch(/^".+"$/);
    const again = await fetch(path, { headers: { 'if-none-match': tag } });
    expect([again.status, (await again.text()).length]).toEqual([304, 0]);
    // A contact recorded: the tag changes and the new next action is in the answer.
    const caseId = await caseWithNextActions(server.url, '鈴木 三郎', [1]);
    const changed = await fetch(`${path}&limit=200`, { headers: { 'if-none-match': tag } });
    expect(changed.status).toBe(200);
    const body = await changed.json();
    expect(body.items.filter((d: { caseId: string }) => d.caseId === caseId).map((d: { title: string }) => d.title)).toEqual([
      '鈴木 三郎: 確認01',
    ]);
  });
});
