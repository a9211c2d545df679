// What one row does to a series: a borrowing set off against an overpayment and the tier it
// decides, a repayment split by 民法489条, and the ledger row that records the working.
import type { DayNumber } from '../civil-date.js';
import { statutoryCap } from '../law/interest-caps.js';
import type { Yen } from '../money.js';
import { formatRatePercent, type Rate } from '../rate.js';
import type { AccrualPart } from './accrual.js';
import type { RecalcOptions } from './options.js';
import { addOverpaymentPart, takeOverpaymentParts } from './overpayment-parts.js';
import type { LedgerRow, OverpaymentBasis, Transaction } from './recalc-result.js';
import { overpaymentSteps, type SeriesState } from './series.js';

/** What accrued over the period that ends at a row. */
export interface Opening {
  days: number;
  rate: Rate | undefined;
  interest: Yen;
  interestParts: readonly AccrualPart[];
  overAccrued: Yen;
  overParts: readonly AccrualPart[];
  /** per-increment: each part's amount and working. */
  overBases: readonly OverpaymentBasis[] | undefined;
  firstDayCounted: boolean;
}

/** Where a row's money went. */
export interface Movement {
  paidToInterest: Yen;
  paidToPrincipal: Yen;
  paidToOverpayment: Yen;
  nettedInterest: Yen;
  nettedOverpayment: Yen;
  tier: LedgerRow['tier'] | undefined;
}

export const noMovement: Movement = {
  paidToInterest: 0,
  paidToPrincipal: 0,
  paidToOverpayment: 0,
  nettedInterest: 0,
  nettedOverpayment: 0,
  tier: undefined,
};

/** Applies a row's borrowing, then its repayment, to the series; returns where the money went. */
export function moveMoney(t: Transaction, day: DayNumber, state: SeriesState, options: RecalcOptions, statutory: boolean): Movement {
  // One literal with every field: this runs once per row.
  const movement: Movement = {
    paidToInterest: 0,
    paidToPrincipal: 0,
    paidToOverpayment: 0,
    nettedInterest: 0,
    nettedOverpayment: 0,
    tier: undefined,
  };
  if (t.borrow > 0) borrow(movement, t, state, options, statutory);
  if (t.repay > 0) repay(movement, t.repay, day, state, options);
  return movement;
}

function borrow(movement: Movement, t: Transaction, state: SeriesState, options: RecalcOptions, statutory: boolean): void {
  let rest = t.borrow;
  // A borrowing while overpaid is set off against 過払利息 and 過払元金 (最判H25.4.11).
  if (options.netting !== 'none') {
    if (options.netting === 'interest-first') {
      movement.nettedInterest = Math.min(rest, state.overInterest);
      rest -= movement.nettedInterest;
      state.overInterest -= movement.nettedInterest;
    }
    movement.nettedOverpayment = Math.min(rest, state.over);
    rest -= movement.nettedOverpayment;
    state.over -= movement.nettedOverpayment;
    if (options.overpaymentRate === 'per-increment')
      takeOverpaymentParts(state.overParts, movement.nettedOverpayment, options.overpaymentOrder);
    if (state.over === 0) state.overSteps = [];
  }
  state.balance += rest;
  // 最判H22.4.20 / H25.7.18: the principal after this loan (net of set-off) decides the tier,
  // and the tier only ever moves down.
  if (statutory && state.balance > 0) {
    const cap = statutoryCap(state.balance, t.date);
    const lowered = state.cap !== undefined && cap.rate < state.cap;
    if (state.cap === undefined || lowered) state.cap = cap.rate;
    movement.tier = { principal: state.balance, rate: formatRatePercent(state.cap), lowered, source: cap.source };
  }
  state.loans++;
}

/** 民法489条: a repayment pays interest, then principal; the rest is an overpayment. */
function repay(movement: Movement, amount: Yen, day: DayNumber, state: SeriesState, options: RecalcOptions): void {
  movement.paidToInterest = Math.min(amount, state.unpaid);
  state.unpaid -= movement.paidToInterest;
  movement.paidToPrincipal = Math.min(amount - movement.paidToInterest, state.balance);
  state.balance -= movement.paidToPrincipal;
  movement.paidToOverpayment = amount - movement.paidToInterest - movement.paidToPrincipal;
  if (movement.paidToOverpayment > 0) {
    if (options.overpaymentRate === 'per-increment') addOverpaymentPart(state.overParts, movement.paidToOverpayment, day);
    else if (state.over === 0) state.overSteps = overpaymentSteps(options, day);
    state.over += movement.paidToOverpayment;
  }
}

// Built as one literal with every field (no spreads): this runs once per row.
export function ledgerRow(
  t: Transaction,
  opening: Opening,
  state: SeriesState,
  movement: Movement,
  kind: LedgerRow['kind'] = 'transaction',
): LedgerRow {
  return {
    date: t.date,
    borrow: t.borrow,
    repay: t.repay,
    days: opening.days,
    rate: opening.rate === undefined ? '' : rateText(opening.rate),
    interest: opening.interest,
    unpaidInterest: state.unpaid,
    balance: state.balance,
    overpayment: state.over,
    overpaymentInterest: state.overInterest,
    note: t.note ?? '',
    kind,
    series: state.number,
    estimated: t.estimated === true,
    line: t.line,
    interestParts: opening.interestParts,
    overpaymentInterestAccrued: opening.overAccrued,
    overpaymentInterestParts: opening.overParts,
    overpaymentInterestBases: opening.overBases,
    paidToInterest: movement.paidToInterest,
    paidToPrincipal: movement.paidToPrincipal,
    paidToOverpayment: movement.paidToOverpayment,
    nettedInterest: movement.nettedInterest,
    nettedOverpayment: movement.nettedOverpayment,
    tier: movement.tier,
    firstDayCounted: opening.firstDayCounted,
  };
}

// Rates change a few times in a history; their texts are made once.
const rateTexts = new Map<Rate, string>();
function rateText(rate: Rate): string {
  let text = rateTexts.get(rate);
  if (text === undefined) {
    text = formatRatePercent(rate);
    rateTexts.set(rate, text);
  }
  return text;
}
