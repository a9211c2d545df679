// A creditor's text PDF whose header says ご利用額 where our reader knows 融資額, on a phone (390 px):
// the preview names every borrowing row as wrong and shows the columns as they were taken; the
// user takes ご利用額 as 借入 in the page, the file reads clean, and the import saves rows whose
// recalculation equals the source's.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recalculate } from '@wakai/core/engine';
import { describe, expect, it } from 'vitest';
import { expectedTransactions, historyPdf, sourceRows } from '../../../packages/documents/src/history-pdf/creditor-histories.fixture.js';
import { artifacts, screenshot, wakaiAndBrowser } from './browser.js';

describe('the column mapping of an imported file in the browser', () => {
  const wakai = wakaiAndBrowser();

  it('names the wrong rows of a mis-mapped PDF, reads it clean once remapped, and imports the source rows', async () => {
    const created = await wakai.api('POST', '/cases', { title: '', debtor: { name: '対応 次郎' } });
    const creditor = await wakai.api('POST', `/cases/${created.id}/creditors`, { name: 'サンプル銀行(架空)', kind: 'bank' });
    const contract = await wakai.api('POST', `/creditors/${creditor.id}/contracts`, { label: 'カードローン' });
    const rows = sourceRows('bank', 40);
    const borrowings = rows.flatMap((row, i) => (row.borrow > 0 && row.repay === 0 ? [i + 1] : []));
    mkdirSync(artifacts, { recursive: true });
    const file = join(artifacts, 'history-unknown-header.pdf');
    writeFileSync(file, await historyPdf('bank', rows, { 融資額: 'ご利用額' }));

    const page = await wakai.browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${wakai.server().url}/cases/${created.id}/contracts/${contract.id}`);
    await page.getByLabel('取引履歴ファイル', { exact: true }).setInputFiles(file);
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    // Each borrowing row is named with its page and table row; nothing else is.
    const named = await problems.getByRole('listitem').allInnerTexts();
    expect(named.map((text) => Number(/表の(\d+)行目/.exec(text)?.[1]))).toEqual(borrowings);
    const mapping = problems.getByTestId('column-mapping');
    expect(await mapping.getByLabel('「ご利用額」の列').inputValue()).toBe('');
    expect(await mapping.getByLabel('「入金額」の列').inputValue()).toBe('repay');
    await mapping.scrollIntoViewIfNeeded();
    await screenshot(page, 'import-mapping-wrong-390');
    // The selects scroll inside their box: the page stays 390 px wide.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // A mapping without a date is refused as such; the columns stay on the page to be corrected.
    await mapping.getByLabel('「取引日」の列').selectOption({ label: '使わない' });
    await mapping.getByRole('button', { name: 'この対応で読み直す' }).click();
    await expect.poll(() => problems.innerText()).toContain('列の対応には「年月日」と「借入」または「返済」が必要です');
    await mapping.getByLabel('「取引日」の列').selectOption({ label: '年月日' });
    await mapping.getByLabel('「ご利用額」の列').selectOption({ label: '借入' });
    await mapping.getByRole('button', { name: 'この対応で読み直す' }).click();
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    await expect.poll(() => preview.innerText()).toContain('40件の取引を読み取りました(誤りなし)');
    expect(await preview.getByLabel('「ご利用額」の列').inputValue()).toBe('borrow');
    await screenshot(page, 'import-mapping-clean-390');
    expect((await wakai.api('GET', `/contracts/${contract.id}/transactions`)).transactions).toEqual([]);

    await preview.getByRole('button', { name: /この内容で取り込む/ }).click();
    await expect.poll(async () => (await wakai.api('GET', `/contracts/${contract.id}/transactions`)).transactions.length).toBe(40);
    await screenshot(page, 'import-mapping-saved-390');
    const ledger = await wakai.api('GET', `/contracts/${contract.id}/recalc?asOf=2024-03-31&working=none&variants=none`);
    const source = recalculate(expectedTransactions('bank', rows), { asOf: '2024-03-31' }).summary;
    expect(ledger.summary).toMatchObject({ balance: source.balance, overpayment: source.overpayment, claim: source.claim });
  }, 300_000);
});
