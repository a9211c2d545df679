import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planVerdictText } from './plan-verdict.js';
import { defaultPlanSettings, planForMonthlyAmount, planWithinBudget, settlementPlan } from './settlement-plan.js';

const settings = { ...defaultPlanSettings, startMonth: '2027-01' };

describe('任意整理 plan', () => {
  // docs/law/practice.md, source article case 1: 1,000,000 in 36 installments ≈ 27,778 a month.
  it('pays 1,000,000 over 36 months at 27,777 or 27,778, adding up exactly', () => {
    const plan = settlementPlan([{ key: 'a', name: 'A社', principal: 1_000_000 }], settings);
    const [creditor] = plan.creditors;
    // 1,000,000 ÷ 36 = 27,777 r 28: the first payment carries the 28 yen.
    expect(creditor?.payments[0]?.amount).toBe(27_805);
    expect(creditor?.monthly).toBe(27_777);
    expect(creditor?.total).toBe(1_000_000);
    expect(plan.months[0]?.month).toBe('2027-01');
    expect(plan.months[35]?.month).toBe('2029-12');
  });

  it('puts the remainder on the last payment when asked', () => {
    const plan = settlementPlan([{ key: 'a', name: 'A', principal: 1_000_000 }], { ...settings, remainder: 'last' });
    expect(plan.creditors[0]?.payments.map((p) => p.amount).slice(-2)).toEqual([27_777, 27_805]);
  });

  it('judges the plan against the budget and says by how much it falls short', () => {
    const creditors = [
      { key: 'a', name: 'A', principal: 600_000 },
      { key: 'b', name: 'B', principal: 400_000 },
    ];
    // 36 installments: 16,666 + 11,111 = 27,777 a month; the first month also carries the remainders
    // (24 + 4 yen), and the plan must fit every month: 27,805.
    const plan = settlementPlan(creditors, { ...settings, monthlyBudget: 25_000 });
    expect(plan).toMatchObject({ feasible: false, monthlyTotal: 27_805, shortfall: 2_805 });
    // 60 installments: 10,000 + 6,666 (first month + 40) = 16,706.
    expect(settlementPlan(creditors, { ...settings, installments: 60, monthlyBudget: 25_000 })).toMatchObject({
      feasible: true,
      monthlyTotal: 16_706,
      shortfall: 0,
    });
  });

  it('finds the fewest installments that fit, or reports the shortfall at the maximum', () => {
    const creditors = [{ key: 'a', name: 'A', principal: 1_000_000 }];
    // 1,000,000 / 40 = 25,000 exactly; 39 installments would need 25,641.
    expect(planWithinBudget(creditors, { ...settings, monthlyBudget: 25_000 }).installments).toBe(40);
    // 60 installments: 16,666 a month, 16,706 in the first.
    expect(planWithinBudget(creditors, { ...settings, monthlyBudget: 10_000 })).toMatchObject({
      installments: 60,
      feasible: false,
      monthlyTotal: 16_706,
      shortfall: 6_706,
    });
  });

  it('pays a small debt in fewer installments of at least the floor', () => {
    const plan = settlementPlan([{ key: 'a', name: 'A', principal: 50_000 }], { ...settings, floor: 5_000 });
    expect(plan.creditors[0]).toMatchObject({ installments: 10, monthly: 5_000, total: 50_000 });
  });

  it('starts a creditor later when told, and adds bonus-month payments', () => {
    const plan = settlementPlan(
      [
        { key: 'a', name: 'A', principal: 360_000 },
        { key: 'b', name: 'B', principal: 360_000, startMonth: '2027-04' },
      ],
      { ...settings, installments: 12, bonus: { months: [7, 12], amount: 20_000 } },
    );
    expect(plan.creditors[1]?.payments[0]?.month).toBe('2027-04');
    // Each creditor's bonus share is 10,000 in July and December: 360,000 − 20,000 = 340,000 over 12.
    const a = plan.creditors[0];
    expect(a?.payments.find((p) => p.month === '2027-07')).toMatchObject({ bonus: true, amount: 28_333 + 10_000 });
    expect(a?.total).toBe(360_000);
  });

  it('adds accrued interest only when asked', () => {
    const creditors = [{ key: 'a', name: 'A', principal: 100_000, accruedInterest: 8_000 }];
    expect(settlementPlan(creditors, settings).debt).toBe(100_000);
    expect(settlementPlan(creditors, { ...settings, includeAccruedInterest: true }).debt).toBe(108_000);
  });

  it('charges future interest in level payments', () => {
    // 100,000 at 12% a year (1% a month) over 12 months: 100,000 × 0.01 × 1.01^12 / (1.01^12 − 1) = 8,884.88 → 8,885.
    const plan = settlementPlan([{ key: 'a', name: 'A', principal: 100_000 }], { ...settings, installments: 12, futureInterestRate: '12' });
    const payments = plan.creditors[0]?.payments ?? [];
    expect(payments[0]).toMatchObject({ amount: 8_885, interest: 1_000 });
    expect(payments.reduce((a, p) => a + p.amount - p.interest, 0)).toBe(100_000);
    expect(plan.creditors[0]?.interest).toBeGreaterThan(6_600);
    expect(plan.creditors[0]?.interest).toBeLessThan(6_650);
  });

  it('keeps every schedule equal to its debt (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20_000_000 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 84 }),
        fc.constantFrom<'first' | 'last'>('first', 'last'),
        fc.integer({ min: 0, max: 30_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        (principals, installments, remainder, floor, bonus) => {
          const plan = settlementPlan(
            principals.map((principal, i) => ({ key: String(i), name: String(i), principal })),
            { ...settings, installments, remainder, floor, bonus: { months: [6, 12], amount: bonus } },
          );
          for (const creditor of plan.creditors) {
            expect(creditor.total).toBe(creditor.debt);
            for (const payment of creditor.payments) expect(payment.amount).toBeGreaterThanOrEqual(0);
          }
          expect(plan.months.reduce((a, m) => a + m.total, 0)).toBe(plan.debt);
        },
      ),
    );
  });
});

