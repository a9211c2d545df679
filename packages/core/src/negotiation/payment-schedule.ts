// After the settlement: the agreed terms become dated installments, the payments actually made are
// applied to them oldest first, and the acceleration clause (期限の利益喪失) is watched: when it
// fired, or how many days are left before it fires if nothing more is paid. docs/law/practice.md
// "Settlement agreement": two consecutive misses → acceleration at the second due date; late
// charges run on the remaining principal from the next day. An installment whose agreed day is a
// bank holiday falls due on the next business day (docs/law/practice.md "Dates that fall on a holiday").
import { addDays, type CivilDate, daysBetween, daysInMonth } from '../civil-date.js';
import { type HolidayRule, installmentFallsDueOn } from '../law/business-days.js';
import { lateChargeCap } from '../law/late-charges.js';
import { divideToYen, type Yen } from '../money.js';
import { addMonths, levelPayments } from '../plan/settlement-plan.js';
import { formatRatePercent, parseRatePercent } from '../rate.js';
import type { AccelerationClause, AgreementTerms, OfferInput, PaymentInput } from './negotiation-schema.js';

/** The terms a schedule is built from: the written agreement's where given, else the accepted offer's. */
export interface ScheduleTerms {
  amount: Yen;
  installments: number;
  monthly: Yen;
  futureInterestRate: string;
  lumpSum: Yen;
  deferralMonths: number;
  firstPaymentDate: CivilDate | null;
  /** Day of the month (31: the month's last day); defaults to the first payment's day. */
  paymentDay: number | null;
  acceleration: AccelerationClause;
  lateChargeRate: string | null;
  /** The agreement's 休日 clause; null (silent) is read as the next business day (最判 H11.3.11). */
  holidayRule: HolidayRule | null;
}

export function scheduleTermsOf(offer: OfferInput, terms: AgreementTerms | null): ScheduleTerms {
  return {
    amount: terms?.confirmedBalance ?? offer.amount,
    installments: terms?.installments ?? offer.installments,
    monthly: terms?.monthly ?? offer.monthly,
    futureInterestRate: terms ? terms.futureInterestRate : offer.futureInterestRate,
    lumpSum: offer.lumpSum,
    deferralMonths: offer.deferralMonths,
    firstPaymentDate: terms?.firstPaymentDate ?? offer.firstPaymentDate,
    paymentDay: terms?.paymentDay ?? null,
    acceleration:
      terms && (terms.acceleration.misses !== null || terms.acceleration.amount !== null) ? terms.acceleration : offer.acceleration,
    lateChargeRate: terms?.lateChargeRate ?? offer.lateChargeRate,
    holidayRule: terms ? terms.holidayRule : 'next-business-day',
  };
}

export interface PaymentAmount {
  amount: Yen;
  /** 将来利息 in this payment. */
  interest: Yen;
  lumpSum: boolean;
}

/**
 * The payments the terms call for, in order: the lump sum, then `monthly` until the rest is paid
 * (the last one what is left, larger when monthly × installments falls short), or level payments
 * where a future-interest rate applies.
 */
export function paymentAmounts(
  terms: Omit<ScheduleTerms, 'firstPaymentDate' | 'paymentDay' | 'acceleration' | 'lateChargeRate' | 'holidayRule'>,
): PaymentAmount[] {
  const lump: PaymentAmount[] = terms.lumpSum > 0 ? [{ amount: terms.lumpSum, interest: 0, lumpSum: true }] : [];
  const rest = terms.amount - terms.lumpSum;
  const rate = parseRatePercent(terms.futureInterestRate);
  if (rate.ok && rate.value > 0) {
    const months = Array.from({ length: terms.installments }, (_, i) => addMonths('2000-01', i));
    return [
      ...lump,
      ...levelPayments(rest, months, terms.futureInterestRate).map((p) => ({ amount: p.amount, interest: p.interest, lumpSum: false })),
    ];
  }
  const payments: PaymentAmount[] = [];
  let left = rest;
  for (let i = 0; i < terms.installments && left > 0; i++) {
    const amount = i === terms.installments - 1 ? left : Math.min(terms.monthly, left);
    payments.push({ amount, interest: 0, lumpSum: false });
    left -= amount;
  }
  return [...lump, ...payments];
}

export interface ScheduledPayment extends PaymentAmount {
  number: number;
  /** The day the agreement names. */
  dueDate: CivilDate;
  /** The day it actually falls due: `dueDate` moved off a bank holiday by the holiday rule. */
  fallsDueOn: CivilDate;
}

