// The coach in real Chromium against the real server, as a debtor negotiating alone on a phone: a
// servicer calls about a 2016 card loan last paid 2019-03-01. The contact form warns before saving
// that the debt may be time-barred (旧商法522条: 5 years for a lender's claim from before
// 2020-04-01; 民法152条1項: paying or admitting it renews the period); the creditor page shows the
// 時効 status (5 years from 2019-03-01 → 2024-03-01, passed); the saved contact keeps its warning;
// the 用語集 page is linked from the header and a term explains itself on tap.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, wakaiAndBrowser } from './browser.js';

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

/** A debtor alone (no office) with one servicer's 2016 loan, last repaid 2019-03-01. */
async function seed(base: string) {
  const created = await call(base, 'POST', '/cases', { title: '古い借金', debtor: { name: '佐藤 花子' } });
  await call(base, 'PATCH', `/cases/${created.id}`, { officeActs: false, version: created.version });
  const creditor = await call(base, 'POST', `/cases/${created.id}/creditors`, { name: 'みらい債権回収', kind: 'servicer' });
  const contract = await call(base, 'POST', `/creditors/${creditor.id}/contracts`, {
    label: '2016年のカードローン',
    contractDate: '2016-06-15',
    claimedBalance: 412_000,
  });
  await call(base, 'PUT', `/contracts/${contract.id}/transactions`, {
    version: 0,
    transactions: [
      { date: '2016-06-15', borrow: 300_000 },
      { date: '2018-12-01', repay: 10_000 },
      { date: '2019-02-01', repay: 10_000 },
      { date: '2019-03-01', repay: 10_000 },
    ],
  });
  return { caseId: created.id as string, creditorId: creditor.id as string };
}

async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await screenshot(page, name);
}

describe('the coach warns a debtor alone about an old debt', () => {
  const wakai = wakaiAndBrowser();

  it('warns before saving, shows the 時効 status, and explains the terms', async () => {
    const { caseId, creditorId } = await seed(wakai.server().url);
    const page = await wakai.browser().newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    await page.goto(`${wakai.server().url}/cases/${caseId}`);
    await expect.poll(() => page.getByTestId('next-step').innerText()).toContain('次にすること');
    await shot(page, 'coach-case-phone');

    await page.goto(`${wakai.server().url}/cases/${caseId}/creditors/${creditorId}/negotiation`);
    // The 時効 status per contract, from its debt position: 5 years (旧商法522条; the contract is from
    // before 2020-04-01) counted at the earliest from the last repayment 2019-03-01 — the acceleration
    // clause is not recorded, so the period may have run, and the page asks for the missing facts.
    const status = page.getByTestId('limitation-status');
    await expect.poll(() => status.innerText()).toContain('2019-03-01');
    expect(await status.innerText()).toContain('2024-03-01以降に満了');
    expect(await status.innerText()).toContain('旧商法522条');
    expect(await status.innerText()).toContain('期限の利益喪失条項');
    expect(await page.getByTestId('violation-count').innerText()).toContain('0件');

    // The servicer calls: the form warns before anything is saved.
    const form = page.getByRole('form', { name: '連絡を記録' });
    await form.getByLabel('向き').selectOption({ label: '先方から' });
    await form.getByLabel('内容(必須)').fill('2016年のカードの残り412,000円を払うよう電話があった');
    const before = form.getByTestId('coach-warnings');
    await expect.poll(() => before.innerText()).toContain('時効の可能性があります');
    const warning = await before.innerText();
    expect(warning).toContain('2019-03-01');
    expect(warning).toContain('借金を認める');
    expect(warning).toContain('時効援用');
    expect(warning).toContain('民法152条1項');
    expect(await page.getByTestId('contact-list').locator('li').count()).toBe(0);
    await form.scrollIntoViewIfNeeded();
    await shot(page, 'coach-contact-warning-phone');

    // The warning never blocks: the contact is saved and keeps its warning on the record.
    await form.getByRole('button', { name: '連絡を記録' }).click();
    const saved = page.getByTestId('contact-list').locator('li').first();
    await expect.poll(() => saved.innerText()).toContain('412,000円');
    expect(await saved.getByTestId('coach-warnings').innerText()).toContain('時効の可能性があります');

    // Nothing is wider than the phone (a long contact summary in the offer form's select once was).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // A legal term explains itself on tap (a phone has no hover).
    await page.getByRole('button', { name: '時効援用', exact: true }).first().tap();
    await expect.poll(() => page.getByRole('tooltip').innerText()).toContain('時効を使います');
    await shot(page, 'coach-creditor-phone');

    // The 用語集 is one tap from the header.
    await page.getByRole('link', { name: '用語集' }).tap();
    await expect.poll(() => page.getByTestId('glossary').innerText()).toContain('期限の利益');
    expect(await page.getByTestId('glossary').innerText()).toContain('清算条項');
    await shot(page, 'coach-glossary-phone');

    // The board flags the creditor.
    await page.goto(`${wakai.server().url}/cases/${caseId}/negotiation`);
    await expect.poll(() => page.getByTestId('negotiation-board').innerText()).toContain('時効の可能性');
    await shot(page, 'coach-board-phone');

    // The API says the same about a draft, without saving it.
    const preview = await wakai.api('POST', `/creditors/${creditorId}/coach-preview`, {
      kind: 'contact',
      input: { at: '2026-11-23T10:00', channel: 'phone', direction: 'incoming', summary: '電話' },
    });
    expect(preview.warnings.map((w: { code: string }) => w.code)).toEqual(['limitation-passed']);
    await page.close();
  });
});