describe('a monthly amount split across creditors (按分)', () => {
  it('gives each creditor its share until its debt is cleared', () => {
    // 30,000 over 600,000 / 400,000 → 18,000 / 12,000: 34 installments each (the last 6,000 / 4,000).
    const plan = planForMonthlyAmount(
      [
        { key: 'a', name: 'A', principal: 600_000 },
        { key: 'b', name: 'B', principal: 400_000 },
      ],
      30_000,
      { ...settings, monthlyBudget: 30_000 },
    );
    expect(plan.creditors.map((c) => [c.monthly, c.installments, c.payments.at(-1)?.amount, c.total])).toEqual([
      [18_000, 34, 6_000, 600_000],
      [12_000, 34, 4_000, 400_000],
    ]);
    expect(plan).toMatchObject({ monthlyTotal: 30_000, feasible: true, installments: 34 });
  });

  it('is not feasible when a creditor would need more than the maximum installments', () => {
    const plan = planForMonthlyAmount([{ key: 'a', name: 'A', principal: 1_000_000 }], 10_000, { ...settings, monthlyBudget: 50_000 });
    expect(plan).toMatchObject({ installments: 100, feasible: false });
  });

  it('adds up to the debts whatever the amount (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1_000, max: 200_000 }),
        (principals, amount) => {
          const plan = planForMonthlyAmount(
            principals.map((principal, i) => ({ key: String(i), name: String(i), principal })),
            amount,
            settings,
          );
          for (const c of plan.creditors) expect(c.payments.reduce((a, p) => a + p.amount, 0)).toBe(c.debt);
        },
      ),
    );
  });
});

