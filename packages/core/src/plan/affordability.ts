// What the debtor can really pay each month: the budget's available amount (income − living
// costs) less a safety margin the user sets, and how long saving a first installment takes.
import { type BudgetMonth, summarizeBudget } from '../case/budget.js';
import type { Yen } from '../money.js';

export interface Affordability {
  income: Yen;
  livingCosts: Yen;
  safetyMargin: Yen;
  /** income − living costs − margin, never below 0. */
  sustainable: Yen;
  /** How much the budget is short before any repayment (0 when it is not). */
  deficit: Yen;
}

export function affordability(month: BudgetMonth, safetyMargin: Yen = 0): Affordability {
  const summary = summarizeBudget(month);
  const left = summary.available - safetyMargin;
  return {
    income: summary.income,
    livingCosts: summary.livingCosts,
    safetyMargin,
    sustainable: Math.max(0, left),
    deficit: Math.max(0, -left),
  };
}

/** Months of saving `sustainable` a month to hold `amount`; null when nothing can be saved. */
export function monthsToSave(amount: Yen, sustainable: Yen): number | null {
  if (amount <= 0) return 0;
  if (sustainable <= 0) return null;
  return Math.ceil(amount / sustainable);
}
