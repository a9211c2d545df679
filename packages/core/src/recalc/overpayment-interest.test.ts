// Hand-built vectors: every expected figure below was worked out by hand from the rule cited
// (docs/law/recalculation.md), not copied from the engine.
import { describe, expect, it } from 'vitest';
import { RecalcInputError, recalculate } from './recalc.js';
import { borrow, repay } from './transactions.fixture.js';

describe('過払利息 5% → 3% (民法404条, 2020-04-01)', () => {
  // 100,000 overpaid on 2020-01-01, claimed to 2020-12-31 (a leap year):
  // by accrual date: 100,000 × (5% × 90 + 3% × 275) / 366 = 3,483.6; 5% throughout: 100,000 × 5% × 365/366 = 4,986.3.
  const before = [borrow('2020-01-01', 100_000), repay('2020-01-01', 200_000)];
  // per-increment (the default): the part arose before 2020-04-01 and keeps 5% (附則15条1項): 4,986.
  it.each([
    ['per-increment', 4_986],
    ['by-accrual-date', 3_483],
    ['by-overpayment-start', 4_986],
    ['fixed-5', 4_986],
  ] as const)('an overpayment from before 2020-04-01 under %s earns %i', (overpaymentRate, expected) => {
    expect(recalculate(before, { overpaymentRate, asOf: '2020-12-31' }).summary.overpaymentInterest).toBe(expected);
  });

  // 100,000 overpaid on 2020-05-01, claimed to 2021-04-30: 244/366 + 120/365 of a year.
  // 3%: 2,986.3; 5% (fixed-5, 最判H19.2.13 applied throughout): 4,977.2.
  const after = [borrow('2020-05-01', 100_000), repay('2020-05-01', 200_000)];
  it.each([
    ['per-increment', 2_986],
    ['by-accrual-date', 2_986],
    ['by-overpayment-start', 2_986],
    ['fixed-5', 4_977],
  ] as const)('an overpayment arising after 2020-04-01 under %s earns %i', (overpaymentRate, expected) => {
    expect(recalculate(after, { overpaymentRate, asOf: '2021-04-30' }).summary.overpaymentInterest).toBe(expected);
  });

  it('refuses to accrue past the last published legal rate (by accrual date)', () => {
    expect(() => recalculate(before, { overpaymentRate: 'by-accrual-date', asOf: '2029-04-01' })).toThrow(RecalcInputError);
  });

  // per-increment: a part keeps the rate of the day it arose (民法404条1項), so a part from 2020 needs
  // no rate published later; a part arising past the table does.
  it('per increment, accrues an old part past the table, and refuses a part arising past it', () => {
    expect(recalculate(before, { asOf: '2029-04-01' }).summary.overpaymentInterest).toBeGreaterThan(0);
    const late = [borrow('2029-03-01', 100_000), repay('2029-04-02', 200_000)];
    expect(() => recalculate(late)).toThrow(RecalcInputError);
  });
});
