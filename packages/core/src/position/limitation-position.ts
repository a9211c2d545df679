// The limitation (消滅時効) of one debt on a date: which law, counted from which event, until when,
// and its status — running, may have run (a fact needed to count is missing), has run — with the
// facts that are missing and the articles (docs/law/debt-position.md "Limitation").

import type { ContractKind, LimitationFacts, OriginalCreditor } from '../case/debt-facts.js';
import { addMonthsToDate, addYears, type CivilDate, civilDate, daysInMonth, parseIsoDate } from '../civil-date.js';
import { periodLastDay } from '../law/business-days.js';
import { civilCodeReformDate, type LimitationLaw, type LimitationRule, limitationArticles, limitationRules } from '../law/limitation.js';

export type LimitationStatusCode = 'running' | 'may-have-run' | 'has-run' | 'not-applicable';

/** May have run or has run: nothing may offer, promise or ask to pay (PRACTICE "One debt, one position"). */
export function mayBeTimeBarred(status: LimitationStatusCode): boolean {
  return status === 'has-run' || status === 'may-have-run';
}

/** What the counting starts from (the day after it, 民法140条). */
export type LimitationEvent =
  | 'paying'
  | 'last-payment'
  | 'missed-installment'
  | 'acceleration'
  | 'subrogation'
  | 'court-title'
  | 'acknowledgement';

export type MissingLimitationFact =
  | 'contract-date'
  | 'last-payment'
  | 'due-day'
  | 'acceleration-clause'
  | 'acceleration-misses'
  | 'acceleration-date'
  | 'subrogation-date'
  | 'court-title';

export interface LimitationInput {
  creditor: { kind: string; name: string; originalCreditor?: OriginalCreditor };
  contractDate: CivilDate | null;
  contractKind: ContractKind;
  facts: LimitationFacts;
  /** The last repayment (history, else the one typed on the contract). */
  lastPayment: CivilDate | null;
  dueDay: number | null;
  /** The debtor still pays as agreed: each payment acknowledges the debt (民法152条1項). */
  paying: boolean;
  /** Something is owed after recalculation; an overpaid or paid-off debt has no limitation of its own. */
  owed: boolean;
}

export interface LimitationPosition {
  status: LimitationStatusCode;
  rule: LimitationRule | null;
  /** The event the period runs from, and its day. */
  startsFrom: { event: LimitationEvent; on: CivilDate } | null;
  /** The last day of the period (completed at its end; moved off a holiday, 民法142条). */
  endsOn: CivilDate | null;
  /** `endsOn` is the earliest it can be, because a fact is missing. */
  endsOnIsEarliest: boolean;
  missing: MissingLimitationFact[];
  /** The debt was acknowledged after the period had run: 援用 of that period is barred (最判S41.4.20). */
  acknowledgedAfterCompletion: boolean;
  sources: string[];
}

const nonCommercialName = /信用金庫|信用組合|労働金庫|農業協同組合|(^|[^A-Z])JA/;

/** Old law: 10 years where the lender is not a merchant (信用金庫 …, an individual) and the debtor did not borrow as one. */
function oldLaw(input: LimitationInput): LimitationLaw {
  const { creditor, facts } = input;
  if (facts.merchantBorrower || creditor.kind === 'guarantor-company') return 'old-commercial';
  const lender = creditor.kind === 'servicer' && creditor.originalCreditor ? creditor.originalCreditor : creditor;
  const civil = lender.kind === 'cooperative' || lender.kind === 'individual' || nonCommercialName.test(lender.name);
  return civil ? 'old-civil' : 'old-commercial';
}

function lawOf(input: LimitationInput): { law: LimitationLaw; missing: MissingLimitationFact[] } {
  const { facts, contractDate } = input;
  if (facts.courtTitle !== null && facts.courtTitleOn !== null) return { law: 'court-title', missing: [] };
  if (contractDate === null) {
    // Unknown cause date: take the rule with the longer period, which never calls a debt barred too early.
    const old = oldLaw(input);
    return { law: limitationRules[old].years >= limitationRules.new.years ? old : 'new', missing: ['contract-date'] };
  }
  return { law: contractDate < civilCodeReformDate ? oldLaw(input) : 'new', missing: [] };
}

