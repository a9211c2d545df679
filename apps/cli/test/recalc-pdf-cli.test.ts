// `wakai recalc FILE.pdf`: a creditor's text PDF is read like a CSV; the figures equal those of the
// rows it was made from, and a PDF with a wrong row is refused naming its page and row.
import { join } from 'node:path';
import { recalculate } from '@wakai/core/engine';
import { describe, expect, it } from 'vitest';
import { expectedTransactions, historyPdf, sourceRows } from '../../../packages/documents/src/history-pdf/creditor-histories.fixture.js';
import { folderWith, wakai } from './run-wakai.js';

describe('wakai recalc FILE.pdf', () => {
  it('recalculates a consumer-finance history PDF (和暦, 利率) as its source rows give it', async () => {
    const rows = sourceRows('consumer', 90);
    const dir = folderWith({ 'history.pdf': await historyPdf('consumer', rows) });
    const run = wakai(['recalc', join(dir, 'history.pdf'), '--format', 'json', '--as-of', '2024-03-31']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const expected = recalculate(expectedTransactions('consumer', rows), { asOf: '2024-03-31' });
    expect(JSON.parse(run.stdout).summary).toMatchObject({
      balance: expected.summary.balance,
      overpayment: expected.summary.overpayment,
      claim: expected.summary.claim,
      totalRepaid: expected.summary.totalRepaid,
    });
  });

  it('refuses a PDF with a row it cannot read, naming the page and the row, and computes nothing', async () => {
    const rows = sourceRows('bank', 80);
    rows[60] = { ...(rows[60] as (typeof rows)[0]), date: '' };
    const dir = folderWith({ 'bad.pdf': await historyPdf('bank', rows) });
    const run = wakai(['recalc', join(dir, 'bad.pdf')]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('1件の誤り');
    expect(run.stderr).toMatch(/\dページ 表の61行目 A列「取引日」: 日付/);
  });
});
