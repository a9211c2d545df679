// 引き直し計算: replays a transaction history at the statutory cap (or a given rate), row by row,
// following the rules in docs/law/recalculation.md. Pure: same history and options, same result.
// The loop is here; the types, input checks, series and per-row rules live beside it.
import { type DayNumber, fromDayNumber, toDayNumber } from '../civil-date.js';
import { statutoryCap } from '../law/interest-caps.js';
import type { Rate } from '../rate.js';
import { accrualParts, constantRate, interestFor, NO_PARTS } from './accrual.js';
import { defaultRecalcOptions, type RecalcOptions } from './options.js';
import { checkedDayNumber, checkOptions, percentOption, RecalcInputError, rateBasisOf } from './recalc-input.js';
import type { Gap, LedgerRow, RecalcResult, RecalcWarning, Transaction } from './recalc-result.js';
import { ledgerRow, moveMoney, noMovement, type Opening } from './row-rules.js';
import { closeSeries, newSeries, overpaymentInterestOver, type SeriesState, summarizeSeries } from './series.js';

export { type RecalcErrorCode, RecalcInputError } from './recalc-input.js';
export type { Gap, LedgerRow, RecalcResult, RecalcSummary, RecalcWarning, SeriesSummary, Transaction } from './recalc-result.js';

export function recalculate(history: readonly Transaction[], options: Partial<RecalcOptions> = {}): RecalcResult {
  const resolved: RecalcOptions = { ...defaultRecalcOptions, ...withoutUndefined(options) };
  const result = replay(history, resolved);
  if (result.gaps.length === 0) return result;
  const other = replay(history, { ...resolved, series: resolved.series === 'split' ? 'continuous' : 'split' });
  const [continuous, split] = resolved.series === 'split' ? [other.summary, result.summary] : [result.summary, other.summary];
  return { ...result, comparison: { continuous, split, claimDifference: split.claim - continuous.claim } };
}

function withoutUndefined(options: Partial<RecalcOptions>): Partial<RecalcOptions> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}