function dayIn(month: string, day: number): CivilDate {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(Math.min(day, daysInMonth(year, m))).padStart(2, '0')}`;
}

/** Dated payments; empty while the first payment date is unknown. */
export function paymentSchedule(terms: Omit<ScheduleTerms, 'holidayRule'> & { holidayRule?: HolidayRule | null }): ScheduledPayment[] {
  const first = terms.firstPaymentDate;
  if (first === null) return [];
  const day = terms.paymentDay ?? Number(first.slice(8, 10));
  const dated = (dueDate: CivilDate) => ({ dueDate, fallsDueOn: installmentFallsDueOn(dueDate, terms.holidayRule ?? null) });
  let installment = 0;
  return paymentAmounts(terms).map((payment, index) => {
    if (payment.lumpSum) return { ...payment, number: index + 1, ...dated(first) };
    const offset = terms.deferralMonths + installment + (terms.lumpSum > 0 && terms.deferralMonths === 0 ? 1 : 0);
    installment++;
    return { ...payment, number: index + 1, ...dated(offset === 0 ? first : dayIn(addMonths(first.slice(0, 7), offset), day)) };
  });
}

export type InstallmentState = 'paid' | 'partial' | 'late' | 'upcoming';

export interface InstallmentStatus extends ScheduledPayment {
  paid: Yen;
  state: InstallmentState;
  daysLate: number;
}

export type Acceleration =
  | {
      state: 'accelerated';
      /** The due date whose miss fired the clause. */
      on: CivilDate;
      lateChargesFrom: CivilDate;
      /** Principal still unpaid: what falls due at once. */
      balance: Yen;
      lateChargeRate: string | null;
      /**
       * The rate the late charge is computed at: the agreed rate, cut to the 利息制限法4条・7条 cap
       * where it is above it (the excess is void; docs/law/recalculation.md "Late charges"). null without an agreed rate.
       */
      appliedLateChargeRate: string | null;
      /** The cap and its source where the agreed rate was cut, else null. */
      lateChargeCut: { cap: string; source: string } | null;
      /** Late charge per day at the applied rate (truncated to the yen), null without an agreed rate. */
      dailyLateCharge: Yen | null;
    }
  | {
      state: 'countdown';
      /** The due date on which the clause fires if nothing more is paid. */
      on: CivilDate;
      daysLeft: number;
      /** Paying this much before that date keeps the clause from firing. */
      toCure: Yen;
      /** Principal that would fall due at once. */
      balance: Yen;
    };

export interface PaymentStatus {
  installments: InstallmentStatus[];
  scheduled: Yen;
  paid: Yen;
  remaining: Yen;
  /** Unpaid amount of installments whose due date has passed. */
  arrears: Yen;
  /** Installments past their due date and not paid in full. */
  missed: number;
  nextDue: ScheduledPayment | null;
  /** null: the agreement has no acceleration clause, or nothing is left to pay. */
  acceleration: Acceleration | null;
  fullyPaid: boolean;
}

/** Whether the clause fires with `missed` installments and `arrears` yen unpaid past due. */
export function clauseFires(clause: AccelerationClause, missed: number, arrears: Yen): boolean {
  if (clause.misses === null && clause.amount === null) return false;
  return (clause.misses === null || missed >= clause.misses) && (clause.amount === null || arrears >= clause.amount);
}

/** The schedule as of the end of `date`, with `paid` yen paid by then (applied oldest first). */
function arrearsAt(schedule: readonly ScheduledPayment[], paid: Yen, date: CivilDate) {
  let cumulative = 0;
  const unpaidCumulative: Yen[] = [];
  for (const payment of schedule) {
    if (payment.fallsDueOn > date) break;
    cumulative += payment.amount;
    if (cumulative > paid) unpaidCumulative.push(cumulative);
  }
  return { missed: unpaidCumulative.length, arrears: Math.max(0, cumulative - paid), unpaidCumulative };
}

/** Principal of the installments not yet covered by `paid` (interest parts are paid first within one). */
function unpaidPrincipal(schedule: readonly ScheduledPayment[], paid: Yen): Yen {
  let left = paid;
  let principal = 0;
  for (const payment of schedule) {
    const covered = Math.min(left, payment.amount);
    left -= covered;
    principal += Math.max(0, payment.amount - payment.interest - Math.max(0, covered - payment.interest));
  }
  return principal;
}

/** What the acceleration reads: the clause, the agreed late charge, and what decides its cap. */
export type AccelerationTerms = Pick<ScheduleTerms, 'acceleration' | 'lateChargeRate'> & {
  /** The settled amount (its tier sets the 4条 cap) and whether the creditor lends in business (7条): without them, no cap is applied. */
  cap?: { principal: Yen; businessLender: boolean };
};

export function paymentStatus(
  schedule: readonly ScheduledPayment[],
  payments: readonly PaymentInput[],
  terms: AccelerationTerms,
  today: CivilDate,
): PaymentStatus {
  const sorted = [...payments].sort((a, b) => a.paidOn.localeCompare(b.paidOn));
  const paidBy = (date: CivilDate) => sorted.reduce((sum, p) => (p.paidOn <= date ? sum + p.amount : sum), 0);
  const paid = sorted.reduce((sum, p) => sum + p.amount, 0);
  const scheduled = schedule.reduce((sum, p) => sum + p.amount, 0);

  let left = paid;
  const installments = schedule.map((payment): InstallmentStatus => {
    const covered = Math.min(left, payment.amount);
    left -= covered;
    const state: InstallmentState =
      covered === payment.amount ? 'paid' : payment.fallsDueOn < today ? 'late' : covered > 0 ? 'partial' : 'upcoming';
    return { ...payment, paid: covered, state, daysLate: state === 'late' ? daysBetween(payment.fallsDueOn, today) : 0 };
  });
  const now = arrearsAt(schedule, paid, addDays(today, -1));
  const fullyPaid = schedule.length > 0 && paid >= scheduled;
  return {
    installments,
    scheduled,
    paid,
    remaining: Math.max(0, scheduled - paid),
    arrears: now.arrears,
    missed: now.missed,
    nextDue: installments.find((p) => p.state !== 'paid' && p.fallsDueOn >= today) ?? null,
    acceleration: fullyPaid ? null : acceleration(schedule, paidBy, paid, terms, today),
    fullyPaid,
  };
}

/** The agreed late-charge rate, cut to its cap on `date` where above it (利息制限法4条1項・7条1項). */
function appliedLateCharge(terms: AccelerationTerms, date: CivilDate) {
  const agreed = terms.lateChargeRate === null ? null : parseRatePercent(terms.lateChargeRate);
  if (!agreed?.ok) return null;
  const cap = terms.cap && lateChargeCap(terms.cap.principal, date, terms.cap.businessLender);
  if (!cap || agreed.value <= cap.rate) return { rate: agreed.value, cut: null };
  return { rate: cap.rate, cut: { cap: formatRatePercent(cap.rate), source: cap.source } };
}

function acceleration(
  schedule: readonly ScheduledPayment[],
  paidBy: (date: CivilDate) => Yen,
  paid: Yen,
  terms: AccelerationTerms,
  today: CivilDate,
): Acceleration | null {
  const clause = terms.acceleration;
  if (clause.misses === null && clause.amount === null) return null;
  // Arrears only grow on due dates, so checking each passed due date finds the first firing.
  for (const payment of schedule) {
    if (payment.fallsDueOn >= today) break;
    const paidThen = paidBy(payment.fallsDueOn);
    const state = arrearsAt(schedule, paidThen, payment.fallsDueOn);
    if (clauseFires(clause, state.missed, state.arrears)) {
      const balance = unpaidPrincipal(schedule, paidThen);
      const applied = appliedLateCharge(terms, payment.fallsDueOn);
      return {
        state: 'accelerated',
        on: payment.fallsDueOn,
        lateChargesFrom: addDays(payment.fallsDueOn, 1),
        balance,
        lateChargeRate: terms.lateChargeRate,
        appliedLateChargeRate: applied && formatRatePercent(applied.rate),
        lateChargeCut: applied?.cut ?? null,
        // Late charges on a yearly rate, per day of a 365-day year, truncated (one named rounding).
        dailyLateCharge: applied ? divideToYen(BigInt(balance) * BigInt(applied.rate), 365n * 1_000_000n, 'down') : null,
      };
    }
  }
  for (const payment of schedule) {
    if (payment.fallsDueOn < today) continue;
    const state = arrearsAt(schedule, paid, payment.fallsDueOn);
    if (!clauseFires(clause, state.missed, state.arrears)) continue;
    const byCount =
      clause.misses === null ? Number.POSITIVE_INFINITY : (state.unpaidCumulative[state.missed - clause.misses] as Yen) - paid;
    const byAmount = clause.amount === null ? Number.POSITIVE_INFINITY : state.arrears - clause.amount + 1;
    // Paying the installments that break the count is the safe advice; the literal amount
    // condition alone could be broken by less, but only the amount is told where no count is set.
    const toCure = clause.misses !== null ? byCount : byAmount;
    return {
      state: 'countdown',
      on: payment.fallsDueOn,
      daysLeft: daysBetween(today, payment.fallsDueOn),
      toCure,
      balance: unpaidPrincipal(schedule, paid),
    };
  }
  return null;
}
