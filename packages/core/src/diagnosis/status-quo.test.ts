import { describe, expect, it } from 'vitest';
import { assetsSchema, budgetSchema, debtorSchema } from '../case/case-schema.js';
import type { FeeQuote } from '../fees/fee-quote.js';
import { type DiagnosisCreditor, diagnose } from './procedure-comparison.js';
import { routeCosts } from './route-costs.js';
import { monthInterest, projectContract, statusQuo } from './status-quo.js';

describe('doing nothing (status quo)', () => {
  it('never ends when the payment does not cover the interest', () => {
    // 500,000 × 18% ÷ 12 = 7,500 a month of interest: 7,000 (or exactly 7,500) never touches the principal.
    expect(monthInterest(500_000, 180_000)).toBe(7_500);
    const short = projectContract({ creditor: 'A', label: '', balance: 500_000, rate: '18', monthlyPayment: 7_000 });
    expect(short).toMatchObject({ outcome: 'never', months: null, interest: null, firstInterest: 7_500 });
    expect(short.reason).toContain('完済しません');
    expect(projectContract({ creditor: 'A', label: '', balance: 500_000, rate: '18', monthlyPayment: 7_500 }).outcome).toBe('never');
  });

  it('pays off with the months and the interest counted by hand', () => {
    // 10,000 at 12% (1% a month), 5,000 a month:
    //  month 1: interest 100 → 10,100 − 5,000 = 5,100
    //  month 2: interest 51 → 5,151 − 5,000 = 151
    //  month 3: interest 1 (1.51 truncated) → 152 paid, cleared.
    // 3 months, interest 100 + 51 + 1 = 152, paid 10,152.
    const p = projectContract({ creditor: 'A', label: '', balance: 10_000, rate: '12', monthlyPayment: 5_000 });
    expect(p).toMatchObject({ outcome: 'paid-off', months: 3, interest: 152, total: 10_152 });
  });

  it('says what is missing instead of guessing', () => {
    const status = statusQuo([
      { creditor: 'A', label: '', balance: 100_000, rate: null, monthlyPayment: 5_000 },
      { creditor: 'B', label: '', balance: 10_000, rate: '12', monthlyPayment: 5_000 },
    ]);
    expect(status).toMatchObject({ complete: false, unknown: 1, months: null, total: 10_152, monthly: 10_000 });
  });
});

// The guide's case 1 (docs/law/practice.md "The source articles' figures"): 5 creditors, 1,000,000 in all,
// 35,000 a month. The guide gives no rates: 18% each (the cap for 10万–100万) is assumed here.
describe('the saving pays for the office (guide case 1)', () => {
  const contract = (balance: number) => ({
    guarantorPerson: '',
    purpose: '',
    lastPaymentDate: null,
    claimedBalance: balance,
    label: '',
    contractRate: '18',
    monthlyPayment: 7_000,
  });
  const creditors: DiagnosisCreditor[] = ['A', 'B', 'C', 'D', 'E'].map((name) => ({
    key: name,
    name: `${name}社`,
    kind: 'consumer-finance',
    guarantorCompany: '',
    claimed: 200_000,
    debt: 200_000,
    overpaymentClaim: 0,
    overpaymentLimitation: null,
    accruedInterest: 0,
    contracts: [contract(200_000)],
  }));
  const input = {
    today: '2026-11-23',
    debtor: debtorSchema.parse({ name: '佐藤 一郎' }),
    budget: budgetSchema.parse({ monthly: { income: { salaryApplicant: 250_000 }, spending: { rent: 80_000, food: 135_000 } } }),
    assets: assetsSchema.parse({}),
    creditors,
    plan: {},
    safetyMargin: 0,
  };
  const quote: FeeQuote = {
    office: '中間値',
    profession: 'lawyer',
    retainerPerCreditor: 30_000,
    successFeePerCreditor: 20_000,
    reductionFeePercent: '0',
    refundFeePercent: '0',
    refundFeePercentLawsuit: '0',
    remittanceFeePerPayment: 0,
    expenses: 0,
    taxIncluded: false,
  };

  it('compares doing nothing, 任意整理 and the fee', () => {
    const diagnosis = diagnose(input);
    // Each 200,000 at 18% paying 7,000: interest 3,000 the first month, … 38 payments, the last 4,094;
    // interest 63,094 each (counted month by month, truncated to the yen), 315,470 for five.
    expect(diagnosis.statusQuo).toMatchObject({ complete: true, months: 38, interest: 315_470, total: 1_315_470, monthly: 35_000 });
    const costs = routeCosts(diagnosis, diagnosis.statusQuo, [quote], input.creditors, input.today);
    const voluntary = costs.routes.find((r) => r.procedure === 'voluntary');
    // 任意整理: 1,000,000 of principal; fee (30,000 + 20,000) × 5 = 250,000 + 10% tax = 275,000.
    expect(voluntary).toMatchObject({ paid: 1_000_000, saving: 315_470 });
    expect(voluntary?.quotes[0]).toMatchObject({ fee: 275_000, outlay: 1_275_000, saving: 40_470 });
  });

  it('suggests the fewest installments that fit the budget', () => {
    // 35,000 available. 29 installments: 200,000 ÷ 29 = 6,896 r 16 each → 34,480 a month, the first
    // 34,560 with the remainders: fits. 28: 200,000 ÷ 28 = 7,142 r 24 → 35,710: does not.
    expect(diagnose(input).suggestedInstallments).toBe(29);
  });

  it('leaves an excluded creditor out of the plan; it is paid on as now', () => {
    const diagnosis = diagnose({ ...input, exclude: ['A'] });
    expect(diagnosis.plan.creditors.map((c) => c.key)).toEqual(['B', 'C', 'D', 'E']);
    expect(diagnosis.plan.debt).toBe(800_000);
    expect(diagnosis.excluded).toEqual([{ key: 'A', name: 'A社', monthlyPayment: 7_000 }]);
    // The budget left for the plan: 35,000 − A社's 7,000.
    expect(diagnosis.plan.feasible).toBe(true);
    expect(diagnosis.rows[0]?.reasons.join()).toContain('A社 には今のまま毎月 7,000円');
    const voluntary = routeCosts(diagnosis, diagnosis.statusQuo, [], input.creditors, input.today).routes[0];
    // 800,000 in the plan + A社 paid on: 200,000 + 63,094.
    expect(voluntary?.paid).toBe(1_063_094);
  });
});
