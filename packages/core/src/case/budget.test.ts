import { expect, it } from 'vitest';
import { implausibleBudgetAmounts, summarizeBudget } from './budget.js';

it('leaves carried-over money, borrowing, repayments and carried-forward money out of the available amount', () => {
  const summary = summarizeBudget({
    income: { carriedOver: 20_000, salaryApplicant: 240_000, childAllowance: 10_000, borrowing: 30_000 },
    spending: { rent: 70_000, food: 50_000, utilities: 15_000, loanRepayments: 60_000, carriedForward: 25_000, misc: 80_000 },
  });
  // earned 250,000 − living 215,000 = 35,000; the court format balances: 300,000 − 300,000 = 0.
  expect(summary).toEqual({
    income: 250_000,
    livingCosts: 215_000,
    loanRepayments: 60_000,
    available: 35_000,
    imbalance: 0,
    totalIncome: 300_000,
    totalSpending: 300_000,
  });
});

it('shows a shortfall as a negative amount', () => {
  expect(summarizeBudget({ income: { pension: 100_000 }, spending: { rent: 60_000, food: 50_000 } }).available).toBe(-10_000);
});

it('asks about a ten-digit line and a spending line above the whole income', () => {
  // The typo of issue 18: 1,234,567,890 typed in 娯楽費 with a salary of 250,000.
  const asked = implausibleBudgetAmounts({
    income: { salaryApplicant: 250_000 },
    spending: { entertainment: 1_234_567_890, rent: 300_000, food: 50_000 },
  });
  expect(asked.map((a) => [a.item, a.reason])).toEqual([
    ['entertainment', '10桁の金額です'],
    ['rent', '収入の合計(250,000円)を超えています'],
  ]);
  expect(implausibleBudgetAmounts({ income: { salaryApplicant: 250_000 }, spending: { rent: 80_000 } })).toEqual([]);
});
