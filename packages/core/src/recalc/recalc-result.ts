// What a recalculation takes and gives: the transaction rows in, the ledger, summaries, gaps and
// warnings out. Types only; the engine is in recalc.ts.
import type { CivilDate } from '../civil-date.js';
import type { MessageCode, MessageParams } from '../messages.js';
import type { Yen } from '../money.js';
import type { Rate } from '../rate.js';
import type { AccrualPart } from './accrual.js';
import type { RecalcOptions } from './options.js';

export interface Transaction {
  date: CivilDate;
  borrow: Yen;
  repay: Yen;
  /** The contract rate (約定利率) the history states from this row on, if any. */
  rate?: Rate;
  note?: string;
  /** A reconstructed row (推定計算), not from the lender's records. */
  estimated?: boolean;
  /** Where the row came from (line in the imported file), for messages. */
  line?: number;
}

/** The working of 過払利息 over a period under per-increment: each part's amount at its own rate. */
export interface OverpaymentBasis {
  overpayment: Yen;
  parts: readonly AccrualPart[];
}

/** One row of the ledger: the transaction and the state after it, with its working. */
export interface LedgerRow {
  date: CivilDate;
  borrow: Yen;
  repay: Yen;
  /** Days of interest counted for the period that ends with this row. */
  days: number;
  /** Annual rate (percent text) applied to the balance over that period; '' before any loan. */
  rate: string;
  /** Interest for the period (added to unpaidInterest before the repayment). */
  interest: Yen;
  unpaidInterest: Yen;
  balance: Yen;
  overpayment: Yen;
  /** 過払利息 accumulated after this row. */
  overpaymentInterest: Yen;
  note: string;
  kind: 'transaction' | 'as-of';
  series: number;
  estimated: boolean;
  line?: number;
  /** How the period's days split over year lengths and rates (the working of `interest`). */
  interestParts: readonly AccrualPart[];
  overpaymentInterestAccrued: Yen;
  overpaymentInterestParts: readonly AccrualPart[];
  /** per-increment: the overpayment's parts grouped by the rate each keeps, with their working. */
  overpaymentInterestBases?: readonly OverpaymentBasis[] | undefined;
  /** Where the repayment went (民法489条: interest, then principal, then overpayment). */
  paidToInterest: Yen;
  paidToPrincipal: Yen;
  paidToOverpayment: Yen;
  /** A borrowing while overpaid, set off against 過払利息 and 過払元金 (最判H25.4.11). */
  nettedInterest: Yen;
  nettedOverpayment: Yen;
  /** At a borrowing (statutory mode): the principal that decided the tier and the rate from now on. */
  tier?: { principal: Yen; rate: string; lowered: boolean; source: string };
  firstDayCounted: boolean;
}

export interface RecalcSummary {
  asOf: CivilDate;
  balance: Yen;
  unpaidInterest: Yen;
  overpayment: Yen;
  overpaymentInterest: Yen;
  /** overpayment + overpaymentInterest */
  claim: Yen;
  totalBorrowed: Yen;
  totalRepaid: Yen;
  totalInterest: Yen;
  estimatedRows: number;
}

export interface SeriesSummary {
  series: number;
  first: CivilDate;
  last: CivilDate;
  balance: Yen;
  unpaidInterest: Yen;
  overpayment: Yen;
  /** Accrued to the as-of date. */
  overpaymentInterest: Yen;
  claim: Yen;
  /** 10 years after the series' last transaction (最判H21.1.22); only where there is a claim. */
  limitationDate?: CivilDate;
}

export interface Gap {
  from: CivilDate;
  to: CivilDate;
  days: number;
}

export interface RecalcWarning {
  code: MessageCode;
  params: MessageParams;
}

export interface RecalcResult {
  options: RecalcOptions;
  summary: RecalcSummary;
  rows: LedgerRow[];
  series: SeriesSummary[];
  /** Gaps over `gapDays` before a new loan with nothing owed: where a split may be argued. */
  gaps: Gap[];
  warnings: RecalcWarning[];
  /** When a gap is flagged: both treatments, so the difference is visible. */
  comparison?: { continuous: RecalcSummary; split: RecalcSummary; claimDifference: Yen };
}
