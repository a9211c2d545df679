// What a clerk does, in real Chromium against the real server: create a case, enter a budget, add
// two creditors, type a 20-row history, import a CSV with a bad row (named, nothing saved), fix it,
// see the recalculated balance, export and re-import the case and find every figure equal.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatYenWithUnit, recalculate } from '@wakai/core';
import { expect, it } from 'vitest';
import { artifacts, screenshot, wakaiInBrowser } from './browser.js';

const wakai = wakaiInBrowser();

const text = (testId: string) => wakai.page().getByTestId(testId).innerText();

it('carries a case from creation to an exported and re-imported case file', async () => {
  const page = wakai.page();
  await page.goto(wakai.server().url);
  await page.getByRole('button', { name: '案件を作成' }).click();
  await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('氏名を入力してください');

  await page.getByLabel('債務者の氏名(必須)').fill('鈴木 一郎');
  await page.getByLabel('都道府県').selectOption('東京都');
  await page.getByRole('button', { name: '案件を作成' }).click();
  await wakai
    .page()
    .getByRole('heading', { name: /鈴木 一郎/ })
    .waitFor();

  // The budget: the available amount follows the typing, before anything is saved.
  await page.getByRole('link', { name: '家計収支を入力' }).click();
  await page.getByLabel('給与(申立人)', { exact: true }).fill('250,000');
  await page.getByLabel('住居費(家賃・地代・住宅ローン)').fill('80000');
  await page.getByLabel('食費', { exact: true }).fill('５００００');
  await expect.poll(() => text('budget-available')).toBe('120,000円');
  await page.getByLabel('雑費', { exact: true }).fill('abc');
  await page.getByText('雑費を金額(円)で入力してください').waitFor();
  expect(await page.getByRole('button', { name: '保存' }).isDisabled()).toBe(true);
  await page.locator('input[name="spending.misc"]').fill('10000');
  await page.getByRole('button', { name: '保存' }).click();
  await page.getByText('家計収支を保存しました').waitFor();
  await screenshot(page, 'budget');

  // Two creditors.
  await page.getByRole('link', { name: '鈴木 一郎' }).click();
  for (const [name, claimed, monthly] of [
    ['A社', '600000', '20000'],
    ['B社', '500000', '15000'],
  ] as const) {
    const form = page.getByRole('form', { name: '債権者を追加' });
    await form.getByLabel('債権者名(必須)').fill(name);
    await form.getByLabel('請求されている残高(円)').fill(claimed);
    await form.getByLabel('毎月の返済額(円)').fill(monthly);
    await form.getByRole('button', { name: '債権者を追加' }).click();
    await page.getByRole('cell', { name: name, exact: true }).waitFor();
  }
  expect(await text('total-claimed')).toBe('1,100,000円');

  // A 20-row history, typed: a loan, then 19 repayments, each `date amount` + Enter.
  await page.getByRole('row', { name: /A社/ }).getByRole('link', { name: /件\)$/ }).click();
  await page.getByLabel('1行目 年月日').click();
  const typed = ['H13.1.15 500000'];
  for (let month = 2; month <= 20; month++) typed.push(`H${13 + Math.floor((month - 1) / 12)}.${((month - 1) % 12) + 1}.15 -20000`);
  for (const line of typed) await page.keyboard.type(`${line}\n`);
  await page.getByRole('button', { name: '取引履歴を保存' }).click();
  await page.getByText('20件の取引を保存しました').waitFor();
  const history = typed.map((line, index) => {
    const [, , , amount] = /^H(\d+)\.(\d+)\.15 (-?\d+)$/.exec(line) as RegExpExecArray;
    const [year, month] = [2001 + Math.floor(index / 12), (index % 12) + 1];
    const date = `${year}-${String(month).padStart(2, '0')}-15`;
    return Number(amount) > 0 ? { date, borrow: Number(amount), repay: 0 } : { date, borrow: 0, repay: -Number(amount) };
  });
  const expected = recalculate(history).summary;
  await expect.poll(() => text('ledger-balance')).toBe(formatYenWithUnit(expected.balance));
  // Switching an option recalculates at once.
  await page.getByLabel('年日数').selectOption('fixed365');
  await expect.poll(() => text('ledger-balance')).toBe(formatYenWithUnit(recalculate(history, { yearBasis: 'fixed365' }).summary.balance));
  await page.getByRole('row').filter({ hasText: '2001-02-15' }).first().click();
  await wakai
    .page()
    .getByText(/利息: 500,000円 × 18% × 31\/365/)
    .waitFor();
  await screenshot(page, 'contract-typed');

  // B社: a CSV with one bad row is refused, the row named, nothing saved; fixed, it goes in.
  await page.getByRole('link', { name: '鈴木 一郎' }).click();
  await page.getByRole('row', { name: /B社/ }).getByRole('link', { name: /件\)$/ }).click();
  const csv = (repay: string) => `年月日,借入金額,返済額\nH12.3.27,"478,594",\n2000/4/25,,${repay}\n`;
  const badFile = join(artifacts, 'history-bad.csv');
  writeFileSync(badFile, csv('5万'));
  await page.getByLabel('取引履歴ファイル', { exact: true }).setInputFiles(badFile);
  await expect.poll(() => page.getByTestId('import-problems').innerText()).toContain('3行目 C列「返済額」: 金額として読めません: 「5万」');
  await expect.poll(() => page.getByTestId('import-problems').innerText()).toContain('何も保存していません');
  await screenshot(page, 'import-rejected');
  expect(await page.getByText('取引履歴(0件)').count()).toBe(1);

  const goodFile = join(artifacts, 'history-good.csv');
  writeFileSync(goodFile, csv('"¥50,000"'));
  await page.getByLabel('取引履歴ファイル', { exact: true }).setInputFiles(goodFile);
  await page.getByTestId('import-preview').waitFor();
  await wakai
    .page()
    .getByRole('button', { name: /この内容で取り込む/ })
    .click();
  // docs/law/recalculation.md: 478,594 × 18% × 29/366 = 6,825; 50,000 − 6,825 off principal → 435,419.
  await expect.poll(() => text('ledger-balance')).toBe('435,419円');

  // Overview, export, re-import: every figure equal.
  await page.getByRole('link', { name: '鈴木 一郎' }).click();
  await page.getByTestId('total-debt').waitFor();
  await screenshot(page, 'overview');
  const figures = async () => ({
    claimed: await text('total-claimed'),
    debt: await text('total-debt'),
    overpayment: await text('total-overpayment'),
    monthly: await text('total-monthly'),
    income: await text('income'),
    available: await text('available'),
    creditors: await page.getByTestId('creditor-table').innerText(),
  });
  const before = await figures();
  const originalUrl = page.url();
  expect(before.debt).toBe(formatYenWithUnit(expected.balance + expected.unpaidInterest + 435_419));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '案件ファイルを書き出す' }).click()]);
  const exported = join(artifacts, 'case.wakai.json');
  await download.saveAs(exported);
  expect(JSON.parse(readFileSync(exported, 'utf8'))).toMatchObject({ format: 'wakai-case', version: 1 });

  await page.getByRole('link', { name: '案件一覧' }).click();
  await page.getByLabel('案件ファイル', { exact: true }).setInputFiles(exported);
  await wakai
    .page()
    .getByRole('heading', { name: /鈴木 一郎/ })
    .waitFor();
  await page.getByTestId('total-debt').waitFor();
  expect(page.url()).not.toBe(originalUrl);
  expect(await figures()).toEqual(before);
  await page.getByRole('link', { name: '案件一覧' }).click();
  await expect.poll(() => page.getByTestId('case-list').getByText('鈴木 一郎').count()).toBe(2);
  await screenshot(page, 'case-list');
}, 120_000);
