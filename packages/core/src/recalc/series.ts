// A series of transactions (一連の取引): its running state, the 過払利息 rate steps an overpayment
// earns, and its summary, with the 10-year limitation date of its claim (最判H21.1.22).
import { addYears, type CivilDate, type DayNumber, fromDayNumber, toDayNumber } from '../civil-date.js';
import { rowOn } from '../law/dated-table.js';
import { legalRates, overpaymentFixedRate } from '../law/legal-rates.js';
import { overpaymentLimitation } from '../law/limitation.js';
import type { Yen } from '../money.js';
import type { Rate } from '../rate.js';
import { type AccrualPart, accrualParts, interestFor, NO_PARTS, type RateStep } from './accrual.js';
import type { RecalcOptions } from './options.js';
import { type OverpaymentPart, overpaymentPartsInterest } from './overpayment-parts.js';
import { legalRateUnknown } from './recalc-input.js';
import type { OverpaymentBasis, SeriesSummary } from './recalc-result.js';

export const NEVER = Number.NEGATIVE_INFINITY;

/** Running state of one series of transactions. */
export interface SeriesState {
  number: number;
  firstDay: DayNumber;
  lastDay: DayNumber;
  balance: Yen;
  unpaid: Yen;
  over: Yen;
  overInterest: Yen;
  overSteps: readonly RateStep[];
  /** per-increment: the parts of `over`, oldest first, each at its own rate. */
  overParts: OverpaymentPart[];
  cap: Rate | undefined;
  loans: number;
}

export function newSeries(number: number, firstDay: DayNumber): SeriesState {
  return {
    number,
    firstDay,
    lastDay: firstDay,
    balance: 0,
    unpaid: 0,
    over: 0,
    overInterest: 0,
    overSteps: [],
    overParts: [],
    cap: undefined,
    loans: 0,
  };
}

/** The legal-rate steps an overpayment arising on `day` earns, under the chosen rule. */
export function overpaymentSteps(options: RecalcOptions, day: DayNumber): readonly RateStep[] {
  if (options.overpaymentRate === 'fixed-5') return [{ from: NEVER, rate: overpaymentFixedRate.value }];
  if (options.overpaymentRate === 'by-overpayment-start') {
    const row = rowOn(legalRates, fromDayNumber(day));
    if (!row) throw legalRateUnknown(fromDayNumber(day));
    return [{ from: NEVER, rate: row.value }];
  }
  return legalRateSteps;
}

// By accrual date: the rate changes on each table row's first day; days past the table are refused.
const legalRateSteps: readonly RateStep[] = [
  ...legalRates.map((row, index) => ({ from: index === 0 ? NEVER : toDayNumber(row.from), rate: row.value })),
  { from: toDayNumber((legalRates[legalRates.length - 1] as { to: CivilDate }).to) + 1, rate: Number.NaN },
];

/** 過払利息 on the series' overpayment over the counted days first..last, with its working. */
export function overpaymentInterestOver(
  state: SeriesState,
  first: DayNumber,
  last: DayNumber,
  options: RecalcOptions,
): { accrued: Yen; parts: readonly AccrualPart[]; bases: readonly OverpaymentBasis[] | undefined } {
  if (state.over === 0 || last < first) return { accrued: 0, parts: NO_PARTS, bases: undefined };
  if (options.overpaymentRate === 'per-increment') {
    const { accrued, bases } = overpaymentPartsInterest(state.overParts, first, last, options);
    return { accrued, parts: bases.length === 1 ? (bases[0] as OverpaymentBasis).parts : bases.flatMap((b) => b.parts), bases };
  }
  const parts = accrualParts(first, last, options.yearBasis, state.overSteps);
  if (parts.some((part) => Number.isNaN(part.rate))) throw legalRateUnknown(fromDayNumber(last));
  return { accrued: interestFor(state.over, parts, options.rounding, options.partRounding), parts, bases: undefined };
}

/** A series closed at a split keeps earning 過払利息 until the as-of date. */
export function closeSeries(state: SeriesState, asOfDay: DayNumber, options: RecalcOptions): SeriesSummary {
  if (state.over > 0 && asOfDay > state.lastDay) {
    state.overInterest += overpaymentInterestOver(state, state.lastDay + 1, asOfDay, options).accrued;
  }
  return summarizeSeries(state);
}

export function summarizeSeries(state: SeriesState): SeriesSummary {
  const last = fromDayNumber(state.lastDay);
  const overpaymentClaim = state.over + state.overInterest;
  return {
    series: state.number,
    first: fromDayNumber(state.firstDay),
    last,
    balance: state.balance,
    unpaidInterest: state.unpaid,
    overpayment: state.over,
    overpaymentInterest: state.overInterest,
    claim: overpaymentClaim,
    ...(overpaymentClaim > 0 ? { limitationDate: addYears(last, overpaymentLimitation.years) } : {}),
  };
}
