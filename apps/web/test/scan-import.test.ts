// A photo of a creditor's history on a phone (390 px): read by OCR with progress, every doubtful
// cell marked beside the image of its line, the columns' mapping shown and changeable, corrected against the paper, then previewed and
// imported like a file; the saved history recalculates as the paper's rows.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recalculate } from '@wakai/core/engine';
import { describe, expect, it } from 'vitest';
import { scannedPages } from '../../../packages/documents/src/history-ocr/scans.fixture.js';
import {
  expectedTransactions,
  historyPdf,
  type SourceRow,
  sourceRows,
} from '../../../packages/documents/src/history-pdf/creditor-histories.fixture.js';
import { artifacts, screenshot, wakaiAndBrowser } from './browser.js';

/** What the paper says in each column of the consumer layout, as the review's cells hold it. */
const paper: Record<string, (row: SourceRow) => string> = {
  年月日: (row) => row.date,
  借入金額: (row) => (row.borrow ? String(row.borrow) : ''),
  返済金額: (row) => (row.repay ? String(row.repay) : ''),
  利率: (row) => String((row.rate as number) / 10_000),
  利息: (row) => (row.interest ? String(row.interest) : ''),
  残元金: (row) => String(row.balance),
  備考: (row) => row.note ?? '',
};

describe('a scanned history in the browser', () => {
  const wakai = wakaiAndBrowser();

  it('reads a phone photo, marks the doubtful cells with their line, and imports the corrected rows', async () => {
    const created = await wakai.api('POST', '/cases', { title: '', debtor: { name: '写真 一郎' } });
    const creditor = await wakai.api('POST', `/cases/${created.id}/creditors`, { name: 'サンプルクレジット(架空)', kind: 'card' });
    const contract = await wakai.api('POST', `/creditors/${creditor.id}/contracts`, { label: '基本契約' });
    const rows = sourceRows('consumer', 30);
    const [photo] = await scannedPages(await historyPdf('consumer', rows), { dpi: 200, degrees: 1.5, seed: 11 }, 1);
    mkdirSync(artifacts, { recursive: true });
    const file = join(artifacts, 'history-photo.jpg');
    writeFileSync(file, photo as Buffer);

    const page = await wakai.browser().newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${wakai.server().url}/cases/${created.id}/contracts/${contract.id}`);
    await page.getByLabel('取引履歴ファイル', { exact: true }).setInputFiles(file);
    await page.getByTestId('scan-progress').waitFor();
    await screenshot(page, 'scan-progress-390');
    const review = page.getByTestId('scan-review');
    await review.waitFor({ timeout: 300_000 });
    await expect.poll(() => review.getByRole('img').count()).toBeGreaterThan(0);
    await screenshot(page, 'scan-review-390');
    // The creditor's columns as they were taken, each changeable: the first is the date.
    expect(await review.getByRole('combobox').first().inputValue()).toBe('date');
    expect(await review.getByRole('combobox').count()).toBe(7);

    // The person checks each marked cell against its line's image and writes what the paper says.
    const inputs = review.getByRole('textbox');
    for (let i = 0; i < (await inputs.count()); i++) {
      const label = (await inputs.nth(i).getAttribute('aria-label')) ?? '';
      const [, line, header] = /^(\d+)行目 (.*)$/.exec(label) ?? [];
      const read = paper[header ?? ''];
      if (read) await inputs.nth(i).fill(read(rows[Number(line) - 1] as SourceRow));
    }
    await review.getByRole('button', { name: /照合しました/ }).click();
    const preview = page.getByTestId('import-preview');
    await preview.waitFor();
    await expect.poll(() => preview.innerText()).toContain('30件の取引を読み取りました(誤りなし)');
    await screenshot(page, 'scan-preview-390');
    await preview.getByRole('button', { name: /この内容で取り込む/ }).click();
    await expect.poll(async () => (await wakai.api('GET', `/contracts/${contract.id}/transactions`)).transactions.length).toBe(30);

    const ledger = await wakai.api('GET', `/contracts/${contract.id}/recalc?asOf=2024-03-31&working=none&variants=none`);
    const source = recalculate(expectedTransactions('consumer', rows), { asOf: '2024-03-31' }).summary;
    expect(ledger.summary).toMatchObject({ balance: source.balance, overpayment: source.overpayment, claim: source.claim });
  }, 600_000);
});