function replay(history: readonly Transaction[], options: RecalcOptions): RecalcResult {
  checkOptions(options);
  const dayNumbers = history.map(checkedDayNumber);
  const basis = rateBasisOf(options.rate);
  const statutory = basis.kind === 'statutory';
  const { yearBasis, rounding, partRounding } = options;
  const rows: LedgerRow[] = [];
  const closed: SeriesState[] = [];
  const gaps: Gap[] = [];
  const warnings: RecalcWarning[] = [];
  let totalBorrowed = 0;
  let totalRepaid = 0;
  let totalInterest = 0;
  let estimatedRows = 0;
  // A rate stored with the contract stands until the history states its own: the rate replayed at
  // `contract`, and at `statutory` the agreed rate where it is below the cap (利息制限法1条 caps the
  // agreed rate; it never raises it).
  let contractRate: Rate | undefined =
    basis.kind !== 'fixed' && options.contractRate !== undefined ? percentOption('contractRate', options.contractRate) : undefined;
  let countFirstDay = false;
  let previous: DayNumber | undefined;

  const firstDate = history[0]?.date;
  let state = newSeries(1, dayNumbers[0] ?? 0);
  if (options.openingBalance > 0) {
    state.balance = options.openingBalance;
    if (firstDate) state.cap = statutoryCap(options.openingBalance, firstDate).rate;
  } else if (history[0] && history[0].borrow === 0 && history[0].repay > 0) {
    warnings.push({ code: 'recalc.openingRepayment', params: {} });
  }

  const appliedRate = (row: number): Rate | undefined => {
    if (basis.kind === 'fixed') return basis.rate;
    if (basis.kind === 'contract') {
      if (contractRate === undefined && state.balance > 0) {
        throw new RecalcInputError('recalc.noContractRate', {}, row);
      }
      return contractRate;
    }
    if (state.cap === undefined) return contractRate;
    return contractRate !== undefined && contractRate < state.cap ? contractRate : state.cap;
  };

  // Accrues interest and 過払利息 over (previous, day] and returns the row's opening working.
  const accrue = (day: DayNumber, row: number): Opening => {
    const first = previous === undefined ? day + 1 : previous + (countFirstDay ? 0 : 1);
    const days = day - first + 1;
    const rate = appliedRate(row);
    let interestParts = NO_PARTS;
    let interest = 0;
    if (state.balance > 0 && days > 0 && rate !== undefined) {
      interestParts = accrualParts(first, day, yearBasis, constantRate(rate));
      interest = interestFor(state.balance, interestParts, rounding, partRounding);
    }
    const over = overpaymentInterestOver(state, first, day, options);
    state.unpaid += interest;
    state.overInterest += over.accrued;
    totalInterest += interest;
    return {
      days: Math.max(days, 0),
      rate,
      interest,
      interestParts,
      overAccrued: over.accrued,
      overParts: over.parts,
      overBases: over.bases,
      firstDayCounted: countFirstDay && days > 0,
    };
  };

  for (let index = 0; index < history.length; index++) {
    const t = history[index] as Transaction;
    const day = dayNumbers[index] as DayNumber;
    if (previous !== undefined && day < previous) {
      throw new RecalcInputError('recalc.dateOrder', { row: t.line ?? index + 1, date: t.date }, index);
    }
    // A loan after a long gap with nothing owed may start a new series (最判H20.1.18). Checked before
    // accrual: a closed series accrues its 過払利息 on its own, from its last row to the as-of date.
    if (t.borrow > 0 && previous !== undefined && day - previous > options.gapDays && state.balance === 0 && state.unpaid === 0) {
      gaps.push({ from: fromDayNumber(previous), to: t.date, days: day - previous });
      if (options.series === 'split') {
        closed.push(state);
        state = newSeries(state.number + 1, day);
        // The new series accrues from its own first loan: no days carried over the gap.
        previous = undefined;
        countFirstDay = false;
      }
    }

    const opening = accrue(day, index);
    if (t.rate !== undefined) contractRate = t.rate;
    const movement = moveMoney(t, day, state, options, statutory);
    countFirstDay = t.borrow > 0 && (options.firstDay === 'every-borrowing' || (options.firstDay === 'first-loan' && state.loans === 1));

    totalBorrowed += t.borrow;
    totalRepaid += t.repay;
    if (t.estimated) estimatedRows++;
    state.lastDay = day;
    rows.push(ledgerRow(t, opening, state, movement));
    previous = day;
  }

  const lastDate = history[history.length - 1]?.date;
  const asOf = options.asOf ?? lastDate ?? '1970-01-01';
  if (lastDate && asOf < lastDate) {
    throw new RecalcInputError('recalc.asOfBeforeLast', { asOf, last: lastDate });
  }
  if (lastDate && asOf > lastDate) {
    const opening = accrue(toDayNumber(asOf), history.length);
    rows.push(ledgerRow({ date: asOf, borrow: 0, repay: 0, note: '計算基準日' }, opening, state, noMovement, 'as-of'));
  }

  const asOfDay = toDayNumber(asOf);
  const series = [...closed.map((s) => closeSeries(s, asOfDay, options)), summarizeSeries(state)];
  for (const s of series) {
    if (!s.limitationDate) continue;
    const params = { series: s.series, end: s.last, date: s.limitationDate };
    if (s.limitationDate <= asOf) warnings.push({ code: 'recalc.limitationPassed', params });
    else if (toDayNumber(s.limitationDate) - asOfDay <= 365) warnings.push({ code: 'recalc.limitation', params });
  }
  for (const gap of gaps) {
    warnings.push({ code: 'recalc.gap', params: { from: gap.from, to: gap.to, days: gap.days, threshold: options.gapDays } });
  }
  if (estimatedRows > 0) warnings.push({ code: 'recalc.estimatedRows', params: { count: estimatedRows } });

  const overpayment = sum(series, (s) => s.overpayment);
  const overpaymentInterest = sum(series, (s) => s.overpaymentInterest);
  return {
    options,
    summary: {
      asOf,
      balance: state.balance,
      unpaidInterest: state.unpaid,
      overpayment,
      overpaymentInterest,
      claim: overpayment + overpaymentInterest,
      totalBorrowed,
      totalRepaid,
      totalInterest,
      estimatedRows,
    },
    rows,
    series,
    gaps,
    warnings,
  };
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += value(item);
  return total;
}
