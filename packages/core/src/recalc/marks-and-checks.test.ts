// Hand-built vectors: every expected figure below was worked out by hand from the rule cited
// (docs/law/recalculation.md), not copied from the engine.
import { describe, expect, it } from 'vitest';
import { recalculate } from './recalc.js';
import { borrow, repay } from './transactions.fixture.js';

describe('marks and checks', () => {
  it('marks estimated rows and a history that starts with a repayment (冒頭ゼロ)', () => {
    const result = recalculate([repay('2001-01-10', 10_000), borrow('2001-02-10', 50_000, { estimated: true })]);
    expect(result.rows[1]?.estimated).toBe(true);
    expect(result.summary.estimatedRows).toBe(1);
    expect(result.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['recalc.openingRepayment', 'recalc.estimatedRows']));
    // the opening repayment is all overpayment on a zero balance
    expect(result.rows[0]).toMatchObject({ overpayment: 10_000 });
  });

  it('starts from an opening balance (冒頭残高) with its own tier', () => {
    const result = recalculate([repay('2001-01-31', 10_000)], { openingBalance: 1_000_000 });
    expect(result.warnings).toEqual([]);
    expect(result.rows[0]).toMatchObject({ days: 0, balance: 990_000 });
    const later = recalculate([repay('2001-01-01', 0), repay('2001-01-31', 10_000)].slice(1), {
      openingBalance: 1_000_000,
      asOf: '2001-03-02',
    });
    // 990,000 × 15% × 30/365 = 12,205.
    expect(later.summary.unpaidInterest).toBe(12_205);
  });

  it('accrues to the as-of date in a final row', () => {
    const result = recalculate([borrow('2001-01-01', 100_000)], { asOf: '2001-01-31' });
    expect(result.rows[1]).toMatchObject({ kind: 'as-of', days: 30, interest: 1_479, unpaidInterest: 1_479 });
    expect(result.summary.asOf).toBe('2001-01-31');
  });

  it('refuses an as-of date before the last transaction, dates out of order and bad options', () => {
    expect(() => recalculate([borrow('2001-01-01', 1)], { asOf: '2000-12-31' })).toThrow(/as-of/);
    expect(() => recalculate([borrow('2001-02-01', 1), borrow('2001-01-01', 1)])).toThrow(/before the previous row/);
    expect(() => recalculate([borrow('2001-02-01', 1)], { yearBasis: 'lunar' as 'calendar' })).toThrow(/yearBasis/);
    expect(() => recalculate([borrow('2001-02-01', 1.5)])).toThrow(/whole yen/);
    expect(() => recalculate([borrow('2001-02-30', 1)])).toThrow(/not a date/);
  });

  it('states the options it used', () => {
    expect(recalculate([borrow('2001-01-01', 1)], { netting: 'principal-only' }).options).toEqual({
      rate: 'statutory',
      yearBasis: 'calendar',
      firstDay: 'none',
      rounding: 'down',
      partRounding: 'sum-then-round',
      // The default since issue 17: each part at the rate of the day it arose (docs/law/recalculation.md).
      overpaymentRate: 'per-increment',
      overpaymentOrder: 'oldest-first',
      netting: 'principal-only',
      series: 'continuous',
      gapDays: 365,
      openingBalance: 0,
    });
  });
});
