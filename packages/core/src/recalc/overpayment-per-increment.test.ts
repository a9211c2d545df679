// The default 過払利息 rule `per-increment` (docs/law/recalculation.md "Overpayment"): each excess
// payment is its own claim earning interest from its receipt (最判H21.9.4) at the legal rate of the
// day its interest first arose, for good (民法404条1項); a part that arose before 2020-04-01 keeps 5%
// (改正民法附則15条1項), also for days after it. Figures worked by hand from those rules.
import { describe, expect, it } from 'vitest';
import { addMonths } from '../plan/payment-schedules.js';
import { explainRow } from './explain.js';
import { defaultRecalcOptions } from './options.js';
import { recalculate } from './recalc.js';
import { borrow, repay } from './transactions.fixture.js';

describe('過払利息 per increment (the default)', () => {
  it('is the default, and every ledger names it', () => {
    expect(defaultRecalcOptions).toMatchObject({ overpaymentRate: 'per-increment', overpaymentOrder: 'oldest-first' });
  });

  // 100,000 overpaid on 2018-01-01 (5%), 50,000 more on 2020-06-01 (3%), claimed to 2020-12-31.
  // To 2020-06-01: 100,000 × 5% × (364/365 + 365/365 + 153/366) = 12,076.47 → 12,076.
  // Then 213 days: (100,000 × 5% + 50,000 × 3%) × 213/366 = 3,782.79 → 3,782. Total 15,858.
  // By accrual date the 2018 part drops to 3% from 2020-04-01:
  // 5,000 × (364/365 + 1 + 91/366) + 3,000 × 62/366 = 11,737.67 → 11,737; 150,000 × 3% × 213/366 = 2,618.85 → 2,618.
  const history = [borrow('2018-01-01', 100_000), repay('2018-01-01', 200_000), repay('2020-06-01', 50_000)];

  it('keeps 5% on the part overpaid in 2018 after 2020-04-01, and 3% on the part from 2020', () => {
    const result = recalculate(history, { asOf: '2020-12-31' });
    expect(result.summary).toMatchObject({ overpayment: 150_000, overpaymentInterest: 15_858, claim: 165_858 });
    expect(recalculate(history, { asOf: '2020-12-31', overpaymentRate: 'by-accrual-date' }).summary.overpaymentInterest).toBe(14_355);
    const last = result.rows.at(-1);
    expect(last && explainRow(last)).toContain(
      '過払利息: 100,000円 × 5% × 213/366 + 50,000円 × 3% × 213/366 = 3,782円(民法704条、最判H21.9.4。増加分ごとに発生時の法定利率)',
    );
  });

  // A card loan of 500,000 (2004) repaid 12,000 a month on the 27th to 2021-03: overpaid from 2008,
  // 1,501,610 overpaid by the row of 2020-03-27. The rules differ only in that part's rate after
  // 2020-04-01: 2% × (275/366 + 5 + 334/365) on it to 2026-11-30 = 1,501,610 × 0.02 × 6.666434 =
  // 200,209.9 — about 200,000 more under per-increment (each row's rounding moves it by a yen at most).
  it('on a realistic history, gives about 200,000 more than by accrual date', () => {
    const rows = [borrow('2004-04-27', 500_000)];
    for (let month = '2004-05'; month <= '2021-03'; month = addMonths(month, 1)) rows.push(repay(`${month}-27`, 12_000));
    const before = recalculate(
      rows.filter((r) => r.date < '2020-04-01'),
      {},
    ).summary;
    expect(before.overpayment).toBe(1_501_610);
    const perIncrement = recalculate(rows, { asOf: '2026-11-30' }).summary;
    const byAccrual = recalculate(rows, { asOf: '2026-11-30', overpaymentRate: 'by-accrual-date' }).summary;
    expect(perIncrement.overpayment).toBe(byAccrual.overpayment);
    const hand = (1_501_610 * 2 * (275 / 366 + 5 + 334 / 365)) / 100;
    expect(Math.abs(perIncrement.claim - byAccrual.claim - hand)).toBeLessThanOrEqual(13);
    expect(perIncrement.claim - byAccrual.claim).toBe(200_209);
  });

  // Part A 100,000 from 2019-01-01 (5%), part B 100,000 from 2020-05-01 (3%). To 2020-07-01:
  // 100,000 × 5% × (364/365 + 122/366) = 6,652.97 → 6,652, then (5,000 + 3,000) × 61/366 = 1,333.33 →
  // 1,333: 過払利息 7,985. Borrowing 150,000 uses it up first, then 142,015 of the parts (最判H25.4.11):
  // oldest first, A is gone and B keeps 57,985 at 3%; to 2020-12-31, 57,985 × 3% × 183/366 = 869.78 → 869.
  // Newest first, B is gone and A keeps 57,985 at 5%: 57,985 × 5% × 183/366 = 1,449.63 → 1,449.
  const borrowedWhileOverpaid = [
    borrow('2019-01-01', 100_000),
    repay('2019-01-01', 200_000),
    repay('2020-05-01', 100_000),
    borrow('2020-07-01', 150_000),
  ];

  it('a borrowing while overpaid uses up 過払利息, then the oldest parts (or the newest, as an option)', () => {
    const oldest = recalculate(borrowedWhileOverpaid, { asOf: '2020-12-31' });
    const netting = oldest.rows.find((r) => r.borrow === 150_000);
    expect(netting).toMatchObject({ nettedInterest: 7_985, nettedOverpayment: 142_015, balance: 0, overpayment: 57_985 });
    expect(oldest.summary).toMatchObject({ overpayment: 57_985, overpaymentInterest: 869, claim: 58_854 });
    const newest = recalculate(borrowedWhileOverpaid, { asOf: '2020-12-31', overpaymentOrder: 'newest-first' });
    expect(newest.summary).toMatchObject({ overpayment: 57_985, overpaymentInterest: 1_449, claim: 59_434 });
  });
});
