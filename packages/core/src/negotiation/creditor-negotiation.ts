// One creditor's negotiation as the screens, the API and the CLI show it: the steps with their
// days, each offer judged, the agreement checked, the payment calendar and the acceleration watch,
// the next steps allowed (or why not) and the deadlines. Derived from what is stored, never stored.
import type { CivilDate } from '../civil-date.js';
import type { BreachInput } from './agreement-breach.js';
import { type AgreementChecklist, agreementChecklist } from './agreement-check.js';
import { type CreditorDeadlineFacts, creditorDeadlines, type Deadline } from './deadlines.js';
import type { AgreementTerms, ContactInput, OfferInput, PaymentInput } from './negotiation-schema.js';
import {
  defaultStepNorms,
  type NegotiationStatus,
  negotiationStatusLabels,
  statusTimeline,
  stepsFrom,
  type TimelineStep,
  type TransitionFacts,
  transitionProblem,
} from './negotiation-status.js';
import { judgeOffer, type OfferContext, type OfferJudgement } from './offer-judgement.js';
import { type OfferMove, offerMoves } from './offer-moves.js';
import { type PaymentStatus, paymentSchedule, paymentStatus, type ScheduleTerms, scheduleTermsOf } from './payment-schedule.js';

export interface NegotiationRecord {
  status: NegotiationStatus;
  changes: readonly { status: NegotiationStatus; date: CivilDate; note: string; successor: string }[];
  contacts: readonly (ContactInput & { id: string })[];
  offers: readonly (OfferInput & { id: string })[];
  agreement: AgreementTerms | null;
  payments: readonly (PaymentInput & { id: string })[];
  /** Breaches of the agreement (agreement-breach.ts); absent where none are read. */
  breaches?: readonly (BreachInput & { id: string })[];
  /** Who acts (the case's 代理人): the steps offered follow it. */
  officeActs?: boolean | null;
}

export interface NegotiationView {
  status: NegotiationStatus;
  label: string;
  timeline: TimelineStep[];
  /** Each step the creditor may move to now, with the reason it cannot yet where one applies. */
  next: { status: NegotiationStatus; label: string; problem: string | null }[];
  /** Each offer judged, with what moved since the one before it. */
  offers: (OfferInput & { id: string; judgement: OfferJudgement; moved: OfferMove[] })[];
  acceptedOfferId: string | null;
  checklist: AgreementChecklist | null;
  terms: ScheduleTerms | null;
  payments: PaymentStatus | null;
}

export function acceptedOffer<T extends OfferInput>(offers: readonly T[]): T | undefined {
  return [...offers].reverse().find((offer) => offer.status === 'accepted');
}

/** What the status guards read from the record. */
export function transitionFacts(record: NegotiationRecord, payments: PaymentStatus | null, today: CivilDate): TransitionFacts {
  return {
    acceptedOffer: acceptedOffer(record.offers) !== undefined,
    signedAgreement: record.agreement?.signedOn != null,
    fullyPaid: payments?.fullyPaid ?? false,
    since: record.changes[record.changes.length - 1]?.date ?? null,
    today,
    officeActs: record.officeActs ?? null,
  };
}

export function negotiationView(
  record: NegotiationRecord,
  context: OfferContext,
  norms: Partial<Record<NegotiationStatus, number>> = defaultStepNorms,
): NegotiationView {
  const { today } = context;
  const accepted = acceptedOffer(record.offers);
  const terms = accepted ? scheduleTermsOf(accepted, record.agreement) : null;
  const schedule = terms ? paymentSchedule(terms) : [];
  const payments =
    terms && schedule.length > 0
      ? paymentStatus(
          schedule,
          record.payments,
          { ...terms, cap: { principal: terms.amount, businessLender: context.businessLender } },
          today,
        )
      : null;
  const facts = transitionFacts(record, payments, today);
  return {
    status: record.status,
    label: negotiationStatusLabels[record.status],
    timeline: statusTimeline(record.changes, today, norms),
    next: stepsFrom(record.status, record.officeActs).map((status) => ({
      status,
      label: negotiationStatusLabels[status],
      // Successor names are asked for in the form, so they are not a reason to grey out the step.
      problem: transitionProblem(record.status, { to: status, date: today, successor: '-' }, facts) ?? null,
    })),
    offers: record.offers.map((offer, i) => ({
      ...offer,
      judgement: judgeOffer(offer, context),
      moved: offerMoves(record.offers[i - 1], offer),
    })),
    acceptedOfferId: accepted?.id ?? null,
    checklist: accepted && record.agreement ? agreementChecklist(accepted, record.agreement, context) : null,
    terms,
    payments,
  };
}

/** The deadlines of a viewed creditor. */
export function negotiationDeadlines(
  view: NegotiationView,
  record: NegotiationRecord,
  owner: Omit<CreditorDeadlineFacts, 'status' | 'contacts' | 'offers' | 'timeline' | 'payments' | 'today'>,
  today: CivilDate,
): Deadline[] {
  return creditorDeadlines({
    ...owner,
    today,
    status: view.status,
    contacts: record.contacts,
    offers: record.offers,
    timeline: view.timeline,
    payments: view.payments,
    breaches: record.breaches ?? [],
  });
}
