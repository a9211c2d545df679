// The plan against the budget in words: the months that differ from the regular one, and the verdict.
import { type Language, type MessageCode, type MessageParams, messageText } from '../messages.js';
import { formatYenWithUnit as yen } from '../money.js';
import type { PlanMonth, SettlementPlan } from './settlement-plan.js';

/**
 * The first and the last month where they differ from the regular month (null where they do not):
 * what a page shows beside the regular payment. A one-month plan has only a first month.
 */
export function monthsApart(plan: SettlementPlan): { first: PlanMonth | null; last: PlanMonth | null } {
  const differs = (m: PlanMonth | null) => (m !== null && m.total !== plan.regularMonthly ? m : null);
  return { first: differs(plan.firstMonth), last: plan.months.length > 1 ? differs(plan.lastMonth) : null };
}

export interface PlanVerdict {
  code: MessageCode;
  params: MessageParams;
}

/**
 * The plan against the budget in one sentence, naming the regular month and, where it asks more,
 * the month carrying the remainders; null when the plan was not tested against a budget.
 */
export function planVerdict(plan: SettlementPlan): PlanVerdict | null {
  if (plan.feasible === null) return null;
  if (plan.feasible) return { code: 'plan.fits', params: {} };
  const peak = plan.peakMonth;
  const when =
    peak === null ? '' : peak.month === plan.firstMonth?.month ? '初回' : peak.month === plan.lastMonth?.month ? '最終回' : peak.month;
  if (plan.regularShortfall > 0) {
    return plan.shortfall > plan.regularShortfall
      ? { code: 'plan.shortWithPeak', params: { amount: yen(plan.regularShortfall), when, peak: yen(plan.shortfall) } }
      : { code: 'plan.short', params: { amount: yen(plan.regularShortfall) } };
  }
  if (plan.shortfall > 0)
    return { code: 'plan.shortPeakOnly', params: { when, total: yen(plan.monthlyTotal), amount: yen(plan.shortfall) } };
  return { code: 'plan.tooLong', params: { max: plan.maxInstallments } };
}

/** The verdict's sentence ('' when there is none). */
export function planVerdictText(plan: SettlementPlan, language: Language = 'ja'): string {
  const verdict = planVerdict(plan);
  return verdict === null ? '' : messageText(verdict.code, verdict.params, language);
}
