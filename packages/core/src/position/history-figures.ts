// What one contract's history recalculates to on a date: principal, unpaid interest, 経過利息 to
// the date, and the overpayment (過払元金 + 過払利息 to the date, with the part whose 10-year
// limitation has run, 最判H21.1.22). Cacheable by history version and date (services).

import type { ContractInput, RecalcOptionsInput, TransactionInput } from '../case/case-schema.js';
import type { CivilDate } from '../civil-date.js';
import { sumYen, type Yen } from '../money.js';
import { percent } from '../rate.js';
import { recalculate, type Transaction } from '../recalc/recalc.js';

/** What a contract's history recalculates to; null figures where there is no history. */
export interface HistoryFigures {
  /** Principal + unpaid interest after recalculation (at the last transaction); null without a history. */
  recalculated: Yen | null;
  /** Principal alone after recalculation; null without a history. */
  principal: Yen | null;
  /** 過払金 + 過払利息, accrued to `accruedTo` where given. */
  overpaymentClaim: Yen;
  /** 過払元金 alone (the 140万 measure, 司法書士法3条1項7号). */
  overpaymentPrincipal: Yen;
  /** The part of `overpaymentClaim` whose limitation has run on `accruedTo` (its series ended 10+ years before). */
  overpaymentBarred: Yen;
  transactions: number;
  /** The earliest 10-year limitation date of an overpayment claim in the history, if any. */
  overpaymentLimitation: CivilDate | null;
  /** 経過利息: interest from the last transaction to the `accruedTo` date (0 when not asked). */
  accruedInterest: Yen;
  /** The last repayment in the history (a 時効 fact), if any. */
  lastRepayment: CivilDate | null;
}

/** Engine transactions from stored rows (rates as exact percent texts → ppm). */
export function engineTransactions(rows: readonly TransactionInput[]): Transaction[] {
  return rows.map((row) => ({
    date: row.date,
    borrow: row.borrow,
    repay: row.repay,
    ...(row.rate === null ? {} : { rate: percent(row.rate) }),
    ...(row.note === '' ? {} : { note: row.note }),
    ...(row.estimated ? { estimated: true } : {}),
  }));
}

/** A stored contract's recalculation options: its own conventions, and its 約定利率 for the rows that state none. */
export function contractRecalcOptions(contract: Pick<ContractInput, 'recalcOptions' | 'contractRate'>): ContractRecalcOptions {
  return contract.contractRate === null ? contract.recalcOptions : { ...contract.recalcOptions, contractRate: contract.contractRate };
}

export type ContractRecalcOptions = RecalcOptionsInput & { contractRate?: string };

export const noHistoryFigures: HistoryFigures = {
  recalculated: null,
  principal: null,
  overpaymentClaim: 0,
  overpaymentPrincipal: 0,
  overpaymentBarred: 0,
  transactions: 0,
  overpaymentLimitation: null,
  accruedInterest: 0,
  lastRepayment: null,
};

/** The figures of one history under the contract's own options (cacheable by history version and date). */
export function historyFigures(
  transactions: readonly TransactionInput[],
  options: ContractRecalcOptions = {},
  accruedTo?: CivilDate,
): HistoryFigures {
  if (transactions.length === 0) return noHistoryFigures;
  const history = engineTransactions(transactions);
  const atLast = recalculate(history, options);
  const last = transactions[transactions.length - 1]?.date ?? '';
  const later = accruedTo !== undefined && accruedTo > last ? recalculate(history, { ...options, asOf: accruedTo }) : atLast;
  const { summary, series } = later;
  const accruedInterest = atLast.summary.balance > 0 ? summary.unpaidInterest - atLast.summary.unpaidInterest : 0;
  const limitations = series.flatMap((s) => (s.limitationDate ? [s.limitationDate] : [])).sort();
  const on = accruedTo ?? last;
  const barred = series.filter((s) => s.limitationDate !== undefined && s.limitationDate < on);
  const repayments = transactions.filter((row) => row.repay > 0);
  return {
    recalculated: atLast.summary.balance + atLast.summary.unpaidInterest,
    principal: atLast.summary.balance,
    overpaymentClaim: summary.claim,
    overpaymentPrincipal: summary.overpayment,
    overpaymentBarred: sumYen(barred.map((s) => s.claim)),
    transactions: transactions.length,
    overpaymentLimitation: limitations[0] ?? null,
    accruedInterest,
    lastRepayment: repayments[repayments.length - 1]?.date ?? null,
  };
}