// Issue 9, item 7: a page shows the regular month (what the rows add up to) and the first and last
// apart where a remainder or a short last payment makes them differ — never the largest month alone.
describe('the monthly figures of a plan', () => {
  const creditors = [
    { key: 'a', name: 'A', principal: 600_000 },
    { key: 'b', name: 'B', principal: 400_000 },
  ];

  it('gives the regular month, the first and the last, and a verdict naming both', () => {
    const plan = settlementPlan(creditors, { ...settings, monthlyBudget: 25_000 });
    // 16,666 + 11,111 = 27,777 a month; the first month carries the remainders 24 + 4: 27,805.
    expect(plan.regularMonthly).toBe(27_777);
    expect(plan.regularMonthly).toBe(plan.creditors.reduce((a, c) => a + c.monthly, 0));
    expect(plan.firstMonth).toEqual({ month: '2027-01', total: 27_805, bonus: false });
    expect(plan.lastMonth).toEqual({ month: '2029-12', total: 27_777, bonus: false });
    expect(plan).toMatchObject({ peakMonth: { month: '2027-01', total: 27_805 }, shortfall: 2_805, regularShortfall: 2_777 });
    expect(planVerdictText(plan)).toBe('毎月 2,777円 足りません(初回は 2,805円 足りません)');

    const last = settlementPlan(creditors, { ...settings, remainder: 'last', monthlyBudget: 27_777 });
    expect(last.lastMonth?.total).toBe(27_805);
    expect(planVerdictText(last)).toBe('毎月の額は払えますが、最終回(27,805円)は 28円 足りません');
    expect(planVerdictText(settlementPlan(creditors, { ...settings, monthlyBudget: 30_000 }))).toBe('家計の範囲で返せる見込みです');
    expect(planVerdictText(settlementPlan(creditors, settings))).toBe('');
  });

  it('by a monthly amount: the regular share, a smaller last month, and too many installments named', () => {
    const plan = planForMonthlyAmount(creditors, 30_000, { ...settings, monthlyBudget: 30_000 });
    // 18,000 + 12,000 for 33 months, then 6,000 + 4,000.
    expect(plan).toMatchObject({ regularMonthly: 30_000, firstMonth: { total: 30_000 }, lastMonth: { month: '2029-10', total: 10_000 } });
    const tooLong = planForMonthlyAmount([{ key: 'a', name: 'A', principal: 1_000_000 }], 10_000, { ...settings, monthlyBudget: 50_000 });
    expect(planVerdictText(tooLong)).toBe('60回を超える債権者があります');
  });

  it('sums the future interest of every creditor', () => {
    const plan = settlementPlan(creditors, { ...settings, installments: 12, futureInterestRate: '12' });
    expect(plan.interest).toBe(plan.creditors.reduce((a, c) => a + c.interest, 0));
    expect(plan.interest).toBeGreaterThan(0);
  });
});

describe('plan by a monthly amount: no payment of a few yen', () => {
  it('folds a rounding remainder into the last full installment', () => {
    // 1,000,000 at 27,777 a month: 36 × 27,777 = 999,972, 28 yen left — less than the 36
    // installments, so the 36th pays 27,805 instead of a 37th payment of 28 yen.
    const plan = planForMonthlyAmount([{ key: 'a', name: 'A', principal: 1_000_000 }], 27_777, settings);
    const [creditor] = plan.creditors;
    expect(creditor?.installments).toBe(36);
    expect(creditor?.payments.at(-1)?.amount).toBe(27_805);
    expect(creditor?.total).toBe(1_000_000);
  });

  it('keeps a real short last payment', () => {
    // 600,000 at 18,000: 33 × 18,000 = 594,000, 6,000 left (not a rounding): a 34th payment.
    const plan = planForMonthlyAmount([{ key: 'a', name: 'A', principal: 600_000 }], 18_000, settings);
    expect(plan.creditors[0]?.installments).toBe(34);
  });

  it('leaves an excluded creditor out', () => {
    const plan = settlementPlan(
      [
        { key: 'a', name: 'A', principal: 600_000 },
        { key: 'b', name: 'B', principal: 400_000 },
      ],
      { ...settings, exclude: ['a'] },
    );
    expect(plan.creditors.map((c) => c.key)).toEqual(['b']);
    expect(plan.debt).toBe(400_000);
  });
});
