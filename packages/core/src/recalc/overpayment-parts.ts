// The overpayment in parts (the `per-increment` rule, docs/law/recalculation.md "Overpayment"): each
// excess payment is its own claim earning interest from its receipt (最判H21.9.4) at the legal rate
// of the day its interest first arose, for good (民法404条1項; 改正民法附則15条1項 keeps 5% for a part
// that arose before 2020-04-01). A borrowing while overpaid uses up the parts oldest first (or newest).
import { type DayNumber, fromDayNumber } from '../civil-date.js';
import { rowOn } from '../law/dated-table.js';
import { legalRates } from '../law/legal-rates.js';
import type { Yen } from '../money.js';
import type { Rate } from '../rate.js';
import { accrualParts, constantRate, interestForMany } from './accrual.js';
import type { RecalcOptions } from './options.js';
import { legalRateUnknown } from './recalc-input.js';
import type { OverpaymentBasis } from './recalc-result.js';

/** One part of the overpayment and the rate it keeps; adjacent parts at one rate are kept as one. */
export interface OverpaymentPart {
  amount: Yen;
  rate: Rate;
}

/** Adds an excess payment received on `day`, at the legal rate of that day. */
export function addOverpaymentPart(parts: OverpaymentPart[], amount: Yen, day: DayNumber): void {
  const row = rowOn(legalRates, fromDayNumber(day));
  if (!row) throw legalRateUnknown(fromDayNumber(day));
  const last = parts[parts.length - 1];
  if (last && last.rate === row.value) last.amount += amount;
  else parts.push({ amount, rate: row.value });
}

/** Takes `amount` off the parts, oldest first or newest first; emptied parts are removed. */
export function takeOverpaymentParts(parts: OverpaymentPart[], amount: Yen, order: RecalcOptions['overpaymentOrder']): void {
  let rest = amount;
  while (rest > 0 && parts.length > 0) {
    const index = order === 'newest-first' ? parts.length - 1 : 0;
    const part = parts[index] as OverpaymentPart;
    const taken = Math.min(rest, part.amount);
    part.amount -= taken;
    rest -= taken;
    if (part.amount === 0) parts.splice(index, 1);
  }
}

/** 過払利息 on the parts over the counted days first..last, rounded once (or per part with round-each). */
export function overpaymentPartsInterest(
  parts: readonly OverpaymentPart[],
  first: DayNumber,
  last: DayNumber,
  options: Pick<RecalcOptions, 'yearBasis' | 'rounding' | 'partRounding'>,
): { accrued: Yen; bases: OverpaymentBasis[] } {
  const bases = parts.map((part) => ({
    overpayment: part.amount,
    parts: accrualParts(first, last, options.yearBasis, constantRate(part.rate)),
  }));
  const accrued = interestForMany(
    bases.map((b) => ({ principal: b.overpayment, parts: b.parts })),
    options.rounding,
    options.partRounding,
  );
  return { accrued, bases };
}
