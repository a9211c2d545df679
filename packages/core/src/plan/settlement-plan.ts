// 任意整理 plan designer: each creditor's debt paid in installments from a start month, the monthly
// total set against the budget. Principal only by default (東京三会統一基準, docs/law/practice.md); accrued
// interest and a future-interest rate are options. Every schedule adds up to its debt exactly.
import type { Yen } from '../money.js';
import { allocate } from './allocation.js';
import { addMonths, evenPayments, levelPayments, type Payment } from './payment-schedules.js';

export { addMonths, evenPayments, levelPayments, type Payment } from './payment-schedules.js';

export interface PlanCreditor {
  key: string;
  name: string;
  /** Principal to settle (the recalculated balance, or the claim where there is no history). */
  principal: Yen;
  /** 経過利息 up to the settlement date, added only with `includeAccruedInterest`. */
  accruedInterest?: Yen;
  /** 'YYYY-MM' of this creditor's first payment, when it differs from the plan's. */
  startMonth?: string;
}

export interface PlanSettings {
  /** Number of monthly installments (36 standard; 36–60 common). */
  installments: number;
  /** The most installments a plan may use when searching for one that fits the budget. */
  maxInstallments: number;
  /** The monthly amount the budget can carry (the plan's test); undefined: not tested. */
  monthlyBudget?: Yen;
  /** No creditor is offered less than this per month: a small debt is paid in fewer installments. */
  floor: Yen;
  /** 'YYYY-MM' of the first payment. */
  startMonth: string;
  /** An extra amount in each bonus month (1–12), split across creditors in proportion to their debts. */
  bonus: { months: number[]; amount: Yen };
  /** Where each schedule's rounding remainder goes. */
  remainder: 'first' | 'last';
  includeAccruedInterest: boolean;
  /** 将来利息: an annual rate (percent text) on the remaining debt, paid in level installments. */
  futureInterestRate?: string;
  /** Creditors (keys) left out of the plan: 任意整理 may leave out a car loan or a guaranteed debt. */
  exclude?: readonly string[];
}

export const defaultPlanSettings: Omit<PlanSettings, 'startMonth'> = {
  installments: 36,
  maxInstallments: 60,
  floor: 0,
  bonus: { months: [], amount: 0 },
  remainder: 'first',
  includeAccruedInterest: false,
};

export interface CreditorPlan {
  key: string;
  name: string;
  debt: Yen;
  installments: number;
  /** The regular monthly amount (without a remainder or bonus). */
  monthly: Yen;
  payments: Payment[];
  total: Yen;
  interest: Yen;
}

export interface PlanMonth {
  month: string;
  total: Yen;
  bonus: boolean;
}

export interface SettlementPlan {
  creditors: CreditorPlan[];
  /** Each calendar month's total across creditors. */
  months: PlanMonth[];
  debt: Yen;
  total: Yen;
  /** 将来利息 in all (0 without a future-interest rate). */
  interest: Yen;
  /**
   * The regular monthly payment: each creditor's regular installment (no rounding remainder, no
   * bonus, not a short last payment), added up — what the rows of the plan add up to.
   */
  regularMonthly: Yen;
  /** The first and the last calendar month of the plan (a remainder or a staggered start makes them differ from the regular). */
  firstMonth: PlanMonth | null;
  lastMonth: PlanMonth | null;
  /** The month without a bonus that asks the most (remainders included): what every month must carry. */
  peakMonth: PlanMonth | null;
  /** peakMonth's total (0 for an empty plan). */
  monthlyTotal: Yen;
  installments: number;
  /** The most installments the settings allow; `tooLong` when a creditor needs more (plans by a monthly amount). */
  maxInstallments: number;
  tooLong: boolean;
  /** Against the budget: every month fits (the peak month included); null when not tested. */
  feasible: boolean | null;
  /** What the peak month lacks against the budget (0 when it fits). */
  shortfall: Yen;
  /** What a regular month lacks against the budget (0 when it fits); at most `shortfall`. */
  regularShortfall: Yen;
}

/** The plan for `settings.installments` installments. */
export function settlementPlan(all: readonly PlanCreditor[], settings: PlanSettings): SettlementPlan {
  checkSettings(settings);
  const creditors = included(all, settings);
  const debts = creditors.map((c) => c.principal + (settings.includeAccruedInterest ? (c.accruedInterest ?? 0) : 0));
  const bonusShares = allocate(settings.bonus.amount, debts);
  const plans = creditors.map((creditor, index) => creditorPlan(creditor, debts[index] as Yen, bonusShares[index] as Yen, settings));
  return summarize(plans, settings, settings.installments, false);
}

/**
 * The fewest installments (up to `maxInstallments`) whose monthly total fits the budget; if none
 * fits, the plan at `maxInstallments`, marked infeasible with the monthly shortfall.
 */
export function planWithinBudget(creditors: readonly PlanCreditor[], settings: PlanSettings & { monthlyBudget: Yen }): SettlementPlan {
  let plan = settlementPlan(creditors, { ...settings, installments: settings.maxInstallments });
  if (!plan.feasible) return plan;
  for (let n = settings.maxInstallments - 1; n >= 1; n--) {
    const shorter = settlementPlan(creditors, { ...settings, installments: n });
    if (!shorter.feasible) break;
    plan = shorter;
  }
  return plan;
}

/**
 * The plan for a monthly amount: split across creditors in proportion to their debts (按分), each
 * paying its share until its debt is cleared (the last payment smaller). Infeasible when a creditor
 * would need more than `maxInstallments`, or the amount is above the budget.
 */
