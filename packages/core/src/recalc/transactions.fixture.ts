// The rows the hand-built recalculation vectors are written in: a borrowing, a repayment.
import type { Transaction } from './recalc.js';

export const borrow = (date: string, amount: number, extra: Partial<Transaction> = {}): Transaction => ({
  date,
  borrow: amount,
  repay: 0,
  ...extra,
});

export const repay = (date: string, amount: number, extra: Partial<Transaction> = {}): Transaction => ({
  date,
  borrow: 0,
  repay: amount,
  ...extra,
});
