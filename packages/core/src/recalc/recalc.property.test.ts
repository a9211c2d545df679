// Invariants that hold for every history (fast-check generates them).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../civil-date.js';
import { optionChoices, type RecalcOptions } from './options.js';
import { recalculate, type Transaction } from './recalc.js';

const step = fc.record({
  gap: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 0, max: 62 }) }, { weight: 1, arbitrary: fc.integer({ min: 300, max: 900 }) }),
  borrow: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 2_000_000 }) }),
  repay: fc.oneof({ weight: 1, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 400_000 }) }),
});

/** A dated history starting on `start`; each row has a borrowing or a repayment. */
const historyFrom = (start: string, maxGap?: number) =>
  fc.array(step, { minLength: 1, maxLength: 60 }).map((steps) => {
    let date = start;
    return steps.map((s, index): Transaction => {
      date = addDays(date, index === 0 ? 0 : Math.min(s.gap, maxGap ?? s.gap));
      return { date, borrow: index === 0 ? Math.max(s.borrow, 1) : s.borrow, repay: s.borrow === 0 && s.repay === 0 ? 1 : s.repay };
    });
  });

const options = fc.record({
  rate: fc.constantFrom('statutory', '29.2', '18'),
  yearBasis: fc.constantFrom(...optionChoices.yearBasis),
  firstDay: fc.constantFrom(...optionChoices.firstDay),
  rounding: fc.constantFrom(...optionChoices.rounding),
  partRounding: fc.constantFrom(...optionChoices.partRounding),
  overpaymentRate: fc.constantFrom(...optionChoices.overpaymentRate),
  netting: fc.constantFrom(...optionChoices.netting),
}) as fc.Arbitrary<Partial<RecalcOptions>>;

const history = historyFrom('1998-06-01');

describe('recalculation invariants', () => {
  it('conserves money: borrowed − netted 過払利息 + interest − repaid = balance + unpaid − overpayment', () => {
    fc.assert(
      fc.property(history, options, (h, o) => {
        const { rows, summary } = recalculate(h, o);
        const netted = rows.reduce((total, r) => total + r.nettedInterest, 0);
        expect(summary.totalBorrowed - netted + summary.totalInterest - summary.totalRepaid).toBe(
          summary.balance + summary.unpaidInterest - summary.overpayment,
        );
        const accrued = rows.reduce((total, r) => total + r.overpaymentInterestAccrued, 0);
        expect(summary.overpaymentInterest).toBe(accrued - netted);
      }),
    );
  });

  it('never shows a negative figure, and never owes and is owed at once when netting', () => {
    fc.assert(
      fc.property(history, options, (h, o) => {
        for (const row of recalculate(h, o).rows) {
          for (const value of [row.days, row.interest, row.unpaidInterest, row.balance, row.overpayment, row.overpaymentInterest]) {
            expect(value).toBeGreaterThanOrEqual(0);
          }
          if (o.netting !== 'none' && row.overpayment > 0) expect(row.balance + row.unpaidInterest).toBe(0);
        }
      }),
    );
  });

  it('never raises the statutory tier within a series (最判H22.4.20)', () => {
    fc.assert(
      fc.property(history, (h) => {
        let last = { series: 0, rate: Number.POSITIVE_INFINITY };
        for (const row of recalculate(h, { series: 'split' }).rows) {
          if (!row.tier) continue;
          const rate = Number(row.tier.rate);
          if (row.series === last.series) expect(rate).toBeLessThanOrEqual(last.rate);
          last = { series: row.series, rate };
        }
      }),
    );
  });

  it('gives the same result for one repayment or the same amount in two rows of one day', () => {
    fc.assert(
      fc.property(history, options, fc.nat(), fc.integer({ min: 1, max: 99 }), (h, o, at, share) => {
        const index = at % h.length;
        const t = h[index] as Transaction;
        fc.pre(t.borrow === 0 && t.repay > 1);
        const part = Math.max(1, Math.floor((t.repay * share) / 100));
        fc.pre(part < t.repay);
        const split = [...h.slice(0, index), { ...t, repay: part }, { ...t, repay: t.repay - part }, ...h.slice(index + 1)];
        expect(recalculate(split, o).summary).toEqual(recalculate(h, o).summary);
      }),
    );
  });

  it('ignores the overpayment options where nothing is ever overpaid', () => {
    fc.assert(
      fc.property(history, (h) => {
        const base = recalculate(h);
        fc.pre(base.rows.every((r) => r.overpayment === 0));
        for (const netting of optionChoices.netting) {
          for (const overpaymentRate of optionChoices.overpaymentRate) {
            expect(recalculate(h, { netting, overpaymentRate }).summary).toEqual(base.summary);
          }
        }
      }),
    );
  });

  it('ignores the year basis and part rounding where no day falls in a leap year', () => {
    // 2001–2003 have no 29 February; gaps are kept short so the history stays inside them.
    fc.assert(
      fc.property(historyFrom('2001-01-01', 15), (h) => {
        const asOf = '2003-12-31';
        fc.pre((h[h.length - 1] as Transaction).date <= asOf);
        const base = recalculate(h, { asOf, yearBasis: 'calendar' }).summary;
        expect(recalculate(h, { asOf, yearBasis: 'fixed365' }).summary).toEqual(base);
        expect(recalculate(h, { asOf, yearBasis: 'fixed365', partRounding: 'round-each' }).summary).toEqual(base);
      }),
    );
  });

  it('splits nothing where no gap is flagged, and does not care about the order options are given in', () => {
    fc.assert(
      fc.property(history, options, (h, o) => {
        const result = recalculate(h, o);
        const reversed = Object.fromEntries(Object.entries(o).reverse()) as Partial<RecalcOptions>;
        expect(recalculate(h, reversed)).toEqual(result);
        if (result.gaps.length === 0) expect(recalculate(h, { ...o, series: 'split' }).summary).toEqual(result.summary);
      }),
    );
  });
});
