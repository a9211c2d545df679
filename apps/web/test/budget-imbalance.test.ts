// 収支の差 of a month of the court's 家計収支表 (docs/domain DOCUMENTS.md "家計収支表": the income
// total must equal the spending total): 0 is shown as balanced; either sign is a mistake in the
// sheet, shown red with which side to fill — a positive difference is money left unrecorded
// (翌月繰越 missing), not a surplus. The QA walk's month: 前月繰越 210,000, 住居費 65,000.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { screenshot, wakaiInBrowser } from './browser.js';

const wakai = wakaiInBrowser();

const caseFile = {
  format: 'wakai-case',
  version: 1,
  case: {
    title: '収支の差',
    debtor: { name: '収支 花子' },
    budget: {
      months: [
        { month: '2026-09', income: { salaryApplicant: 200_000 }, spending: { rent: 150_000, carriedForward: 50_000 } },
        { month: '2026-10', income: { carriedOver: 210_000 }, spending: { rent: 65_000 } },
        { month: '2026-11', income: { salaryApplicant: 200_000 }, spending: { rent: 150_000, carriedForward: 80_000 } },
      ],
    },
    creditors: [{ name: 'A社', kind: 'card', contracts: [{ claimedBalance: 500_000 }] }],
  },
};

/** The colour a CSS variable of the page's theme resolves to, as computed styles give it. */
const themeColour = (page: Page, variable: string) =>
  page.evaluate((name) => {
    const probe = document.createElement('b');
    probe.style.color = `var(${name})`;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  }, variable);

async function imbalanceOf(page: Page, month: string) {
  await page.getByRole('tab', { name: month }).click();
  const figure = page.getByTestId('budget-imbalance');
  await figure.waitFor();
  return {
    amount: await figure.innerText(),
    note: await page.getByTestId('budget-imbalance-note').innerText(),
    className: await figure.evaluate((element) => element.parentElement?.className ?? ''),
    colour: await figure.evaluate((element) => getComputedStyle(element).color),
  };
}

it('shows 収支の差 green only at 0 and red either way off, saying which side to fill', async () => {
  const response = await fetch(`${wakai.server().url}/api/cases/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(caseFile),
  });
  const { id } = (await response.json()) as { id: string };
  const page = wakai.page();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${wakai.server().url}/cases/${id}/budget`);
  const [good, bad] = [await themeColour(page, '--good'), await themeColour(page, '--bad')];
  expect(good).not.toBe(bad);

  // 200,000 = 150,000 + 翌月繰越 50,000.
  expect(await imbalanceOf(page, '2026-09')).toEqual({
    amount: '0円',
    note: '収入と支出の合計が一致しています',
    className: 'good',
    colour: good,
  });
  // 210,000 − 65,000: 145,000 not written anywhere (the 翌月繰越 is missing).
  expect(await imbalanceOf(page, '2026-10')).toEqual({
    amount: '145,000円',
    note: '収入の合計が多い: 翌月繰越か支出に記入してください',
    className: 'bad',
    colour: bad,
  });
  await screenshot(page, 'budget-imbalance-positive-390');
  // 200,000 − (150,000 + 80,000) = −30,000.
  expect(await imbalanceOf(page, '2026-11')).toEqual({
    amount: '-30,000円',
    note: '支出の合計が多い: 前月繰越か収入に記入してください',
    className: 'bad',
    colour: bad,
  });
});
