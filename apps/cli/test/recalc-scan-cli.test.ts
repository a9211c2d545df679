// `wakai recalc SCAN`: a scanned PDF (two pages, turned, noisy JPEGs) is read by OCR, page by page;
// while any cell is marked for checking nothing is computed and the cells are listed, unless the
// user says they have checked them (--accept-marked).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scannedPages, scannedPdf } from '../../../packages/documents/src/history-ocr/scans.fixture.js';
import { historyPdf, sourceRows } from '../../../packages/documents/src/history-pdf/creditor-histories.fixture.js';
import { folderWith, wakai } from './run-wakai.js';

describe('wakai recalc on a scan', () => {
  it('refuses a scan with marked cells, listing them, and reads it with --accept-marked', async () => {
    const rows = sourceRows('bank', 60);
    const pages = await scannedPages(await historyPdf('bank', rows), { dpi: 200, degrees: 1.2, seed: 5 });
    expect(pages).toHaveLength(2);
    const dir = folderWith({ 'scan.pdf': await scannedPdf(pages), 'page1.jpg': pages[0] as Buffer });

    const refused = wakai(['recalc', join(dir, 'scan.pdf')]);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('OCR: 1/2ページ');
    expect(refused.stderr).toContain('OCR: 2/2ページ');
    expect(refused.stderr).toMatch(/読み取った60行のうち\d+行に確認が必要です/);
    expect(refused.stderr).toMatch(/\dページ 表の\d+行目 「[^」]+」\S*: /);

    // Accepted: the marks no longer stop it; a cell that still does not read is named by the importer.
    const accepted = wakai(['recalc', join(dir, 'page1.jpg'), '--accept-marked', '--format', 'json']);
    expect(accepted.stderr).toContain('OCR: 1/1ページ');
    expect(accepted.stderr).not.toContain('確認が必要');
    if (accepted.status === 0) expect(JSON.parse(accepted.stdout).rows[0]).toMatchObject({ date: rows[0]?.date, borrow: 500_000 });
    else expect(accepted.stderr).toMatch(/\d+行目 [A-Z]列「[^」]+」: /);
  }, 600_000);
});
