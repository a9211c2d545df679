// The keyboard grid's reading rules: quick entry, and what it refuses before anything is sent.
import { describe, expect, it } from 'vitest';
import { quickEntry, readGrid } from '../src/components/grid-rows.js';

describe('quick entry in the date cell', () => {
  it.each([
    ['H13.1.15 50000', { date: 'H13.1.15', borrow: '50000' }],
    ['H13.1.15 -10000', { date: 'H13.1.15', repay: '10000' }],
    ['2001/1/15 0 10000', { date: '2001/1/15', borrow: '', repay: '10000' }],
    ['2001/1/15 5000 10000', { date: '2001/1/15', borrow: '5000', repay: '10000' }],
    // Issue 18 #11: a full-width minus and digits, as a Japanese IME types them, are a repayment too.
    ['H13.1.15 －５００００', { date: 'H13.1.15', repay: '50000' }],
    ['Ｈ１３．１．１５　５００００', { date: 'H13.1.15', borrow: '50000' }],
  ])('%s', (text, expected) => {
    expect(quickEntry(text)).toEqual(expected);
  });

  it('leaves a date alone', () => {
    expect(quickEntry('H13.1.15')).toBeUndefined();
  });
});

describe('reading the grid', () => {
  it('reads 和暦 and amounts with commas, skipping blank rows', () => {
    const read = readGrid([
      { date: 'H13.1.15', borrow: '50,000', repay: '', note: '初回' },
      { date: '', borrow: '', repay: '', note: '' },
      { date: '2001/2/15', borrow: '', repay: '１０，０００', note: '' },
    ]);
    expect(read).toEqual({
      problems: [],
      transactions: [
        { date: '2001-01-15', borrow: 50_000, repay: 0, rate: null, note: '初回', estimated: false },
        { date: '2001-02-15', borrow: 0, repay: 10_000, rate: null, note: '', estimated: false },
      ],
    });
  });

  it('gives the reason a date cannot be, as the importer does', () => {
    expect(readGrid([{ date: 'H31.5.1', borrow: '1', repay: '', note: '' }]).problems[0]?.message).toBe(
      '1行目 年月日: 平成31年5月1日は存在しません(平成は平成元年1月8日から平成31年4月30日まで)',
    );
  });

  it('names the row and column of each problem', () => {
    const read = readGrid([
      { date: 'H13.2.30', borrow: '1', repay: '', note: '' },
      { date: '2001-03-01', borrow: 'x', repay: '', note: '' },
      { date: '2001-04-01', borrow: '', repay: '', note: 'メモだけ' },
      { date: '2001-01-01', borrow: '5', repay: '', note: '' },
    ]);
    expect(read.problems.map((p) => p.message)).toEqual([
      '1行目 年月日: 存在しない日付です: 「H13.2.30」',
      '2行目 借入: 金額として読めません',
      '3行目: 借入か返済のどちらかを入力してください',
      '4行目 年月日: 取引日が前の行(2001-04-01)より前です',
    ]);
  });
});
