// All offers together: every creditor's current offer (or, without one, its share of the 任意整理
// plan) month by month against what the budget can carry — deferrals and lump sums in their own
// months — with what the debtor must save meanwhile to meet a month that asks more than the budget.
// The guide: weigh each creditor's terms together ("A社は利息免除+36回、B社は元金据置後一括"), never
// accept an installment the budget cannot carry.
import type { CivilDate } from '../civil-date.js';
import type { Yen } from '../money.js';
import { addMonths } from '../plan/payment-schedules.js';
import type { CreditorPlan } from '../plan/settlement-plan.js';
import type { OfferInput } from './negotiation-schema.js';
import { paymentSchedule, scheduleTermsOf } from './payment-schedule.js';

export interface CombinedCreditor {
  key: string;
  name: string;
  /** The offer on the table (accepted, else the latest one not rejected); null: none. */
  offer: (OfferInput & { id?: string }) | null;
  /** Its part of the 任意整理 plan, used where there is no offer; null: left out of the plan. */
  planShare: Pick<CreditorPlan, 'payments'> | null;
}

export interface CombinedPart {
  key: string;
  amount: Yen;
  source: 'offer' | 'plan';
  lumpSum: boolean;
}

export interface CombinedMonth {
  month: string;
  total: Yen;
  parts: CombinedPart[];
  /** Budget − total: put aside this month (negative: taken from what was saved). */
  spare: Yen;
  /** Put aside since the first month, after this month's payments (negative: short). */
  saved: Yen;
}

export interface CombinedView {
  months: CombinedMonth[];
  budget: Yen;
  /** Where each creditor's figures come from. */
  sources: { key: string; name: string; source: 'offer' | 'plan' | 'none'; firstPaymentAssumed: boolean }[];
  total: Yen;
  peak: CombinedMonth | null;
  /** Months asking more than the budget (a lump sum, overlapping offers). */
  overBudget: CombinedMonth[];
  /** The first month where what was saved does not cover the payments; null: every month is met. */
  firstShort: CombinedMonth | null;
}

/** The offer a creditor's figures follow: the accepted one, else the latest not rejected. */
export function currentOffer<T extends OfferInput>(offers: readonly T[]): T | null {
  const live = offers.filter((o) => o.status !== 'rejected');
  return [...live].reverse().find((o) => o.status === 'accepted') ?? live[live.length - 1] ?? null;
}

/**
 * The month-by-month view from `fromMonth` (saving starts then) to the last payment. An offer
 * without a first payment date is taken to start in `planStartMonth` (said in `sources`).
 */
export function combinedOffers(
  creditors: readonly CombinedCreditor[],
  budget: Yen,
  fromMonth: string,
  planStartMonth: string,
): CombinedView {
  const byMonth = new Map<string, CombinedPart[]>();
  const add = (month: string, part: CombinedPart) => byMonth.set(month, [...(byMonth.get(month) ?? []), part]);
  const sources = creditors.map((c) => {
    if (c.offer) {
      const assumed = c.offer.firstPaymentDate === null;
      const first: CivilDate = c.offer.firstPaymentDate ?? `${planStartMonth}-27`;
      const schedule = paymentSchedule({ ...scheduleTermsOf(c.offer, null), firstPaymentDate: first });
      for (const p of schedule) add(p.dueDate.slice(0, 7), { key: c.key, amount: p.amount, source: 'offer', lumpSum: p.lumpSum });
      return { key: c.key, name: c.name, source: 'offer' as const, firstPaymentAssumed: assumed };
    }
    if (c.planShare) {
      for (const p of c.planShare.payments) add(p.month, { key: c.key, amount: p.amount, source: 'plan', lumpSum: false });
      return { key: c.key, name: c.name, source: 'plan' as const, firstPaymentAssumed: false };
    }
    return { key: c.key, name: c.name, source: 'none' as const, firstPaymentAssumed: false };
  });
  const last = [...byMonth.keys()].sort().at(-1);
  const months: CombinedMonth[] = [];
  let saved = 0;
  for (let month = fromMonth; last !== undefined && month <= last; month = addMonths(month, 1)) {
    const parts = byMonth.get(month) ?? [];
    const total = parts.reduce((a, p) => a + p.amount, 0);
    saved += budget - total;
    months.push({ month, total, parts, spare: budget - total, saved });
  }
  const peak = months.reduce<CombinedMonth | null>((top, m) => (top === null || m.total > top.total ? m : top), null);
  return {
    months,
    budget,
    sources,
    total: months.reduce((a, m) => a + m.total, 0),
    peak,
    overBudget: months.filter((m) => m.total > budget),
    firstShort: months.find((m) => m.saved < 0) ?? null,
  };
}
