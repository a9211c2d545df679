// 引き直し計算: replays a transaction history at the statutory cap (or a given rate), row by row,
// following the rules in docs/law/recalculation.md. Pure: same history and options, same result.
import { addYears, type CivilDate, type DayNumber, dayNumberOfIso, fromDayNumber, isCivilDate, toDayNumber } from '../civil-date.js';
import { rowOn } from '../law/dated-table.js';
import { statutoryCap } from '../law/interest-caps.js';
import { legalRates, overpaymentFixedRate } from '../law/legal-rates.js';
import { overpaymentLimitation } from '../law/limitation.js';
import { type Language, type MessageCode, type MessageParams, messageText } from '../messages.js';
import type { Yen } from '../money.js';
import { formatRatePercent, parseRatePercent, type Rate } from '../rate.js';
import { type AccrualPart, accrualParts, interestFor, NO_PARTS, type RateStep } from './accrual.js';
import { defaultRecalcOptions, optionChoices, type RecalcOptions } from './options.js';

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

export type RecalcErrorCode =
  | 'recalc.asOfBeforeLast'
  | 'recalc.dateOrder'
  | 'recalc.noContractRate'
  | 'recalc.badOption'
  | 'recalc.badAmount'
  | 'recalc.badDate'
  | 'recalc.legalRateUnknown';

/** A history or option the engine cannot compute from; `row` is the index of the row at fault. */
export class RecalcInputError extends Error {
  constructor(
    readonly code: RecalcErrorCode,
    readonly params: MessageParams = {},
    readonly row?: number,
  ) {
    super(messageText(code, params, 'en'));
    this.name = 'RecalcInputError';
  }

  /** The message in Japanese, for the user of the command line. */
  get ja(): string {
    return messageText(this.code, this.params, 'ja');
  }

  /** The message for the user of the web app: where the command line's wording names a flag, the page's names the page. */
  pageText(language: Language = 'ja'): string {
    return messageText(pageMessageCodes[this.code] ?? this.code, this.params, language);
  }
}

const pageMessageCodes: Partial<Record<RecalcErrorCode, MessageCode>> = {
  'recalc.noContractRate': 'recalc.noContractRateInPage',
};

const NEVER = Number.NEGATIVE_INFINITY;

/** What accrued over the period that ends at a row. */
interface Opening {
  days: number;
  rate: Rate | undefined;
  interest: Yen;
  interestParts: readonly AccrualPart[];
  overAccrued: Yen;
  overParts: readonly AccrualPart[];
  firstDayCounted: boolean;
}

/** Where a row's money went. */
interface Movement {
  paidToInterest: Yen;
  paidToPrincipal: Yen;
  paidToOverpayment: Yen;
  nettedInterest: Yen;
  nettedOverpayment: Yen;
  tier: LedgerRow['tier'] | undefined;
}

const noMovement: Movement = {
  paidToInterest: 0,
  paidToPrincipal: 0,
  paidToOverpayment: 0,
  nettedInterest: 0,
  nettedOverpayment: 0,
  tier: undefined,
};

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

type RateBasis = { kind: 'statutory' } | { kind: 'contract' } | { kind: 'fixed'; rate: Rate };

function rateBasisOf(text: string): RateBasis {
  if (text === 'statutory' || text === 'contract') return { kind: text };
  const parsed = parseRatePercent(text);
  if (!parsed.ok) throw new RecalcInputError('recalc.badOption', { detail: `rate: ${text}` });
  return { kind: 'fixed', rate: parsed.value };
}

/** Running state of one series of transactions. */
interface SeriesState {
  number: number;
  firstDay: DayNumber;
  lastDay: DayNumber;
  balance: Yen;
  unpaid: Yen;
  over: Yen;
  overInterest: Yen;
  overSteps: readonly RateStep[];
  cap: Rate | undefined;
  loans: number;
}

