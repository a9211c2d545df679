// Text PDFs as creditors send them (three layouts, several pages each): every row must come back
// exactly, so the recalculation from the PDF is the recalculation from the source rows.
import { recalculate } from '@wakai/core/engine';
import { describe, expect, it } from 'vitest';
import { expectedTransactions, historyPdf, type LayoutName, sourceRows } from './creditor-histories.fixture.js';
import { readHistoryPdf } from './history-pdf.js';
import { openPdf } from './pdf-text.js';

const withoutLines = <T extends { line?: number }>(rows: readonly T[]) => rows.map(({ line: _, ...row }) => row);

describe('readHistoryPdf', () => {
  it.each([
    ['consumer', 60],
    ['bank', 180],
    ['nagoya', 300],
  ] as [LayoutName, number][])('reads every row of a %s history of %i rows exactly', async (layout, count) => {
    const rows = sourceRows(layout, count);
    const pdf = await historyPdf(layout, rows);
    const pages = (await openPdf(pdf)).numPages;
    expect(pages).toBeGreaterThan(1);
    const pagesSeen: number[] = [];
    const read = await readHistoryPdf(pdf, { onPage: (page, total) => pagesSeen.push(page, total) });
    expect(pagesSeen.slice(-2)).toEqual([pages, pages]);
    if (!read.ok) expect(read.problems).toEqual([]);
    if (!read.ok) return;
    const expected = expectedTransactions(layout, rows);
    expect(withoutLines(read.transactions)).toEqual(expected);
    // The figures a user checks: the recalculation at the 利息制限法 cap, to the yen.
    const fromPdf = recalculate(read.transactions, { asOf: '2024-03-31' });
    const fromSource = recalculate(expected, { asOf: '2024-03-31' });
    expect(fromPdf.summary).toEqual(fromSource.summary);
    expect(fromPdf.summary.totalRepaid).toBeGreaterThan(0);
    expect(withoutLines(fromPdf.rows as { line?: number }[])).toEqual(withoutLines(fromSource.rows as { line?: number }[]));
  });

  it('says that a PDF without text is a scan, and that other bytes are not a PDF', async () => {
    const notPdf = await readHistoryPdf(new TextEncoder().encode('%PDF-1.4 broken'));
    expect(notPdf).toMatchObject({ ok: false, problems: [{ code: 'import.pdf' }] });
  });
});