/** The first installment due after `date` on the contract's due day. */
export function nextDueDate(date: CivilDate, dueDay: number): CivilDate {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a civil date: ${date}`);
  const inMonth = civilDate(parts.year, parts.month, Math.min(dueDay, daysInMonth(parts.year, parts.month)));
  if (inMonth > date) return inMonth;
  const next = addMonthsToDate(civilDate(parts.year, parts.month, 1), 1);
  const np = parseIsoDate(next) as { year: number; month: number };
  return civilDate(np.year, np.month, Math.min(dueDay, daysInMonth(np.year, np.month)));
}

interface Start {
  event: LimitationEvent;
  on: CivilDate | null;
  missing: MissingLimitationFact[];
  sources: string[];
}

/** The event the whole debt's period runs from, under its clause (not from the last payment). */
function startOf(input: LimitationInput): Start {
  const { facts, lastPayment, dueDay } = input;
  if (facts.courtTitle !== null && facts.courtTitleOn !== null)
    return { event: 'court-title', on: facts.courtTitleOn, missing: [], sources: [limitationRules['court-title'].article] };
  if (input.creditor.kind === 'guarantor-company') {
    if (facts.subrogatedOn !== null)
      return { event: 'subrogation', on: facts.subrogatedOn, missing: [], sources: ['保証会社の求償権は代位弁済の翌日から進行'] };
    return { event: 'last-payment', on: lastPayment, missing: ['subrogation-date'], sources: [] };
  }
  if (facts.acceleratedOn !== null)
    return { event: 'acceleration', on: facts.acceleratedOn, missing: [], sources: [limitationArticles.acceleration] };
  if (lastPayment === null) return { event: 'paying', on: null, missing: input.paying ? [] : ['last-payment'], sources: [] };
  if (facts.accelerationType === null) return { event: 'last-payment', on: lastPayment, missing: ['acceleration-clause'], sources: [] };
  if (dueDay === null) return { event: 'last-payment', on: lastPayment, missing: ['due-day'], sources: [] };
  const firstMissed = nextDueDate(lastPayment, dueDay);
  if (facts.accelerationType === 'on-demand' || input.contractKind !== 'loan') {
    // 請求喪失 (and shopping credit, 割賦販売法30条の2の4): the whole debt runs from the demand, which is not known.
    const sources = input.contractKind === 'loan' ? [limitationArticles.acceleration] : [limitationArticles.shoppingAcceleration];
    return { event: 'missed-installment', on: firstMissed, missing: ['acceleration-date'], sources };
  }
  const misses = facts.accelerationMisses ?? 1;
  return {
    event: 'acceleration',
    on: addMonthsToDate(firstMissed, misses - 1),
    missing: facts.accelerationMisses === null ? ['acceleration-misses'] : [],
    sources: ['期限の利益喪失条項(当然喪失)'],
  };
}

const notApplicable: LimitationPosition = {
  status: 'not-applicable',
  rule: null,
  startsFrom: null,
  endsOn: null,
  endsOnIsEarliest: false,
  missing: [],
  acknowledgedAfterCompletion: false,
  sources: [],
};

/** The period ends at the end of the anniversary of the event's day (民法140条・143条2項), or the next business day (142条). */
export function limitationEnd(event: CivilDate, years: number): CivilDate {
  return periodLastDay(addYears(event, years), 'court');
}

export function limitationPosition(input: LimitationInput, on: CivilDate): LimitationPosition {
  if (!input.owed) return notApplicable;
  const { law, missing: lawMissing } = lawOf(input);
  const rule = limitationRules[law];
  const start = startOf(input);
  const sources = [rule.article, limitationArticles.counting, ...start.sources];
  if (start.on === null)
    return { ...notApplicable, status: start.missing.length > 0 ? 'may-have-run' : 'running', rule, missing: start.missing, sources };
  let startsFrom = { event: start.event, on: start.on };
  let endsOn = limitationEnd(start.on, rule.years);
  const acknowledged = input.facts.acknowledgedOn;
  const acknowledgedAfterCompletion = acknowledged !== null && acknowledged > endsOn && start.missing.length === 0;
  if (acknowledged !== null && acknowledged > start.on) {
    // A new period runs from the acknowledgement (民法152条1項; after completion, 最判S45.5.21).
    startsFrom = { event: 'acknowledgement', on: acknowledged };
    endsOn = limitationEnd(acknowledged, rule.years);
    sources.push(limitationArticles.acknowledgement);
    if (acknowledgedAfterCompletion) sources.push(limitationArticles.acknowledgementAfter);
  }
  // An unknown contract date counts the longer period; it matters only where the shorter one has run.
  const shorterRun =
    lawMissing.length > 0 && rule.years > limitationRules.new.years && on > limitationEnd(startsFrom.on, limitationRules.new.years);
  const missing = [...(shorterRun ? lawMissing : []), ...start.missing];
  const passed = on > endsOn;
  const status: LimitationStatusCode = passed
    ? start.missing.length > 0
      ? 'may-have-run'
      : 'has-run'
    : shorterRun
      ? 'may-have-run'
      : 'running';
  return { status, rule, startsFrom, endsOn, endsOnIsEarliest: start.missing.length > 0, missing, acknowledgedAfterCompletion, sources };
}
