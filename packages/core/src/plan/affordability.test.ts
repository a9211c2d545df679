import { expect, it } from 'vitest';
import { affordability, monthsToSave } from './affordability.js';

it('leaves a safety margin out of what can be repaid', () => {
  const month = { income: { salaryApplicant: 250_000 }, spending: { rent: 80_000, food: 60_000, loanRepayments: 70_000 } };
  // 250,000 − 140,000 living costs − 10,000 margin = 100,000 (today's 70,000 repayments are not living costs).
  expect(affordability(month, 10_000)).toEqual({
    income: 250_000,
    livingCosts: 140_000,
    safetyMargin: 10_000,
    sustainable: 100_000,
    deficit: 0,
  });
  expect(affordability({ income: { pension: 100_000 }, spending: { rent: 90_000 } }, 20_000)).toMatchObject({
    sustainable: 0,
    deficit: 10_000,
  });
});

it('counts the months needed to save a first installment', () => {
  expect(monthsToSave(27_805, 10_000)).toBe(3);
  expect(monthsToSave(30_000, 10_000)).toBe(3);
  expect(monthsToSave(1, 0)).toBeNull();
});
