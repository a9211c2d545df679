import { expect, it } from 'vitest';
import { budgetBasis } from './budget-basis.js';
import { caseOverview } from './case-overview.js';

const empty = { income: {}, spending: {} };
const october = { month: '2026-10', income: { salaryApplicant: 210_000 }, spending: { food: 40_000 } };
const november = { month: '2026-11', income: { salaryApplicant: 190_000 }, spending: { food: 45_000 } };

it('reads the latest recorded month when the monthly plan is empty, and names it', () => {
  const basis = budgetBasis({ monthly: empty, months: [november, october, { month: '2026-12', ...empty }] });
  // 2026-12 has no line entered: the latest month a user filled is 2026-11.
  expect(basis.recordedMonth).toBe('2026-11');
  expect(basis.label).toBe('記録した月(2026年11月)');
  expect(basis.month.income).toEqual({ salaryApplicant: 190_000 });
});

it('reads the monthly plan whenever any of its lines is entered', () => {
  const basis = budgetBasis({ monthly: { income: {}, spending: { rent: 60_000 } }, months: [october] });
  expect(basis).toEqual({ month: { income: {}, spending: { rent: 60_000 } }, recordedMonth: null, label: '毎月の目安' });
});

it('gives the overview the recorded month’s income and what is left of it', () => {
  const overview = caseOverview([], { monthly: empty, months: [october] });
  // 210,000 − 40,000 = 170,000 left for repayments.
  expect([overview.budget.income, overview.budget.available]).toEqual([210_000, 170_000]);
  expect(overview.budgetBasis).toEqual({ recordedMonth: '2026-10', label: '記録した月(2026年10月)' });
});
