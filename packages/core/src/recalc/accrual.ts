// Simple interest on a principal over a run of days, split where the year length or the rate
// changes, and rounded in one place (divideToYen).
import { type DayNumber, dayNumberFromYmd, daysInYear, ymdFromDayNumber } from '../civil-date.js';
import { divideToYen, type RoundingMode, type Yen } from '../money.js';
import { PPM, type Rate } from '../rate.js';
import type { PartRounding, YearBasis } from './options.js';

/** `count / per` of a year at `rate`: days over a year length, or whole years (per = 1). */
export interface AccrualPart {
  count: number;
  per: number;
  rate: Rate;
}

/** A rate in force from a day on (the first step's `from` is -Infinity). */
export interface RateStep {
  from: DayNumber;
  rate: Rate;
}

// One-step schedules (a rate for all time) are made once per rate.
const constantRates = new Map<Rate, readonly RateStep[]>();
export function constantRate(rate: Rate): readonly RateStep[] {
  let steps = constantRates.get(rate);
  if (steps === undefined) {
    steps = [{ from: Number.NEGATIVE_INFINITY, rate }];
    constantRates.set(rate, steps);
  }
  return steps;
}

/** Shared by every row that accrues nothing. */
export const NO_PARTS: readonly AccrualPart[] = Object.freeze([]);

// The calendar year last looked up: most periods fall inside one, so its bounds are kept.
let cachedYear = { start: 0, end: -1, days: 365 };

/** The parts of the counted days first..last (both inclusive). */
export function accrualParts(first: DayNumber, last: DayNumber, basis: YearBasis, steps: readonly RateStep[]): readonly AccrualPart[] {
  if (basis === 'calendar' && steps.length === 1 && first >= cachedYear.start && last <= cachedYear.end) {
    return singlePart(last - first + 1, cachedYear.days, (steps[0] as RateStep).rate);
  }
  const parts: AccrualPart[] = [];
  let cursor = first;
  if (basis === 'calendar-years-first') cursor = addWholeYears(cursor, last, steps, parts);
  while (cursor <= last) {
    let end = last;
    const stepIndex = stepAt(steps, cursor);
    const next = steps[stepIndex + 1];
    if (next && next.from - 1 < end) end = next.from - 1;
    let per = 365;
    if (basis !== 'fixed365') {
      const { year } = ymdFromDayNumber(cursor);
      cachedYear = { start: dayNumberFromYmd(year, 1, 1), end: dayNumberFromYmd(year, 12, 31), days: daysInYear(year) };
      if (cachedYear.end < end) end = cachedYear.end;
      per = cachedYear.days;
    }
    pushPart(parts, end - cursor + 1, per, (steps[stepIndex] as RateStep).rate);
    cursor = end + 1;
  }
  return parts;
}

// Most rows accrue a few dozen days at one of a few rates: those parts are made once and shared
// (frozen), which spares the garbage collector a quarter of a 200,000-row ledger.
const sharedParts = new Map<number, readonly AccrualPart[]>();

function singlePart(count: number, per: number, rate: Rate): readonly AccrualPart[] {
  if (count >= 1000 || rate > 10_000_000) return [{ count, per, rate }];
  const key = (rate * 1000 + count) * 2 + (per === 366 ? 1 : 0);
  let parts = sharedParts.get(key);
  if (parts === undefined) {
    parts = Object.freeze([Object.freeze({ count, per, rate })]);
    sharedParts.set(key, parts);
  }
  return parts;
}

/** Whole years counted from `first` while a whole year fits and its rate does not change. */
function addWholeYears(first: DayNumber, last: DayNumber, steps: readonly RateStep[], parts: AccrualPart[]): DayNumber {
  const start = ymdFromDayNumber(first);
  let cursor = first;
  for (let years = 1; ; years++) {
    const year = start.year + years;
    const day = start.month === 2 && start.day === 29 && daysInYear(year) === 365 ? 28 : start.day;
    const anniversary = dayNumberFromYmd(year, start.month, day);
    if (anniversary - 1 > last) return cursor;
    const stepIndex = stepAt(steps, cursor);
    if (stepAt(steps, anniversary - 1) !== stepIndex) return cursor;
    pushPart(parts, 1, 1, (steps[stepIndex] as RateStep).rate);
    cursor = anniversary;
  }
}

function stepAt(steps: readonly RateStep[], day: DayNumber): number {
  let index = 0;
  while (index + 1 < steps.length && (steps[index + 1] as RateStep).from <= day) index++;
  return index;
}

function pushPart(parts: AccrualPart[], count: number, per: number, rate: Rate): void {
  const previous = parts[parts.length - 1];
  if (previous && previous.per === per && previous.rate === rate) previous.count += count;
  else parts.push({ count, per, rate });
}

// 365 × 366: a multiple of every `per` (1, 365, 366), so parts add exactly over one denominator.
const COMMON_PER = 133_590;

/** principal × rate × parts, rounded by `rounding` once (sum-then-round) or per part (round-each). */
export function interestFor(principal: Yen, parts: readonly AccrualPart[], rounding: RoundingMode, partRounding: PartRounding): Yen {
  if (principal === 0 || parts.length === 0) return 0;
  if (parts.length === 1 || partRounding === 'round-each') {
    let total = 0;
    for (const part of parts) total += partInterest(principal, part, rounding);
    return total;
  }
  let numerator = 0n;
  for (const part of parts) {
    numerator += BigInt(principal) * BigInt(part.rate) * BigInt(part.count) * BigInt(COMMON_PER / part.per);
  }
  return divideToYen(numerator, BigInt(PPM) * BigInt(COMMON_PER), rounding);
}

/**
 * Σ principal × rate × parts over several principals, each with its own parts (the overpayment's
 * parts at their own rates): added exactly and rounded once, or each part rounded with round-each.
 */
export function interestForMany(
  items: readonly { principal: Yen; parts: readonly AccrualPart[] }[],
  rounding: RoundingMode,
  partRounding: PartRounding,
): Yen {
  if (items.length === 1) {
    const item = items[0] as { principal: Yen; parts: readonly AccrualPart[] };
    return interestFor(item.principal, item.parts, rounding, partRounding);
  }
  if (partRounding === 'round-each') {
    let total = 0;
    for (const item of items) total += interestFor(item.principal, item.parts, rounding, partRounding);
    return total;
  }
  // Most periods are one run of days at each part's own rate: Σ principal × rate over one count/per.
  const first = items[0]?.parts[0];
  if (first && items.every((item) => item.parts.length === 1 && item.parts[0]?.count === first.count && item.parts[0]?.per === first.per)) {
    let weighted = 0;
    for (const item of items) weighted += item.principal * (item.parts[0] as AccrualPart).rate;
    const numerator = weighted * first.count;
    if (Number.isSafeInteger(numerator)) return divideToYen(numerator, PPM * first.per, rounding);
  }
  let numerator = 0n;
  for (const item of items)
    for (const part of item.parts)
      numerator += BigInt(item.principal) * BigInt(part.rate) * BigInt(part.count) * BigInt(COMMON_PER / part.per);
  return divideToYen(numerator, BigInt(PPM) * BigInt(COMMON_PER), rounding);
}

function partInterest(principal: Yen, part: AccrualPart, rounding: RoundingMode): Yen {
  const numerator = principal * part.rate * part.count;
  if (Number.isSafeInteger(numerator)) return divideToYen(numerator, PPM * part.per, rounding);
  return divideToYen(BigInt(principal) * BigInt(part.rate) * BigInt(part.count), BigInt(PPM * part.per), rounding);
}
