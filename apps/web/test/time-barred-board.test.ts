// The negotiation board at 390 × 844 with a debt whose limitation may have run: the creditor's
// offer on it stays out of 支払の合計, the totals and the shortfall, shown apart with why — paying or
// promising to pay renews the period and costs the debtor the 援用 (民法152条1項; 最判昭和41年4月20日).
import { addDays, addMonths, civilDateInJapan } from '@wakai/core';
import { expect, it } from 'vitest';
import { screenshot, wakaiInBrowser } from './browser.js';

const wakai = wakaiInBrowser();
const today = civilDateInJapan(new Date());

// biome-ignore lint/suspicious/noExplicitAny: the test reads the API's JSON field by field, as a client does
type Loose = any;

async function call(method: string, path: string, body?: unknown): Promise<Loose> {
  const response = await fetch(`${wakai.server().url}/api${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
  return json;
}

// The QA walk: さくらカード, consumer finance last repaid 2018-03-01 (5 years may have run, 民法166条1項1号),
// beside A社, paid on time. Budget 250,000 − 215,000 = 35,000 a month.
const caseFile = {
  format: 'wakai-case',
  version: 1,
  case: {
    title: '時効と和解案の合計',
    debtor: { name: '時効 五郎' },
    budget: { monthly: { income: { salaryApplicant: 250_000 }, spending: { rent: 80_000, food: 135_000 } } },
    creditors: [
      { name: 'A社', kind: 'consumer-finance', contracts: [{ claimedBalance: 300_000, contractRate: '18', monthlyPayment: 10_000 }] },
      {
        name: 'さくらカード',
        kind: 'consumer-finance',
        contracts: [{ contractDate: '2015-01-10', claimedBalance: 640_032, lastPaymentDate: '2018-03-01', dueDay: 27, delinquent: true }],
      },
    ],
  },
};

it('leaves the time-barred debt out of 支払の合計 and shows it apart with 民法152条', async () => {
  const { id: caseId } = await call('POST', '/cases/import', caseFile);
  const ids = Object.fromEntries((await call('GET', `/cases/${caseId}`)).creditors.map((c: Loose) => [c.name, c.id]));
  // The creditor's offer (48 × 13,334 from next month): recording it acknowledges nothing.
  const firstPaymentDate = `${addMonths(today.slice(0, 7), 1)}-27`;
  await call('POST', `/creditors/${ids.さくらカード}/offers`, {
    from: 'creditor',
    madeOn: addDays(today, -3),
    amount: 640_032,
    installments: 48,
    monthly: 13_334,
    firstPaymentDate,
  });

  const board = await call('GET', `/cases/${caseId}/negotiation`);
  const { combined } = board;
  const parts = combined.months.flatMap((m: Loose) => m.parts.map((p: Loose) => p.key));
  expect(parts).not.toContain(ids.さくらカード);
  expect(combined.timeBarred).toEqual([{ key: ids.さくらカード, name: 'さくらカード', reason: expect.stringContaining('民法152条1項') }]);
  // What is left is A社's plan share alone: 300,000 over 36 months = 8,333 a month with the 12 yen
  // left over in the first (8,345) — not さくら's 640,032 more (940,032 in all). Saving 35,000 a month
  // from this month, the last month leaves months × 35,000 − 300,000 put aside; never short.
  expect(combined).toMatchObject({ budget: 35_000, total: 300_000, peak: { total: 8_345 }, firstShort: null });
  expect(combined.months.filter((m: Loose) => m.total > 0)).toHaveLength(36);
  expect(combined.months.at(-1)).toMatchObject({ total: 8_333, saved: combined.months.length * 35_000 - 300_000 });

  const page = wakai.page();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${wakai.server().url}/cases/${caseId}/negotiation`);
  await page.getByTestId('combined-months').waitFor();
  expect(await page.getByTestId('combined-months').innerText()).not.toContain('さくら');
  expect(await page.getByTestId('combined-summary').innerText()).not.toContain('足りません');
  const apart = await page.getByTestId('combined-time-barred').innerText();
  expect(apart).toContain('さくらカード');
  expect(apart).toContain('支払の合計と不足額に含めていません');
  expect(apart).toContain('民法152条1項');
  expect(apart).toContain('時効の援用(民法145条');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByTestId('combined-time-barred').scrollIntoViewIfNeeded();
  await screenshot(page, 'time-barred-board-390');
});
