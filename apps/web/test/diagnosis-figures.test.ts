// The diagnosis page's figures agree with each other (issue 9, items 6, 7 and 9), in real Chromium:
// the headline gives the regular monthly payment — what the plan's rows add up to — with the first
// (and last) month apart; the comparison shows an overpayment claim as what it is in each route; and
// the fee panel's pre-filled quote says it is a sample and is not saved unless the user makes it theirs.
import { formatYenWithUnit } from '@wakai/core';
import { expect, it } from 'vitest';
import { screenshot, wakaiInBrowser } from './browser.js';

const wakai = wakaiInBrowser();

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

/**
 * 500,000 borrowed in 2012 and 15,000 repaid every month for 7 years: overpaid at the statutory cap,
 * and still within the 10 years from the last transaction (最判平成21年1月22日), so it counts.
 */
function overpaidHistory() {
  const rows: { date: string; borrow?: number; repay?: number }[] = [{ date: '2012-04-10', borrow: 500_000 }];
  for (let i = 1; i <= 84; i++) {
    const month = 3 + i;
    rows.push({ date: `${2012 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-27`, repay: 15_000 });
  }
  return rows;
}

const caseFile = {
  format: 'wakai-case',
  version: 1,
  case: {
    title: '診断の数字',
    debtor: { name: '山田 太郎' },
    // 200,000 − 170,000: 30,000 a month to repay.
    budget: { monthly: { income: { salaryApplicant: 200_000 }, spending: { rent: 70_000, food: 100_000 } } },
    creditors: [
      { name: 'A社', kind: 'card', contracts: [{ claimedBalance: 600_000 }] },
      { name: 'B社', kind: 'card', contracts: [{ claimedBalance: 400_000 }] },
      { name: 'C社', kind: 'consumer-finance', contracts: [{ claimedBalance: 0, transactions: overpaidHistory() }] },
    ],
  },
};

it('shows the regular month with the first apart, the overpayment per route, and a sample quote as a sample', async () => {
  const base = wakai.server().url;
  const created = await call(base, 'POST', '/cases/import', caseFile);
  const diagnosis = await call(base, 'GET', `/cases/${created.id}/diagnosis`);
  const page = wakai.page();
  await page.goto(`${base}/cases/${created.id}/diagnosis`);
  await page.getByTestId('plan-monthly').waitFor();

  // 600,000 / 36 = 16,666 r 24; 400,000 / 36 = 11,111 r 4: 27,777 a month, 27,805 in the first month.
  expect(await page.getByTestId('plan-monthly').innerText()).toBe('27,777円');
  expect(await page.getByTestId('plan-first-month').innerText()).toBe('27,805円');
  expect(await page.getByTestId('plan-rows-monthly').innerText()).toBe('27,777円');
  expect(await page.getByTestId('plan-last-month').count()).toBe(0);
  expect(await page.getByTestId('plan-verdict').innerText()).toBe('家計の範囲で返せる見込みです');

  // C社's claim, net of the 過払金報酬 (20% out of court) and its tax, in each route.
  const net = formatYenWithUnit(diagnosis.result.recovery.net);
  expect(diagnosis.result.recovery.net).toBeGreaterThan(0);
  const cells = await page.getByTestId('comparison-overpayment').locator('td').allInnerTexts();
  expect(cells).toEqual([
    `${net} 取り戻す(報酬を引いた額)`,
    `${net} 財産として清算価値に入る(報酬を引いた額)`,
    `${net} 財産として清算価値に入る(報酬を引いた額)`,
    `${formatYenWithUnit(diagnosis.result.recovery.claim)} 調停とは別に請求`,
  ]);
  // 任意整理: 1,000,000 paid less what comes back.
  const netTotal = diagnosis.result.rows[0].netTotal as number;
  expect(netTotal).toBe(1_000_000 - diagnosis.result.recovery.net);
  expect((await page.getByTestId('comparison-net').locator('td').allInnerTexts())[0]).toBe(
    netTotal < 0 ? `${formatYenWithUnit(-netTotal)} 戻る見込み` : formatYenWithUnit(netTotal),
  );

  // By a monthly amount: 30,000 split 3 : 2 → 18,000 + 12,000 for 33 months, then 6,000 + 4,000.
  await page.getByLabel('毎月の額で決める(按分)').check();
  await expect.poll(() => page.getByTestId('plan-last-month').innerText()).toBe('10,000円');
  expect(await page.getByTestId('plan-monthly').innerText()).toBe('30,000円');
  await page.getByLabel('回数で決める').check();

  // The fee panel's quote is a sample: labelled, and not saved as a quote.
  expect(await page.getByTestId('fee-sample-0').innerText()).toBe('例(サンプル)');
  expect(await page.getByTestId('fee-sample-notice').innerText()).toContain('実際の見積もりではありません');
  await screenshot(page, 'diagnosis-figures');
  await page.getByRole('button', { name: '見積もりを保存' }).click();
  await page.getByText('見積もりを保存しました').waitFor();
  expect((await call(base, 'GET', `/cases/${created.id}`)).case.feeQuotes).toEqual([]);
  await page.reload();
  await page.getByTestId('fee-sample-0').waitFor();

  // Once the user types an amount, it is their quote: no longer a sample, and saved.
  await page.getByLabel('事務所1 着手金/社').fill('40000');
  await expect.poll(() => page.getByTestId('fee-sample-0').count()).toBe(0);
  await page.getByRole('button', { name: '見積もりを保存' }).click();
  await page.getByText('見積もりを保存しました').waitFor();
  expect((await call(base, 'GET', `/cases/${created.id}`)).case.feeQuotes).toEqual([
    expect.objectContaining({ office: '事務所1', retainerPerCreditor: 40_000, successFeePerCreditor: 20_000 }),
  ]);
  await page.reload();
  await expect.poll(() => page.getByLabel('事務所1 着手金/社').inputValue()).toBe('40000');
  expect(await page.getByTestId('fee-sample-0').count()).toBe(0);
});
