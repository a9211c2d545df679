// Hand-built vectors: every expected figure below was worked out by hand from the rule cited
// (docs/law/recalculation.md), not copied from the engine.
import { describe, expect, it } from 'vitest';
import { recalculate } from './recalc.js';
import { borrow, repay } from './transactions.fixture.js';

describe('one series or two (最判H19.6.7, H20.1.18)', () => {
  // Series 1: 1,200,000 at 15%; 2000-02-10 repay 1,250,000: interest 1,200,000 × 15% × 31/366 = 15,245,
  // overpayment 34,755. 750 days later, a new loan of 300,000.
  const history = [
    borrow('2000-01-10', 1_200_000),
    repay('2000-02-10', 1_250_000),
    borrow('2002-03-01', 300_000, { note: '再契約' }),
    repay('2002-04-01', 50_000),
  ];

  it('flags the gap and, continuous, nets the first overpayment into the new loan', () => {
    const result = recalculate(history);
    expect(result.gaps).toEqual([{ from: '2000-02-10', to: '2002-03-01', days: 750 }]);
    expect(result.warnings.map((w) => w.code)).toContain('recalc.gap');
    // 34,755 × 5% × (325/366 + 1 + 60/365) = 3,566; 300,000 − 3,566 − 34,755 = 261,679 at 15% (never raised).
    expect(result.rows[2]).toMatchObject({ nettedInterest: 3_566, nettedOverpayment: 34_755, balance: 261_679, series: 1 });
    // 261,679 × 15% × 31/365 = 3,333; 50,000 − 3,333 = 46,667 off principal.
    expect(result.summary).toMatchObject({ balance: 215_012, claim: 0 });
  });

  it('split: the first claim runs on to the as-of date and the second series starts its own tier', () => {
    const result = recalculate(history, { series: 'split' });
    // Series 1: 34,755 × 5% × (325/366 + 1 + 91/365) = 3,714 → claim 38,469, time-barred 10 years after 2000-02-10.
    expect(result.series[0]).toMatchObject({
      overpayment: 34_755,
      overpaymentInterest: 3_714,
      claim: 38_469,
      limitationDate: '2010-02-10',
    });
    // Series 2: 300,000 at 18% (its own amount): 300,000 × 18% × 31/365 = 4,586.
    expect(result.rows[3]).toMatchObject({ series: 2, rate: '18', interest: 4_586, balance: 254_586 });
    expect(result.summary).toMatchObject({ balance: 254_586, claim: 38_469 });
    // The new series carries no days over the gap.
    expect(result.rows[2]).toMatchObject({ series: 2, days: 0 });
  });

  it('warns when a split series has passed its 10-year limitation date (最判H21.1.22)', () => {
    const codes = (asOf: string) => recalculate(history, { series: 'split', asOf }).warnings.map((w) => w.code);
    expect(codes('2009-03-01')).toContain('recalc.limitation');
    expect(codes('2010-02-10')).toContain('recalc.limitationPassed');
    expect(codes('2005-01-01')).not.toEqual(expect.arrayContaining(['recalc.limitation']));
  });

  it('shows both treatments and their difference', () => {
    const result = recalculate(history);
    expect(result.comparison).toEqual({
      continuous: expect.objectContaining({ claim: 0, balance: 215_012 }),
      split: expect.objectContaining({ claim: 38_469, balance: 254_586 }),
      claimDifference: 38_469,
    });
  });

  it('does not flag a long gap while money is still owed', () => {
    const result = recalculate([borrow('2001-01-01', 100_000), borrow('2003-01-01', 100_000)]);
    expect(result.gaps).toEqual([]);
    expect(result.comparison).toBeUndefined();
  });
});
