// What moved from one offer to the next (concessions, on either side): computed from the stored
// offers, never stored, so the offer list shows how the talk went ("concession for concession").
import { formatYenWithUnit as yen } from '../money.js';
import type { OfferInput } from './negotiation-schema.js';

export interface OfferMove {
  field: 'amount' | 'accruedInterest' | 'installments' | 'monthly' | 'futureInterestRate' | 'lumpSum' | 'deferralMonths';
  text: string;
}

const fields: readonly { field: OfferMove['field']; label: string; show: (value: never) => string }[] = [
  { field: 'amount', label: '和解金額', show: (v: number) => yen(v) },
  { field: 'accruedInterest', label: '経過利息', show: (v: number) => yen(v) },
  { field: 'installments', label: '回数', show: (v: number) => `${v}回` },
  { field: 'monthly', label: '毎月', show: (v: number) => yen(v) },
  { field: 'futureInterestRate', label: '将来利息', show: (v: string) => `年${v}%` },
  { field: 'lumpSum', label: '頭金・一括', show: (v: number) => yen(v) },
  { field: 'deferralMonths', label: '据置', show: (v: number) => `${v}か月` },
];

/** The terms that differ from the previous offer, as "回数 36回 → 48回"; empty for the first offer. */
export function offerMoves(previous: OfferInput | undefined, offer: OfferInput): OfferMove[] {
  if (!previous) return [];
  return fields.flatMap(({ field, label, show }) =>
    previous[field] === offer[field]
      ? []
      : [{ field, text: `${label} ${show(previous[field] as never)} → ${show(offer[field] as never)}` }],
  );
}
