// The marks on what OCR read: each kind of doubt marks the cells a person must check.
import { describe, expect, it } from 'vitest';
import type { LaidTable } from './history-layout.js';
import { markedRows, reviewCsv, reviewScan, scannedBalance, scannedYen } from './scan-review.js';

type Table = Extract<LaidTable, { ok: true }>;

function table(rows: string[][], confidence = 95): Table {
  return {
    ok: true,
    header: ['年月日', '借入', '返済', '利率', '利息', '残高', '備考'],
    fields: ['date', 'borrow', 'repay', 'rate', 'interest', 'balance', 'note'],
    rows: rows.map((cells, i) => ({ page: 1, top: i * 20, bottom: i * 20 + 10, cells: cells.map((text) => ({ text, confidence })) })),
  };
}

const marks = (review: ReturnType<typeof reviewScan>) => review.rows.map((row) => row.cells.map((cell) => cell.marks.join('+')));

describe('reviewScan', () => {
  it('reads OCR amounts: a comma read as a point, 円, a doubled separator, ▲ balances', () => {
    expect(scannedYen('12.345円')).toBe(12_345);
    expect(scannedYen('21,.457')).toBe(21_457);
    expect(scannedYen('1.5')).toBeUndefined();
    expect(scannedYen('A83,000')).toBeUndefined();
    expect(scannedBalance('▲1,000')).toBe(-1_000);
    expect(scannedBalance('△83.000')).toBe(-83_000);
  });

  it('passes rows that follow from each other and marks nothing', () => {
    const review = reviewScan(
      table([
        ['H13.1.15', '50,000', '', '18', '', '50,000', ''],
        ['H13.2.15', '', '10.000', '18', '764', '40,764', 'ATM'],
      ]),
    );
    expect(markedRows(review)).toEqual([]);
    expect(reviewCsv(review)).toBe(
      '年月日,借入,返済,利率,(利息),(残高),備考\n2001-01-15,50000,,18,,50000,\n2001-02-15,,10000,18,764,40764,ATM',
    );
  });

  it('marks both rows around a balance that does not follow, a low confidence, a rate change and a bad date', () => {
    const rows = table([
      ['H13.1.15', '50,000', '', '18', '', '50,000', ''],
      ['H13.2.15', '', '16.000', '18', '764', '40,764', ''],
      ['H13.3.15', '', '10,000', '15', '500', '31,264', ''],
      ['H13.2.30', '', '1,000', '15', '0', '30,264', ''],
    ]);
    (rows.rows[2]?.cells[6] as { confidence?: number }).confidence = 40;
    (rows.rows[2]?.cells[6] as { text: string }).text = '振込';
    const review = reviewScan(rows);
    const figures = ['', 'balance', 'balance', '', 'balance', 'balance', ''];
    expect(marks(review)[0]).toEqual(figures);
    expect(marks(review)[1]).toEqual(figures);
    expect(marks(review)[2]).toEqual(['', '', '', 'rateChange', '', '', 'confidence']);
    expect(marks(review)[3]?.[0]).toBe('unreadable');
  });
});
