// One rule, one sentence: the importer and the case file's schema word a faulty row the same way
// (the web grid's use is checked in apps/web/test/grid.test.ts).
import { describe, expect, it } from 'vitest';
import { futureDatedRows, transactionsSchema } from '../case/case-schema.js';
import { fieldProblems } from '../case/fields.js';
import { readHistoryCsv } from '../import/history-file.js';
import { describeProblem } from '../import/history-table.js';
import { transactionProblems } from './transaction-rules.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('transaction rules', () => {
  it('finds a row without amounts, a row out of date order and a row after today', () => {
    const rows = [
      { date: '2001-02-01', borrow: 1000, repay: 0 },
      { date: '2001-01-01', borrow: 0, repay: 10 },
      { date: '2001-03-01', borrow: 0, repay: 0 },
      { date: '2030-01-01', borrow: 0, repay: 10 },
    ];
    expect(transactionProblems(rows, '2026-11-23').map((p) => [p.index, p.field, p.code])).toEqual([
      [1, 'date', 'import.dateOrder'],
      [2, 'borrow', 'import.noAmount'],
      [3, 'date', 'import.futureDate'],
    ]);
  });

  it('gives the importer and the schema the same sentence for the same fault', () => {
    const imported = readHistoryCsv(utf8('日付,借入,返済\n2001-02-01,1000,\n2001-01-01,,10\n2001-03-01,,\n2001-04-01,,10\n'));
    expect(imported.ok).toBe(false);
    if (imported.ok) return;
    const sentences = imported.problems.map((p) => describeProblem(p, 'ja'));
    expect(sentences).toEqual(['3行目 A列「日付」: 取引日が前の行(2001-02-01)より前です', '4行目: 借入か返済のどちらかを入力してください']);

    const parsed = transactionsSchema.safeParse([
      { date: '2001-02-01', borrow: 1000 },
      { date: '2001-01-01', repay: 10 },
      { date: '2001-03-01' },
    ]);
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fieldProblems(parsed.error).map((p) => p.message)).toEqual([
      '取引日が前の行(2001-02-01)より前です',
      '借入か返済のどちらかを入力してください',
    ]);
    expect(futureDatedRows([{ date: '2030-01-01' }], '2026-11-23')[0]?.message).toBe('取引日(2030-01-01)が今日(2026-11-23)より後です');
  });
});
