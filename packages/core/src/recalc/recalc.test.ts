// Hand-built vectors: every expected figure below was worked out by hand from the rule cited
// (docs/law/recalculation.md), not copied from the engine.
import { describe, expect, it } from 'vitest';
import { percent } from '../rate.js';
import { type LedgerRow, recalculate } from './recalc.js';
import { borrow, repay } from './transactions.fixture.js';

const pick = (row: LedgerRow | undefined) =>
  row && {
    days: row.days,
    rate: row.rate,
    interest: row.interest,
    unpaidInterest: row.unpaidInterest,
    balance: row.balance,
    overpayment: row.overpayment,
    overpaymentInterest: row.overpaymentInterest,
  };

describe('accrual', () => {
  // docs/law/recalculation.md "Year length": 478,594 × 18% × 29 days (2000-03-27 → 2000-04-25) = 6,825 on a 366 basis, 6,844 on 365.
  it('divides leap-year days by 366 (各年計算)', () => {
    const history = [borrow('2000-03-27', 478_594), repay('2000-04-25', 50_000)];
    expect(recalculate(history).rows[1]?.interest).toBe(6_825);
    expect(recalculate(history, { yearBasis: 'fixed365' }).rows[1]?.interest).toBe(6_844);
  });

  // docs/law/recalculation.md "Accrual": simple interest on principal only; a short payment leaves 未払利息, never compounded (民法489条).
  it('carries unpaid interest without compounding it', () => {
    const result = recalculate([borrow('2001-01-01', 300_000), repay('2001-01-31', 3_000), repay('2001-03-03', 10_000)]);
    // 300,000 × 18% × 30/365 = 4,438.35 → 4,438; 3,000 paid → 1,438 unpaid, principal untouched.
    expect(pick(result.rows[1])).toMatchObject({ days: 30, interest: 4_438, unpaidInterest: 1_438, balance: 300_000 });
    // 300,000 × 18% × 31/365 = 4,586.30 → 4,586 (on principal only); 10,000 → 6,024 interest, 3,976 principal.
    expect(pick(result.rows[2])).toMatchObject({ days: 31, interest: 4_586, unpaidInterest: 0, balance: 296_024 });
  });

  // docs/law/recalculation.md "Days": 初日算入 adds the borrowing day to the first period.
  it('counts the first day when asked', () => {
    const history = [borrow('2001-01-10', 500_000), repay('2001-02-10', 20_000)];
    // 500,000 × 29.2% × 31/365 = 12,400 exactly (片端); 32 days with 初日算入 = 12,800.
    expect(recalculate(history, { rate: '29.2' }).rows[1]).toMatchObject({ days: 31, interest: 12_400 });
    expect(recalculate(history, { rate: '29.2', firstDay: 'first-loan' }).rows[1]).toMatchObject({
      days: 32,
      interest: 12_800,
      firstDayCounted: true,
    });
  });

  // docs/law/recalculation.md "Year length" option 端数期間暦年: whole years first. 1,000,000 overpaid at 5% from 2011-06-30 to 2012-06-30:
  // whole year = 50,000; 各年計算 = 50,000 × (184/365 + 182/366) = 50,068.6; fixed 365 = 50,000 × 366/365 = 50,136.9.
  it.each([
    ['calendar-years-first', 50_000],
    ['calendar', 50_068],
    ['fixed365', 50_136],
  ] as const)('year basis %s gives %i yen of 過払利息 over a year with 29 February', (yearBasis, expected) => {
    const history = [borrow('2011-06-30', 50_000), repay('2011-06-30', 1_050_000)];
    const result = recalculate(history, { yearBasis, overpaymentRate: 'fixed-5', asOf: '2012-06-30' });
    expect(result.summary.overpaymentInterest).toBe(expected);
  });

  it('rounds by the chosen mode', () => {
    const history = [borrow('2000-03-27', 478_594), repay('2000-04-25', 50_000)];
    // 478,594 × 18% × 29/366 = 6,825.85…
    expect(recalculate(history, { rounding: 'half-up' }).rows[1]?.interest).toBe(6_826);
    expect(recalculate(history, { rounding: 'up' }).rows[1]?.interest).toBe(6_826);
  });

  // docs/law/recalculation.md "Rounding": parts over years of different length are added exactly, then truncated (default),
  // or truncated each (大阪地裁 manual). 100,000 × 18% over 2000-12-17 → 2001-01-15: 15/366 + 15/365.
  it('adds the parts of a period across a year end before rounding, or rounds each', () => {
    const history = [borrow('2000-12-16', 100_000), repay('2001-01-15', 10_000)];
    // 18,000 × 15/366 = 737.70; 18,000 × 15/365 = 739.72; sum 1,477.42 → 1,477; each truncated: 737 + 739 = 1,476.
    expect(recalculate(history).rows[1]?.interest).toBe(1_477);
    expect(recalculate(history, { partRounding: 'round-each' }).rows[1]?.interest).toBe(1_476);
    expect(recalculate(history).rows[1]?.interestParts).toEqual([
      { count: 15, per: 366, rate: 180_000 },
      { count: 15, per: 365, rate: 180_000 },
    ]);
  });
});

