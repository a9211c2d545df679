// The figures of the case overview: per creditor, what is claimed against what the recalculation
// says is owed (or overpaid), and the monthly payments today against the household budget.
import type { Yen } from '../money.js';
import { percent } from '../rate.js';
import { recalculate, type Transaction } from '../recalc/recalc.js';
import { type BudgetSummary, summarizeBudget } from './budget.js';
import type { Budget, ContractInput, RecalcOptionsInput, TransactionInput } from './case-schema.js';

/** What a contract's history recalculates to; null figures where there is no history. */
export interface HistoryFigures {
  /** Principal + unpaid interest after recalculation; null without a history. */
  recalculated: Yen | null;
  /** 過払金 + 過払利息 after recalculation. */
  overpaymentClaim: Yen;
  transactions: number;
}

export interface ContractFigures extends HistoryFigures {
  /** What the creditor claims (請求残高), null where unknown. */
  claimed: Yen | null;
  monthlyPayment: Yen;
}

export interface CreditorFigures extends ContractFigures {
  name: string;
  /** What the debtor is taken to owe: the recalculated debt where a history exists, else the claim. */
  debt: Yen;
}

export interface CaseOverview {
  creditors: CreditorFigures[];
  totals: { claimed: Yen; debt: Yen; overpaymentClaim: Yen; monthlyPayment: Yen };
  budget: BudgetSummary;
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

/** The figures of one history under the contract's own options (the overview's, cacheable by history version). */
export function historyFigures(transactions: readonly TransactionInput[], options: RecalcOptionsInput = {}): HistoryFigures {
  if (transactions.length === 0) return { recalculated: null, overpaymentClaim: 0, transactions: 0 };
  const { summary } = recalculate(engineTransactions(transactions), options);
  return { recalculated: summary.balance + summary.unpaidInterest, overpaymentClaim: summary.claim, transactions: transactions.length };
}

export function caseOverview(
  creditors: readonly { name: string; contracts: readonly (ContractInput & { history: HistoryFigures })[] }[],
  budget: Budget,
): CaseOverview {
  const rows = creditors.map((creditor): CreditorFigures => {
    const figures = creditor.contracts.map(
      (contract): ContractFigures => ({
        ...contract.history,
        claimed: contract.claimedBalance,
        monthlyPayment: contract.monthlyPayment ?? 0,
      }),
    );
    const claimed = figures.some((f) => f.claimed !== null) ? figures.reduce((total, f) => total + (f.claimed ?? 0), 0) : null;
    const recalculated = figures.some((f) => f.recalculated !== null)
      ? figures.reduce((total, f) => total + (f.recalculated ?? 0), 0)
      : null;
    const debt = figures.reduce((total, f) => total + (f.recalculated ?? f.claimed ?? 0), 0);
    return {
      name: creditor.name,
      claimed,
      recalculated,
      debt,
      overpaymentClaim: figures.reduce((total, f) => total + f.overpaymentClaim, 0),
      monthlyPayment: figures.reduce((total, f) => total + f.monthlyPayment, 0),
      transactions: figures.reduce((total, f) => total + f.transactions, 0),
    };
  });
  const sum = (value: (row: CreditorFigures) => number) => rows.reduce((total, row) => total + value(row), 0);
  return {
    creditors: rows,
    totals: {
      claimed: sum((r) => r.claimed ?? 0),
      debt: sum((r) => r.debt),
      overpaymentClaim: sum((r) => r.overpaymentClaim),
      monthlyPayment: sum((r) => r.monthlyPayment),
    },
    budget: summarizeBudget(budget.monthly),
  };
}
