// Warnings at the moment the user acts (a contact, an offer, a status change), as rules-as-data
// like the diagnosis risks: each rule a code, a condition on the case facts, plain Japanese, and the
// statute or practice it rests on (shown to users; never our file names). Pure: "today" and the
// draft come in as arguments. docs/law/practice.md "Risks to warn about" and the source articles' advice.

import type { CivilDate } from '../civil-date.js';
import type { ContactInput, OfferInput, StatusChangeInput } from '../negotiation/negotiation-schema.js';
import type { NegotiationStatus } from '../negotiation/negotiation-status.js';
import { paymentAmounts } from '../negotiation/payment-schedule.js';
import { mayBeTimeBarred } from '../position/limitation-position.js';
import { contractName, limitationQuestions, limitationSummary } from '../position/limitation-texts.js';
import type { DebtPosition } from '../position/position-types.js';
import { coachSources, collectionWarning, demandWarning } from './coach-texts.js';

/** Options a case may change; the defaults are documented here. */
export interface CoachOptions {
  /**
   * A final payment more than this many times the monthly amount is a balloon (default 2: the last
   * payment is over twice the rest, so the budget that carries the months cannot carry the end).
   * Not law: a threshold for a warning.
   */
  balloonFactor: number;
}

export const defaultCoachOptions: CoachOptions = { balloonFactor: 2 };

export type CoachDraft =
  | { kind: 'contact'; contact: ContactInput }
  | { kind: 'offer'; offer: OfferInput }
  | { kind: 'status'; change: Pick<StatusChangeInput, 'to' | 'date'> };

export interface CoachFacts {
  creditor: { name: string; kind: string };
  /** The creditor's debt position today (its limitation is read from here, never worked out again). */
  position: DebtPosition;
  /** The dated steps recorded so far (the 受任通知 is `notice-sent`). */
  changes: readonly { status: NegotiationStatus; date: CivilDate }[];
  /**
   * Whether an office (lawyer or 司法書士) acts for the debtor. null (the default) = not stated: a
   * recorded 受任通知 is then taken to mean one does, since only a professional sends that notice.
   */
  officeActs: boolean | null;
  draft: CoachDraft;
  options?: Partial<CoachOptions>;
}

export interface CoachWarning {
  code: string;
  title: string;
  message: string;
  /** What to do now, where there is something to do. */
  todo: string;
  source: string;
}

interface CoachRule {
  code: string;
  find: (facts: CoachFacts) => Omit<CoachWarning, 'code'>[];
}

/** The date the draft is about: the contact's day, the offer's, the step's. */
export function draftDate(draft: CoachDraft): CivilDate {
  if (draft.kind === 'contact') return draft.contact.at.slice(0, 10);
  if (draft.kind === 'offer') return draft.offer.madeOn;
  return draft.change.date;
}

/** The day the 受任通知 was recorded as sent on or before `date`, if any. */
export function noticeSentBy(changes: CoachFacts['changes'], date: CivilDate): CivilDate | null {
  return changes.find((c) => c.status === 'notice-sent' && c.date <= date)?.date ?? null;
}

function officeActsAfterNotice(facts: CoachFacts, date: CivilDate): CivilDate | null {
  const notice = noticeSentBy(facts.changes, date);
  return notice !== null && facts.officeActs !== false ? notice : null;
}

/** Steps that pay or admit the debt: taken on a time-barred debt they would renew it. */
const acknowledgingSteps: readonly NegotiationStatus[] = ['offer-sent', 'negotiating', 'agreed', 'agreement-signed', 'repaying'];

