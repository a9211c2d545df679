// The figures of the case overview: per creditor, what is claimed against what the recalculation
// says is owed (or overpaid), and the monthly payments today against the household budget.
import type { CivilDate } from '../civil-date.js';
import { sumYen, type Yen } from '../money.js';
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
  /** The earliest 10-year limitation date of an overpayment claim in the history, if any. */
  overpaymentLimitation: CivilDate | null;
  /** 経過利息: interest from the last transaction to the `accruedTo` date (0 when not asked). */
  accruedInterest: Yen;
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

/** A stored contract's recalculation options: its own conventions, and its 約定利率 for the rows that state none. */
export function contractRecalcOptions(contract: Pick<ContractInput, 'recalcOptions' | 'contractRate'>): ContractRecalcOptions {
  return contract.contractRate === null ? contract.recalcOptions : { ...contract.recalcOptions, contractRate: contract.contractRate };
}

export type ContractRecalcOptions = RecalcOptionsInput & { contractRate?: string };

/** The figures of one history under the contract's own options (the overview's, cacheable by history version). */
export function historyFigures(
  transactions: readonly TransactionInput[],
  options: ContractRecalcOptions = {},
  accruedTo?: CivilDate,
): HistoryFigures {
  if (transactions.length === 0)
    return { recalculated: null, overpaymentClaim: 0, transactions: 0, overpaymentLimitation: null, accruedInterest: 0 };
  const history = engineTransactions(transactions);
  const { summary, series } = recalculate(history, options);
  const last = transactions[transactions.length - 1]?.date ?? '';
  const accruedInterest =
    accruedTo !== undefined && accruedTo > last && summary.balance > 0
      ? recalculate(history, { ...options, asOf: accruedTo }).summary.unpaidInterest - summary.unpaidInterest
      : 0;
  const limitations = series.flatMap((s) => (s.limitationDate ? [s.limitationDate] : [])).sort();
  return {
    recalculated: summary.balance + summary.unpaidInterest,
    overpaymentClaim: summary.claim,
    transactions: transactions.length,
    overpaymentLimitation: limitations[0] ?? null,
    accruedInterest,
  };
}

/** One creditor's figures over its contracts; its debt is the recalculated one where a history exists, else the claim. */
export function creditorFigures(name: string, contracts: readonly (ContractInput & { history: HistoryFigures })[]): CreditorFigures {
  const figures = contracts.map(
    (contract): ContractFigures => ({
      ...contract.history,
      claimed: contract.claimedBalance,
      monthlyPayment: contract.monthlyPayment ?? 0,
    }),
  );
  const total = (value: (f: ContractFigures) => number) => sumYen(figures.map(value));
  const limitations = figures.flatMap((f) => (f.overpaymentLimitation ? [f.overpaymentLimitation] : [])).sort();
  return {
    name,
    claimed: figures.some((f) => f.claimed !== null) ? total((f) => f.claimed ?? 0) : null,
    recalculated: figures.some((f) => f.recalculated !== null) ? total((f) => f.recalculated ?? 0) : null,
    debt: total((f) => f.recalculated ?? f.claimed ?? 0),
    overpaymentClaim: total((f) => f.overpaymentClaim),
    monthlyPayment: total((f) => f.monthlyPayment),
    transactions: total((f) => f.transactions),
    overpaymentLimitation: limitations[0] ?? null,
    accruedInterest: total((f) => f.accruedInterest),
  };
}

export function caseOverview(
  creditors: readonly { name: string; contracts: readonly (ContractInput & { history: HistoryFigures })[] }[],
  budget: Budget,
): CaseOverview {
  const rows = creditors.map((creditor) => creditorFigures(creditor.name, creditor.contracts));
  const sum = (value: (row: CreditorFigures) => number) => sumYen(rows.map(value));
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

/** The diagnosis's view of each creditor: what is owed (recalculated, else claimed) and the facts the risk rules read. */
export function diagnosisCreditors(
  creditors: readonly {
    id: string;
    name: string;
    kind: string;
    guarantorCompany: string;
    contracts: readonly (ContractInput & { history: HistoryFigures })[];
  }[],
) {
  return creditors.map((creditor) => {
    const figures = creditorFigures(creditor.name, creditor.contracts);
    return {
      key: creditor.id,
      name: creditor.name,
      kind: creditor.kind,
      guarantorCompany: creditor.guarantorCompany,
      claimed: figures.claimed,
      debt: figures.debt,
      overpaymentClaim: figures.overpaymentClaim,
      overpaymentLimitation: figures.overpaymentLimitation,
      accruedInterest: figures.accruedInterest,
      contracts: creditor.contracts.map((k) => ({
        guarantorPerson: k.guarantorPerson,
        purpose: k.purpose,
        lastPaymentDate: k.lastPaymentDate,
        claimedBalance: k.claimedBalance,
        label: k.label,
        contractRate: k.contractRate,
        monthlyPayment: k.monthlyPayment,
        balance: k.claimedBalance ?? k.history.recalculated,
        holder: k.holder,
        identityTheft: k.identityTheft,
      })),
    };
  });
}
