import { describe, expect, it } from 'vitest';
import { assetsSchema, budgetSchema, debtorSchema } from '../case/case-schema.js';
import { liquidationValue } from './liquidation-value.js';
import { type DiagnosisCreditor, diagnose } from './procedure-comparison.js';

const contract = { guarantorPerson: '', purpose: '', lastPaymentDate: null, claimedBalance: null, label: '' };
const creditor = (parts: Partial<DiagnosisCreditor>): DiagnosisCreditor => ({
  key: parts.name ?? 'x',
  name: 'x',
  kind: 'consumer-finance',
  guarantorCompany: '',
  claimed: null,
  debt: 0,
  overpaymentClaim: 0,
  overpaymentLimitation: null,
  accruedInterest: 0,
  contracts: [contract],
  ...parts,
});

const input = {
  today: '2026-11-23',
  debtor: debtorSchema.parse({ name: '佐藤 一郎', occupation: '警備員' }),
  budget: budgetSchema.parse({ monthly: { income: { salaryApplicant: 250_000 }, spending: { rent: 80_000, food: 70_000, misc: 40_000 } } }),
  assets: assetsSchema.parse({
    cash: 1_000_000,
    deposits: [{ bank: 'みずほ銀行', balance: 150_000 }],
    cars: [{ name: '軽自動車', value: 300_000, loanBalance: 450_000, lender: 'オリコ', titleRetained: true }],
  }),
  creditors: [
    creditor({ name: 'みずほ銀行', kind: 'bank', guarantorCompany: 'オリコ', debt: 820_000, claimed: 820_000 }),
    creditor({
      name: 'さくらカード',
      kind: 'card',
      debt: 640_000,
      claimed: 640_000,
      contracts: [{ ...contract, lastPaymentDate: '2020-05-27' }],
    }),
    creditor({
      name: 'ひまわり',
      debt: 540_000,
      claimed: 1_500_000,
      contracts: [{ ...contract, claimedBalance: 1_500_000, guarantorPerson: '佐藤 恵子' }],
    }),
  ],
  plan: {},
  safetyMargin: 10_000,
};

describe('diagnosis', () => {
  const result = diagnose(input);

  it('shows four procedures', () => {
    expect(result.rows.map((r) => r.label)).toEqual(['任意整理', '個人再生', '自己破産', '特定調停']);
    expect(result.totalDebt).toBe(2_000_000);
    // 250,000 − 190,000 living costs − 10,000 margin.
    expect(result.affordability.sustainable).toBe(50_000);
  });

  it('任意整理: principal over 36 months against the budget', () => {
    const row = result.rows[0];
    // 820,000/36 = 22,777 r 28; 640,000/36 = 17,777 r 28; 540,000/36 = 15,000: the first month 55,610.
    expect(row).toMatchObject({ monthly: 55_610, total: 2_000_000, months: 36, affordable: false });
    expect(result.plan.shortfall).toBe(5_610);
  });

  it('個人再生: the larger of the minimum repayment (231条) and the liquidation value, over 3 years', () => {
    // Debt 2,000,000 → minimum 1,000,000; liquidation: cash over 99万 (10,000) + deposit 150,000 = 160,000.
    expect(result.liquidation.total).toBe(160_000);
    expect(result.rows[1]).toMatchObject({ total: 1_000_000, monthly: 27_778, months: 36, affordable: true });
    expect(result.rows[1]?.lost).toEqual(['軽自動車(所有権留保のため引き揚げ)']);
  });

  it('自己破産: no payments, assets beyond free property lost, the occupation restricted until discharge', () => {
    const row = result.rows[2];
    expect(row).toMatchObject({ monthly: 0, courtCosts: { min: 1_500, max: 201_500 } });
    expect(row?.restrictions.join()).toContain('職業「警備員」は制限の対象');
    expect(row?.lost).toEqual(['現金(99万円を超える部分) 10,000円', '預貯金 みずほ銀行 150,000円']);
  });

  it('特定調停: the recalculated debt over 36 months, fees per creditor', () => {
    // 2,000,000 / 36 = 55,555.6 → 55,556; (500 + 430) × 3 creditors.
    expect(result.rows[3]).toMatchObject({ monthly: 55_556, courtCosts: { min: 2_790, max: 2_790 } });
  });

  it('lists the risks that apply, each with its source', () => {
    expect(result.risks.map((r) => [r.id, r.subject])).toEqual([
      ['bank-set-off', 'みずほ銀行'],
      ['guarantor-company', 'みずほ銀行'],
      ['personal-guarantor', 'ひまわり'],
      ['car-repossession', '軽自動車'],
      ['possibly-time-barred', 'さくらカード'],
      ['scrivener-limit', 'ひまわり'],
    ]);
    expect(result.risks.every((r) => r.source.length > 0)).toBe(true);
  });

  it('counts small items only where the court does (option)', () => {
    const assets = assetsSchema.parse({
      deposits: [
        { bank: 'A', balance: 199_999 },
        { bank: 'B', balance: 200_000 },
      ],
    });
    expect(liquidationValue(assets).total).toBe(399_999);
    expect(liquidationValue(assets, { smallItemsKept: true }).total).toBe(200_000);
  });
});

it('plans by a monthly amount split across creditors when one is given', () => {
  const result = diagnose({ ...input, monthlyAmount: 50_000, startMonths: { ひまわり: '2027-09' } });
  // 50,000 over 820,000 / 640,000 / 540,000 → 20,500 / 16,000 / 13,500 (exact shares).
  expect(result.plan.creditors.map((c) => c.monthly)).toEqual([20_500, 16_000, 13_500]);
  expect(result.plan.creditors[2]?.payments[0]?.month).toBe('2027-09');
  expect(result.plan.installments).toBe(40);
});

it('adds 経過利息 to the plan only when asked', () => {
  const withInterest = { ...input, creditors: input.creditors.map((c) => ({ ...c, accruedInterest: 36_000 })) };
  expect(diagnose(withInterest).plan.debt).toBe(2_000_000);
  expect(diagnose({ ...withInterest, plan: { includeAccruedInterest: true } }).plan.debt).toBe(2_108_000);
});
