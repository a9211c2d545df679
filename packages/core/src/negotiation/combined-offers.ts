// All offers together: every creditor's current offer (or, without one, its share of the 任意整理
// plan) month by month against what the budget can carry — deferrals and lump sums in their own
// months — with what the debtor must save meanwhile to meet a month that asks more than the budget.
// The guide: weigh each creditor's terms together ("A社は利息免除+36回、B社は元金据置後一括"), never
// accept an installment the budget cannot carry. A debt whose limitation may have run stands apart,
// as in the diagnosis: paying or promising to pay renews the period and costs the 援用 (民法152条1項).
import type { CivilDate } from '../civil-date.js';
import { limitationArticles } from '../law/limitation.js';
import type { Yen } from '../money.js';
import { addMonths } from '../plan/payment-schedules.js';
import type { CreditorPlan } from '../plan/settlement-plan.js';
import { mayBeTimeBarred } from '../position/limitation-position.js';
import type { DebtPosition } from '../position/position-types.js';
import type { OfferInput } from './negotiation-schema.js';
import { paymentSchedule, scheduleTermsOf } from './payment-schedule.js';

export interface CombinedCreditor {
  key: string;
  name: string;
  /** The offer on the table (accepted, else the latest one not rejected); null: none. */
  offer: (OfferInput & { id?: string }) | null;
  /** Its part of the 任意整理 plan, used where there is no offer; null: left out of the plan. */
  planShare: Pick<CreditorPlan, 'payments'> | null;
  /** Its debt position: whether the limitation may have run and whether the plan takes it in (the diagnosis's fact). */
  position: Pick<DebtPosition, 'limitationStatus' | 'plan'>;
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
  sources: CombinedSource[];
  /** Debts whose limitation may have run, left out of the months, the totals and the shortfall. */
  timeBarred: { key: string; name: string; reason: string }[];
  total: Yen;
  peak: CombinedMonth | null;
  /** Months asking more than the budget (a lump sum, overlapping offers). */
  overBudget: CombinedMonth[];
  /** The first month where what was saved does not cover the payments; null: every month is met. */
  firstShort: CombinedMonth | null;
}

export interface CombinedSource {
  key: string;
  name: string;
  source: 'offer' | 'plan' | 'none' | 'time-barred';
  firstPaymentAssumed: boolean;
  /** Why a debt whose limitation may have run is counted all the same; null otherwise. */
  timeBarNote: string | null;
}

export const timeBarredLeftOut = `時効が完成している可能性があるため、支払の合計と不足額に含めていません。払ったり払う約束をしたりすると時効が更新され、援用ができなくなります(${limitationArticles.acknowledgement}、${limitationArticles.acknowledgementAfter})。時効の援用(${limitationArticles.invocation})を検討してください`;

const acceptedTimeBarred = `時効の可能性がありますが、援用できなくなることを確認のうえ受けた和解案のため、合計に含めています(${limitationArticles.acknowledgement})`;

/**
 * Whether a debt whose limitation may have run counts: it does where the user put it in the plan
 * (the position's choice) or accepted an offer on it (accepting asks that confirmation first).
 */
function timeBarState(c: CombinedCreditor): { counted: boolean; note: string | null } {
  if (!mayBeTimeBarred(c.position.limitationStatus)) return { counted: true, note: null };
  if (c.position.plan.included) return { counted: true, note: c.position.plan.reason };
  if (c.offer?.status === 'accepted') return { counted: true, note: acceptedTimeBarred };
  return { counted: false, note: null };
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
  const sources = creditors.map((c): CombinedSource => {
    const { counted, note } = timeBarState(c);
    const base = { key: c.key, name: c.name, firstPaymentAssumed: false, timeBarNote: note };
    if (!counted) return { ...base, source: 'time-barred' };
    if (c.offer) {
      const assumed = c.offer.firstPaymentDate === null;
      const first: CivilDate = c.offer.firstPaymentDate ?? `${planStartMonth}-27`;
      const schedule = paymentSchedule({ ...scheduleTermsOf(c.offer, null), firstPaymentDate: first });
      for (const p of schedule) add(p.dueDate.slice(0, 7), { key: c.key, amount: p.amount, source: 'offer', lumpSum: p.lumpSum });
      return { ...base, source: 'offer', firstPaymentAssumed: assumed };
    }
    if (c.planShare) {
      for (const p of c.planShare.payments) add(p.month, { key: c.key, amount: p.amount, source: 'plan', lumpSum: false });
      return { ...base, source: 'plan' };
    }
    return { ...base, source: 'none' };
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
    timeBarred: sources.filter((s) => s.source === 'time-barred').map(({ key, name }) => ({ key, name, reason: timeBarredLeftOut })),
    total: months.reduce((a, m) => a + m.total, 0),
    peak,
    overBudget: months.filter((m) => m.total > budget),
    firstShort: months.find((m) => m.saved < 0) ?? null,
  };
}