export function planForMonthlyAmount(all: readonly PlanCreditor[], monthlyAmount: Yen, settings: PlanSettings): SettlementPlan {
  checkSettings(settings);
  const creditors = included(all, settings);
  const debts = creditors.map((c) => c.principal + (settings.includeAccruedInterest ? (c.accruedInterest ?? 0) : 0));
  const shares = allocate(monthlyAmount, debts);
  const plans = creditors.map((creditor, index): CreditorPlan => {
    const debt = debts[index] as Yen;
    // A debt whose share rounds to nothing is paid at once rather than never.
    const allocated = Math.max(shares[index] as Yen, Math.min(settings.floor, debt));
    const share = allocated > 0 ? allocated : debt;
    const installments = installmentsForShare(debt, share);
    const start = creditor.startMonth ?? settings.startMonth;
    const payments = Array.from(
      { length: installments },
      (_, i): Payment => ({
        month: addMonths(start, i),
        amount: i === installments - 1 ? debt - share * (installments - 1) : share,
        interest: 0,
        bonus: false,
      }),
    );
    return { key: creditor.key, name: creditor.name, debt, installments, monthly: share, payments, total: debt, interest: 0 };
  });
  const longest = Math.max(0, ...plans.map((p) => p.installments));
  return summarize(plans, settings, longest, longest > settings.maxInstallments);
}

/**
 * Installments of `share` to clear `debt`. A last payment smaller than the number of full
 * installments is only the rounding of the share (one yen more a month would have cleared it):
 * it is folded into the last full installment instead of making a payment of a few yen.
 */
export function installmentsForShare(debt: Yen, share: Yen): number {
  if (share <= 0) return 0;
  const full = Math.floor(debt / share);
  const left = debt - full * share;
  return left === 0 || (full > 0 && left < full) ? full : full + 1;
}

function summarize(plans: CreditorPlan[], settings: PlanSettings, installments: number, tooLong: boolean): SettlementPlan {
  const budget = settings.monthlyBudget;
  const byMonth = new Map<string, { total: Yen; bonus: boolean }>();
  for (const plan of plans) {
    for (const payment of plan.payments) {
      const entry = byMonth.get(payment.month) ?? { total: 0, bonus: false };
      byMonth.set(payment.month, { total: entry.total + payment.amount, bonus: entry.bonus || payment.bonus });
    }
  }
  const months = [...byMonth.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, entry]) => ({ month, ...entry }));
  // The earliest of the months that ask the most.
  const peakMonth = months
    .filter((m) => !m.bonus)
    .reduce<PlanMonth | null>((peak, m) => (peak === null || m.total > peak.total ? m : peak), null);
  const monthlyTotal = peakMonth?.total ?? 0;
  const regularMonthly = plans.reduce((a, p) => a + p.monthly, 0);
  const fits = budget === undefined ? null : monthlyTotal <= budget;
  return {
    creditors: plans,
    months,
    debt: plans.reduce((a, p) => a + p.debt, 0),
    total: plans.reduce((a, p) => a + p.total, 0),
    interest: plans.reduce((a, p) => a + p.interest, 0),
    regularMonthly,
    firstMonth: months[0] ?? null,
    lastMonth: months[months.length - 1] ?? null,
    peakMonth,
    monthlyTotal,
    installments,
    maxInstallments: settings.maxInstallments,
    tooLong,
    feasible: fits === null ? (tooLong ? false : null) : fits && !tooLong,
    shortfall: budget === undefined ? 0 : Math.max(0, monthlyTotal - budget),
    regularShortfall: budget === undefined ? 0 : Math.max(0, regularMonthly - budget),
  };
}

function creditorPlan(creditor: PlanCreditor, debt: Yen, bonusShare: Yen, settings: PlanSettings): CreditorPlan {
  // A small debt under the floor is paid in fewer installments of at least the floor.
  const installments =
    settings.floor > 0 && debt < settings.floor * settings.installments
      ? Math.max(1, Math.floor(debt / settings.floor))
      : settings.installments;
  const start = creditor.startMonth ?? settings.startMonth;
  const months = Array.from({ length: installments }, (_, i) => addMonths(start, i));
  const payments = settings.futureInterestRate
    ? levelPayments(debt, months, settings.futureInterestRate)
    : evenPayments(debt, months, bonusShare, { bonusMonths: settings.bonus.months, remainder: settings.remainder });
  const total = payments.reduce((a, p) => a + p.amount, 0);
  const interest = payments.reduce((a, p) => a + p.interest, 0);
  const regular = payments.find((p, i) => !p.bonus && (settings.remainder === 'first' ? i > 0 : i < payments.length - 1)) ?? payments[0];
  return { key: creditor.key, name: creditor.name, debt, installments, monthly: regular ? regular.amount : 0, payments, total, interest };
}

const included = (creditors: readonly PlanCreditor[], settings: PlanSettings) =>
  settings.exclude && settings.exclude.length > 0 ? creditors.filter((c) => !settings.exclude?.includes(c.key)) : creditors;

function checkSettings(settings: PlanSettings): void {
  if (!Number.isInteger(settings.installments) || settings.installments < 1 || settings.installments > 600) {
    throw new RangeError(`installments must be 1–600: ${settings.installments}`);
  }
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(settings.startMonth)) throw new RangeError(`startMonth must be YYYY-MM: ${settings.startMonth}`);
  if (settings.futureInterestRate && settings.bonus.amount > 0)
    throw new RangeError('bonus payments and future interest cannot be combined');
}
