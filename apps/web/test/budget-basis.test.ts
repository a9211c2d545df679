// A debtor who filled only a recorded month (家計の記録) of the budget, on a phone (390 px): the
// overview's 月の収入 and the diagnosis read that month and say which one, not 0円 from the empty plan.
import { expect, it } from 'vitest';
import { screenshot, wakaiInBrowser } from './browser.js';

const wakai = wakaiInBrowser();

const caseFile = {
  format: 'wakai-case',
  version: 1,
  case: {
    title: '記録した月だけ',
    debtor: { name: '記録 花子' },
    budget: {
      months: [
        { month: '2026-09', income: { salaryApplicant: 200_000 }, spending: { food: 50_000 } },
        { month: '2026-10', income: { salaryApplicant: 230_000 }, spending: { rent: 70_000, food: 45_000 } },
      ],
    },
    creditors: [{ name: 'A社', kind: 'card', contracts: [{ claimedBalance: 500_000 }] }],
  },
};

it('shows the latest recorded month’s income on the overview and the diagnosis, naming the month', async () => {
  const response = await fetch(`${wakai.server().url}/api/cases/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(caseFile),
  });
  const { id } = (await response.json()) as { id: string };
  const page = wakai.page();
  await page.setViewportSize({ width: 390, height: 844 });

  await page.goto(`${wakai.server().url}/cases/${id}`);
  // 2026-10 is the latest month: 230,000 earned, 230,000 − 115,000 = 115,000 left for repayments.
  expect(await page.getByTestId('income').innerText()).toBe('230,000円');
  expect(await page.getByTestId('income-note').innerText()).toBe('家計収支表の記録した月(2026年10月)から');
  expect(await page.getByTestId('available').innerText()).toBe('115,000円');
  await screenshot(page, 'overview-recorded-month-390');

  await page.goto(`${wakai.server().url}/cases/${id}/diagnosis`);
  await page.getByTestId('budget-basis').waitFor();
  expect(await page.getByTestId('budget-basis').innerText()).toBe('家計収支表の記録した月(2026年10月)から');
  expect(await page.getByTestId('sustainable').innerText()).toBe('115,000円');
  await screenshot(page, 'diagnosis-recorded-month-390');
});
