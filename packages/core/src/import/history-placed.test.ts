// Words placed on pages → a history: the layout rules (titles, repeated headers, page numbers,
// totals, wrapped notes) and the same all-or-nothing reading as a CSV, naming page and row.
import { describe, expect, it } from 'vitest';
import type { PlacedText } from './history-layout.js';
import { readPlacedHistory } from './history-placed.js';
import { describeProblem } from './history-table.js';

/** A line of words at the given x positions; each word 8 units high and 6 units a character wide. */
function line(page: number, y: number, ...cells: [number, string][]): PlacedText[] {
  return cells.map(([x, text]) => ({ page, x, y, width: text.length * 6, height: 8, text }));
}

const header = (page: number, y: number) =>
  line(page, y, [10, '年月日'], [80, '借入金額'], [150, '返済金額'], [220, '残高'], [280, '備考']);

describe('readPlacedHistory', () => {
  it('leaves out titles, repeated headers, page numbers and totals, and joins wrapped notes', () => {
    const words = [
      ...line(1, 10, [10, '取引履歴 ○○ファイナンス']),
      ...header(1, 30),
      ...line(1, 42, [10, 'H13.1.15'], [90, '50,000'], [230, '50,000'], [280, '初回の融資(店頭']),
      ...line(1, 52, [280, '窓口)']),
      ...line(1, 64, [10, 'H13.2.15'], [160, '10,000'], [230, '40,925']),
      ...line(1, 200, [140, '- 1 / 2 -']),
      ...line(2, 10, [10, '取引履歴 ○○ファイナンス No.2']),
      ...header(2, 30),
      ...line(2, 42, [10, '平成13年3月15日'], [160, '10,000円'], [230, '▲1,000'], [280, 'ATM']),
      ...line(2, 64, [10, '合計'], [90, '50,000'], [160, '20,000']),
      ...line(2, 200, [140, '2頁']),
    ];
    expect(readPlacedHistory(words)).toEqual({
      ok: true,
      transactions: [
        { date: '2001-01-15', borrow: 50_000, repay: 0, note: '初回の融資(店頭窓口)', line: 1 },
        { date: '2001-02-15', borrow: 0, repay: 10_000, line: 2 },
        { date: '2001-03-15', borrow: 0, repay: 10_000, note: 'ATM', line: 3 },
      ],
      headerLine: 0,
      ignoredColumns: ['残高'],
      columns: { header: ['年月日', '借入金額', '返済金額', '残高', '備考'], fields: ['date', 'borrow', 'repay', null, 'note'] },
    });
  });

  it('keeps a line with an amount but no date as a row, and names its page and row', () => {
    const words = [...header(1, 30), ...line(1, 42, [10, 'H13.1.15'], [90, '50,000']), ...header(2, 30), ...line(2, 42, [160, '10,000'])];
    const read = readPlacedHistory(words);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems).toMatchObject([{ page: 2, line: 2, code: 'date.empty' }]);
    expect(describeProblem(read.problems[0] as (typeof read.problems)[0])).toMatch(/^2ページ 表の2行目 A列「年月日」: /);
  });

  it('refuses words without a history header', () => {
    expect(readPlacedHistory(line(1, 10, [10, 'ご案内'], [80, '2024年']))).toEqual({
      ok: false,
      problems: [{ code: 'import.noHeader', params: {} }],
    });
  });
});