function replay(history: readonly Transaction[], options: RecalcOptions): RecalcResult {
  checkOptions(options);
  const dayNumbers = history.map(checkedDayNumber);
  const basis = rateBasisOf(options.rate);
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
    let overParts = NO_PARTS;
    let overAccrued = 0;
    if (state.over > 0 && days > 0) {
      overParts = accrualParts(first, day, yearBasis, state.overSteps);
      if (overParts.some((part) => Number.isNaN(part.rate))) throw legalRateUnknown(fromDayNumber(day));
      overAccrued = interestFor(state.over, overParts, rounding, partRounding);
    }
    state.unpaid += interest;
    state.overInterest += overAccrued;
    totalInterest += interest;
    return { days: Math.max(days, 0), rate, interest, interestParts, overAccrued, overParts, firstDayCounted: countFirstDay && days > 0 };
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

    let nettedInterest = 0;
    let nettedOverpayment = 0;
    let tier: LedgerRow['tier'];
    if (t.borrow > 0) {
      let rest = t.borrow;
      if (options.netting !== 'none') {
        if (options.netting === 'interest-first') {
          nettedInterest = Math.min(rest, state.overInterest);
          rest -= nettedInterest;
          state.overInterest -= nettedInterest;
        }
        nettedOverpayment = Math.min(rest, state.over);
        rest -= nettedOverpayment;
        state.over -= nettedOverpayment;
        if (state.over === 0) state.overSteps = [];
      }
      state.balance += rest;
      // 最判H22.4.20 / H25.7.18: the principal after this loan (net of set-off) decides the tier,
      // and the tier only ever moves down.
      if (basis.kind === 'statutory' && state.balance > 0) {
        const cap = statutoryCap(state.balance, t.date);
        const lowered = state.cap !== undefined && cap.rate < state.cap;
        if (state.cap === undefined || lowered) state.cap = cap.rate;
        tier = { principal: state.balance, rate: formatRatePercent(state.cap), lowered, source: cap.source };
      }
      state.loans++;
      countFirstDay = options.firstDay === 'every-borrowing' || (options.firstDay === 'first-loan' && state.loans === 1);
    } else {
      countFirstDay = false;
    }

    let paidToInterest = 0;
    let paidToPrincipal = 0;
    let paidToOverpayment = 0;
    if (t.repay > 0) {
      paidToInterest = Math.min(t.repay, state.unpaid);
      state.unpaid -= paidToInterest;
      paidToPrincipal = Math.min(t.repay - paidToInterest, state.balance);
      state.balance -= paidToPrincipal;
      paidToOverpayment = t.repay - paidToInterest - paidToPrincipal;
      if (paidToOverpayment > 0) {
        if (state.over === 0) state.overSteps = overpaymentSteps(options, day);
        state.over += paidToOverpayment;
      }
    }

    totalBorrowed += t.borrow;
    totalRepaid += t.repay;
    if (t.estimated) estimatedRows++;
    state.lastDay = day;
    rows.push(
      ledgerRow(t, opening, state, {
        paidToInterest,
        paidToPrincipal,
        paidToOverpayment,
        nettedInterest,
        nettedOverpayment,
        tier,
      }),
    );
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

function newSeries(number: number, firstDay: DayNumber): SeriesState {
  return { number, firstDay, lastDay: firstDay, balance: 0, unpaid: 0, over: 0, overInterest: 0, overSteps: [], cap: undefined, loans: 0 };
}

/** The legal-rate steps an overpayment arising on `day` earns, under the chosen rule. */
function overpaymentSteps(options: RecalcOptions, day: DayNumber): readonly RateStep[] {
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

// Built as one literal with every field (no spreads): this runs once per row.
function ledgerRow(
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
    paidToInterest: movement.paidToInterest,
    paidToPrincipal: movement.paidToPrincipal,
    paidToOverpayment: movement.paidToOverpayment,
    nettedInterest: movement.nettedInterest,
    nettedOverpayment: movement.nettedOverpayment,
    tier: movement.tier,
    firstDayCounted: opening.firstDayCounted,
  };
}

// Rates change a few times in a history; their texts and one-step schedules are made once.
const rateTexts = new Map<Rate, string>();
function rateText(rate: Rate): string {
  let text = rateTexts.get(rate);
  if (text === undefined) {
    text = formatRatePercent(rate);
    rateTexts.set(rate, text);
  }
  return text;
}

const constantRates = new Map<Rate, readonly RateStep[]>();
function constantRate(rate: Rate): readonly RateStep[] {
  let steps = constantRates.get(rate);
  if (steps === undefined) {
    steps = [{ from: NEVER, rate }];
    constantRates.set(rate, steps);
  }
  return steps;
}

function legalRateUnknown(date: CivilDate): RecalcInputError {
  return new RecalcInputError('recalc.legalRateUnknown', { date });
}

/** A series closed at a split keeps earning 過払利息 until the as-of date. */
function closeSeries(state: SeriesState, asOfDay: DayNumber, options: RecalcOptions): SeriesSummary {
  if (state.over > 0 && asOfDay > state.lastDay) {
    const parts = accrualParts(state.lastDay + 1, asOfDay, options.yearBasis, state.overSteps);
    state.overInterest += interestFor(state.over, parts, options.rounding, options.partRounding);
  }
  return summarizeSeries(state);
}

function summarizeSeries(state: SeriesState): SeriesSummary {
  const last = fromDayNumber(state.lastDay);
  const claim = state.over + state.overInterest;
  return {
    series: state.number,
    first: fromDayNumber(state.firstDay),
    last,
    balance: state.balance,
    unpaidInterest: state.unpaid,
    overpayment: state.over,
    overpaymentInterest: state.overInterest,
    claim,
    ...(claim > 0 ? { limitationDate: addYears(last, overpaymentLimitation.years) } : {}),
  };
}

function checkOptions(options: RecalcOptions): void {
  for (const [name, choices] of Object.entries(optionChoices)) {
    const value = options[name as keyof typeof optionChoices];
    if (!(choices as readonly string[]).includes(value)) {
      throw new RecalcInputError('recalc.badOption', { detail: `${name} must be one of ${choices.join(', ')}: ${value}` });
    }
  }
  if (options.asOf !== undefined && !isCivilDate(options.asOf)) {
    throw new RecalcInputError('recalc.badOption', { detail: `asOf must be a date YYYY-MM-DD: ${options.asOf}` });
  }
  if (!Number.isSafeInteger(options.gapDays) || options.gapDays < 0) {
    throw new RecalcInputError('recalc.badOption', { detail: `gapDays must be a whole number of days: ${options.gapDays}` });
  }
  if (!Number.isSafeInteger(options.openingBalance) || options.openingBalance < 0) {
    throw new RecalcInputError('recalc.badOption', { detail: `openingBalance must be whole yen ≥ 0: ${options.openingBalance}` });
  }
  if (options.contractRate !== undefined) percentOption('contractRate', options.contractRate);
}

function percentOption(name: string, text: string): Rate {
  const parsed = parseRatePercent(text);
  if (!parsed.ok) throw new RecalcInputError('recalc.badOption', { detail: `${name}: ${text}` });
  return parsed.value;
}

/** Checks one row and returns its day number. */
function checkedDayNumber(t: Transaction, index: number): DayNumber {
  const day = dayNumberOfIso(t.date);
  if (day === undefined) throw new RecalcInputError('recalc.badDate', { row: t.line ?? index + 1, date: t.date }, index);
  for (const amount of [t.borrow, t.repay]) {
    if (!Number.isSafeInteger(amount) || amount < 0) {
      throw new RecalcInputError('recalc.badAmount', { row: t.line ?? index + 1, amount }, index);
    }
  }
  if (t.rate !== undefined && (!Number.isSafeInteger(t.rate) || t.rate < 0)) {
    throw new RecalcInputError('recalc.badOption', { detail: `row ${t.line ?? index + 1}: not a rate: ${t.rate}` }, index);
  }
  return day;
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += value(item);
  return total;
}