export const coachRules: readonly CoachRule[] = [
  {
    code: 'limitation-passed',
    find: (facts) => {
      const { draft, position } = facts;
      if (draft.kind === 'status' && !acknowledgingSteps.includes(draft.change.to)) return [];
      return position.contracts
        .filter((contract) => mayBeTimeBarred(contract.limitation.status))
        .map((contract) => ({
          title: contract.limitation.status === 'has-run' ? '時効期間が過ぎています' : '時効の可能性があります',
          message: `${contractName(position.name, contract)}: ${limitationSummary(contract.limitation)}。時効で支払う義務がなくなっている可能性があります。${limitationQuestions(contract.limitation).join(' ')}`,
          todo: '確認するまで、支払ったり、「払います」「待ってください」など借金を認める言葉を言ったり書いたりしないでください(承認すると時効がやり直しになり、完成した後でも時効を主張できなくなります)。時効援用(時効を使うと債権者に伝える通知)を検討し、専門家に相談してください。',
          source: `${contract.limitation.sources.join('・')}; ${coachSources.acknowledgement}`,
        }));
    },
  },
  {
    code: 'direct-contact-after-notice',
    find: (facts) => {
      const { draft } = facts;
      if (draft.kind !== 'contact' || draft.contact.direction !== 'outgoing') return [];
      const notice = officeActsAfterNotice(facts, draftDate(draft));
      if (notice === null) return [];
      return [
        {
          title: '受任通知の後は債権者に直接連絡しないでください',
          message: `${notice}に受任通知が送られています。この後は、債権者とのやり取りは代理人(弁護士・司法書士)が行います。ご本人が直接話すと、交渉が食い違ったり、借金を認めたと受け取られたりするおそれがあります。(事務所からの連絡を記録している場合は、この注意は当てはまりません。)`,
          todo: '伝えたいことは事務所に伝えてください。債権者から連絡が来たら「代理人に任せています」とだけ答え、事務所に報告してください。',
          source: coachSources.noDirectContact,
        },
      ];
    },
  },
  {
    code: 'collection-after-notice',
    find: (facts) => {
      const { draft } = facts;
      if (draft.kind !== 'contact' || draft.contact.direction !== 'incoming') return [];
      // Only an agent's notice stops collection: a debtor negotiating alone is not told to answer
      // 「代理人に任せています」 (issue 18 #9).
      const notice = officeActsAfterNotice(facts, draftDate(draft));
      if (notice === null) return [];
      return [collectionWarning(facts.creditor, facts.position.regime, notice, draft.contact.collectionAfterNotice)];
    },
  },
  {
    code: 'demand',
    find: ({ draft, position }) =>
      draft.kind === 'contact' && draft.contact.demand !== 'none'
        ? [demandWarning(draft.contact.demand, mayBeTimeBarred(position.limitationStatus))]
        : [],
  },
  {
    code: 'balloon',
    find: (facts) => {
      const { draft } = facts;
      if (draft.kind !== 'offer') return [];
      const factor = facts.options?.balloonFactor ?? defaultCoachOptions.balloonFactor;
      const payments = paymentAmounts(draft.offer).filter((p) => !p.lumpSum);
      const last = payments[payments.length - 1]?.amount ?? 0;
      if (payments.length < 2 || last <= draft.offer.monthly * factor) return [];
      return [
        {
          title: '最終回の支払いが大きすぎます',
          message: `毎月${draft.offer.monthly.toLocaleString('ja-JP')}円に対し、最終回(第${payments.length}回)は${last.toLocaleString('ja-JP')}円です(毎月の額の${factor}倍を超えています)。毎月の額は払えても、最後にまとめて払えなければ、その時点で期限の利益を失い、残りを一括で請求されます。`,
          todo: '最終回まで同じくらいの額になるよう、回数か毎月の額を見直すよう求めてください(家計で払えない額は約束しないでください)。',
          source: coachSources.balloon,
        },
      ];
    },
  },
];

/** Every warning that applies to the draft, in rule order. */
export function coachWarnings(facts: CoachFacts): CoachWarning[] {
  return coachRules.flatMap((rule) => rule.find(facts).map((found) => ({ code: rule.code, ...found })));
}
