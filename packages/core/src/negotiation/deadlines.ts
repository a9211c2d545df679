// Every date someone must act on, across cases: next actions promised in contacts, offers about
// to expire, installments due (and the acceleration they risk), overpayment claims about to be
// time-barred, and steps that have waited longer than their norm. An installment is listed on the day
// it falls due: its agreed day moved off a bank holiday (民法142条, 最判 H11.3.11).
import { addDays, type CivilDate } from '../civil-date.js';
import { formatYenWithUnit, type Yen } from '../money.js';
import { type BreachKind, breachKindLabels } from './agreement-breach.js';
import { closesOpenActions, type NegotiationStatus, negotiationStatusLabels, type TimelineStep } from './negotiation-status.js';
import type { PaymentStatus, ScheduledPayment } from './payment-schedule.js';

export type DeadlineKind = 'next-action' | 'offer-expiry' | 'payment' | 'acceleration' | 'limitation' | 'step-overdue' | 'breach-demand';

export const deadlineKindLabels: Record<DeadlineKind, string> = {
  'next-action': '次にすること',
  'offer-expiry': '和解案の回答期限',
  payment: '返済日',
  acceleration: '期限の利益喪失',
  limitation: '過払金の時効',
  'step-overdue': '段階の遅れ',
  'breach-demand': '履行請求の期限',
};

export interface Deadline {
  date: CivilDate;
  kind: DeadlineKind;
  title: string;
  caseId: string;
  caseTitle: string;
  /** Whose case it is: an office's calendar holds many debtors, a creditor name alone does not say whose. */
  debtorName: string;
  creditorId: string;
  creditorName: string;
  /** A stable id (for calendar entries that update instead of duplicating). */
  uid: string;
  /**
   * The debt's position says its limitation may have run (or has): nothing is to be paid, promised or
   * offered before 時効援用 is considered (民法152条1項). Absent otherwise.
   */
  timeBarred?: true;
}

export interface CreditorDeadlineFacts {
  caseId: string;
  caseTitle: string;
  debtorName: string;
  creditorId: string;
  creditorName: string;
  status: NegotiationStatus;
  contacts: readonly { id: string; nextAction: string; nextActionDue: CivilDate | null; nextActionDone: boolean }[];
  offers: readonly { id: string; validUntil: CivilDate | null; status: string; installments: number; monthly: Yen }[];
  timeline: readonly TimelineStep[];
  payments: PaymentStatus | null;
  overpaymentLimitation: CivilDate | null;
  /** From the debt position (mayBeTimeBarred): every deadline of the debt carries the mark. */
  timeBarred?: boolean;
  /** Breaches of the agreement still open, with the deadline their demand gave (agreement-breach.ts). */
  breaches?: readonly { id: string; kind: BreachKind; demandDeadline: CivilDate | null; resolvedOn: CivilDate | null }[];
  today: CivilDate;
}

/** The agreed day, named where a holiday moved the installment. */
function agreedDay(installment: ScheduledPayment): string {
  return installment.fallsDueOn === installment.dueDate ? '' : `(約定日 ${installment.dueDate} が休日のため)`;
}

const finished: readonly NegotiationStatus[] = ['completed', 'other-procedure', 'subrogated', 'assigned', 'limitation-invoked'];