describe('statutory tiers (利息制限法1条, 5条; 最判H22.4.20)', () => {
  const history = [
    borrow('2001-01-10', 500_000),
    repay('2001-02-10', 20_000),
    borrow('2001-03-10', 600_000),
    repay('2001-04-10', 200_000),
    repay('2001-05-10', 30_000),
  ];
  const rows = recalculate(history).rows;

  it('sets the first tier by the first loan', () => {
    expect(rows[0]?.tier).toMatchObject({ principal: 500_000, rate: '18', lowered: false });
    // 500,000 × 18% × 31/365 = 7,643.8 → 7,643; principal 500,000 − 12,357.
    expect(pick(rows[1])).toMatchObject({ rate: '18', interest: 7_643, balance: 487_643 });
  });

  it('lowers the tier when a borrowing takes the principal to 1,000,000 or more', () => {
    // 487,643 × 18% × 28/365 = 6,733 stays unpaid; principal 487,643 + 600,000 = 1,087,643 → 15%.
    expect(rows[2]?.tier).toMatchObject({ principal: 1_087_643, rate: '15', lowered: true });
    expect(pick(rows[2])).toMatchObject({ rate: '18', interest: 6_733, unpaidInterest: 6_733 });
    // 1,087,643 × 15% × 31/365 = 13,856; 200,000 − (6,733 + 13,856) = 179,411 off principal.
    expect(pick(rows[3])).toMatchObject({ rate: '15', interest: 13_856, balance: 908_232 });
  });

  it('does not raise the tier again when the principal falls below 1,000,000', () => {
    // 908,232 × 15% (not 18%) × 30/365 = 11,197.
    expect(pick(rows[4])).toMatchObject({ rate: '15', interest: 11_197, balance: 889_429 });
  });

  it('uses a lower contract rate where the history states one', () => {
    const result = recalculate([borrow('2001-01-01', 300_000, { rate: percent('15') }), repay('2001-01-31', 10_000)]);
    // 300,000 × 15% × 30/365 = 3,698.6 → 3,698 (the cap would be 18%).
    expect(result.rows[1]).toMatchObject({ rate: '15', interest: 3_698 });
  });
});

describe('borrowing while overpaid', () => {
  // 最判H25.7.18: the tier is decided by the new loan minus the existing overpayment:
  // overpayment 241,426 and a new loan 1,000,000 → 758,574 → 18%, not 15%.
  const history = [
    borrow('2000-01-01', 50_000),
    repay('2000-01-01', 291_426),
    borrow('2000-01-01', 1_000_000),
    repay('2000-01-31', 20_000),
  ];

  it('nets the overpayment and sets the tier on what remains (最判H25.7.18 figures)', () => {
    const rows = recalculate(history).rows;
    expect(rows[1]).toMatchObject({ overpayment: 241_426, balance: 0 });
    expect(rows[2]).toMatchObject({ nettedOverpayment: 241_426, balance: 758_574, overpayment: 0 });
    expect(rows[2]?.tier).toMatchObject({ principal: 758_574, rate: '18', lowered: true });
    // 758,574 × 18% × 30/366 = 11,192.
    expect(rows[3]).toMatchObject({ rate: '18', interest: 11_192 });
  });

  it('without netting the new loan alone decides the tier (15%) and the overpayment stays apart', () => {
    const rows = recalculate(history, { netting: 'none' }).rows;
    expect(rows[2]).toMatchObject({ balance: 1_000_000, overpayment: 241_426 });
    expect(rows[2]?.tier).toMatchObject({ rate: '15' });
  });

  // 最判H25.4.11: a new loan is set against 過払利息 first, then 過払元金 (interest-first, the default);
  // principal-only keeps 過払利息 aside (棚上げ). 200,000 overpaid at 5% for 364 days of 2001 = 9,972.
  const netting = [borrow('2001-01-01', 100_000), repay('2001-01-01', 300_000), borrow('2001-12-31', 500_000)];

  it('interest-first: 500,000 − 9,972 − 200,000 = 290,028 new principal', () => {
    const result = recalculate(netting, { asOf: '2002-01-31' });
    expect(result.rows[2]).toMatchObject({
      overpaymentInterestAccrued: 9_972,
      nettedInterest: 9_972,
      nettedOverpayment: 200_000,
      balance: 290_028,
    });
    // 290,028 × 18% × 31/365 = 4,433.
    expect(result.summary).toMatchObject({ unpaidInterest: 4_433, overpayment: 0, overpaymentInterest: 0, claim: 0 });
  });

  it('principal-only: 500,000 − 200,000 = 300,000 and the 9,972 stays claimable', () => {
    const result = recalculate(netting, { netting: 'principal-only', asOf: '2002-01-31' });
    expect(result.rows[2]).toMatchObject({ nettedInterest: 0, nettedOverpayment: 200_000, balance: 300_000 });
    expect(result.summary).toMatchObject({ unpaidInterest: 4_586, overpayment: 0, overpaymentInterest: 9_972, claim: 9_972 });
  });

  it('applies rows of one date in input order', () => {
    const start = [borrow('2001-01-01', 50_000), repay('2001-01-01', 55_000)];
    // Borrow first: 106,000 − 5,000 = 101,000 → 18%. Repay first: 106,000 − 15,000 = 91,000 → 20%.
    const borrowFirst = recalculate([...start, borrow('2001-02-01', 106_000), repay('2001-02-01', 10_000), repay('2001-03-01', 1)]);
    const repayFirst = recalculate([...start, repay('2001-02-01', 10_000), borrow('2001-02-01', 106_000), repay('2001-03-01', 1)]);
    expect(borrowFirst.rows[2]?.tier?.rate).toBe('18');
    expect(repayFirst.rows[3]?.tier?.rate).toBe('20');
    expect(borrowFirst.rows[4]?.rate).toBe('18');
    expect(repayFirst.rows[4]?.rate).toBe('20');
  });
});