/** The creditor's open deadlines (past ones included: they are overdue), in date order. */
export function creditorDeadlines(facts: CreditorDeadlineFacts): Deadline[] {
  const base = {
    caseId: facts.caseId,
    caseTitle: facts.caseTitle,
    debtorName: facts.debtorName,
    creditorId: facts.creditorId,
    creditorName: facts.creditorName,
    ...(facts.timeBarred ? { timeBarred: true as const } : {}),
  };
  // Once the agreement is reached an offer still marked 検討中 is no longer waiting for an answer.
  // (Next actions promised before the signing are closed when the step is taken; later ones count.)
  const offersSettled = facts.status === 'agreed' || closesOpenActions(facts.status);
  const list: Deadline[] = [];
  const add = (date: CivilDate, kind: DeadlineKind, title: string, key: string) =>
    list.push({ ...base, date, kind, title, uid: `${facts.creditorId}-${kind}-${key}` });
  for (const contact of facts.contacts) {
    if (contact.nextActionDue !== null && !contact.nextActionDone)
      add(contact.nextActionDue, 'next-action', contact.nextAction, contact.id);
  }
  for (const offer of offersSettled ? [] : facts.offers) {
    if (offer.validUntil !== null && offer.status === 'considering')
      add(offer.validUntil, 'offer-expiry', `和解案(${offer.installments}回 × ${formatYenWithUnit(offer.monthly)})の回答期限`, offer.id);
  }
  const payments = facts.payments;
  if (payments && !payments.fullyPaid) {
    for (const installment of payments.installments) {
      if (installment.state === 'late')
        add(
          installment.fallsDueOn,
          'payment',
          `第${installment.number}回 ${formatYenWithUnit(installment.amount - installment.paid)} が未払い${agreedDay(installment)}`,
          String(installment.number),
        );
    }
    if (payments.nextDue)
      add(
        payments.nextDue.fallsDueOn,
        'payment',
        `第${payments.nextDue.number}回 ${formatYenWithUnit(payments.nextDue.amount)} の返済日${agreedDay(payments.nextDue)}`,
        String(payments.nextDue.number),
      );
    const acceleration = payments.acceleration;
    if (acceleration?.state === 'countdown' && payments.missed > 0)
      add(
        acceleration.on,
        'acceleration',
        `この日までに ${formatYenWithUnit(acceleration.toCure)} を払わないと期限の利益を失います`,
        acceleration.on,
      );
    if (acceleration?.state === 'accelerated')
      add(
        acceleration.on,
        'acceleration',
        `期限の利益を失いました(残り ${formatYenWithUnit(acceleration.balance)} の一括請求)`,
        acceleration.on,
      );
  }
  // A limitation date is a deadline only while it is ahead: once passed, the claim is lost, not late.
  if (facts.overpaymentLimitation !== null && facts.overpaymentLimitation >= facts.today && !finished.includes(facts.status))
    add(facts.overpaymentLimitation, 'limitation', '過払金返還請求の時効(10年)', facts.overpaymentLimitation);
  for (const breach of facts.breaches ?? []) {
    // Open until it is marked resolved, whatever the step: a completed debt's record can still be wrong.
    if (breach.demandDeadline !== null && breach.resolvedOn === null)
      add(breach.demandDeadline, 'breach-demand', `履行請求の期限(${breachKindLabels[breach.kind]})`, breach.id);
  }
  const current = facts.timeline[facts.timeline.length - 1];
  if (current?.norm != null && current.to === null && !finished.includes(current.status))
    add(
      addDays(current.from, current.norm),
      'step-overdue',
      `「${negotiationStatusLabels[current.status]}」が${current.norm}日を超えます`,
      current.from,
    );
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

export interface DeadlineGroups {
  overdue: Deadline[];
  today: Deadline[];
  thisWeek: Deadline[];
  later: Deadline[];
}

/** Overdue, today, the next 7 days, and later up to `horizonDays`. */
export function groupDeadlines(deadlines: readonly Deadline[], today: CivilDate, horizonDays = 60): DeadlineGroups {
  const week = addDays(today, 7);
  const horizon = addDays(today, horizonDays);
  const sorted = [...deadlines].sort((a, b) => a.date.localeCompare(b.date) || a.caseTitle.localeCompare(b.caseTitle));
  return {
    overdue: sorted.filter((d) => d.date < today),
    today: sorted.filter((d) => d.date === today),
    thisWeek: sorted.filter((d) => d.date > today && d.date <= week),
    later: sorted.filter((d) => d.date > week && d.date <= horizon),
  };
}
