// Each creditor's negotiation moves through the real steps of 任意整理 (docs/architecture.md "The user's journey",
// docs/law/practice.md "Settlement terms in practice"), with side exits. Transitions are data; the guards
// say in Japanese why a step cannot be taken yet.
import { type CivilDate, daysBetween } from '../civil-date.js';

export const negotiationStatuses = [
  'not-started',
  'notice-sent',
  'history-requested',
  'history-received',
  'recalculated',
  'offer-sent',
  'negotiating',
  'agreed',
  'agreement-signed',
  'repaying',
  'completed',
  'broken-down',
  'lawsuit',
  'other-procedure',
  'subrogated',
  'assigned',
  'limitation-invoked',
] as const;

export type NegotiationStatus = (typeof negotiationStatuses)[number];

export const negotiationStatusLabels: Record<NegotiationStatus, string> = {
  'not-started': '未着手',
  'notice-sent': '受任通知送付',
  'history-requested': '取引履歴請求',
  'history-received': '取引履歴受領',
  recalculated: '引き直し計算済',
  'offer-sent': '和解案送付',
  negotiating: '交渉中',
  agreed: '合意',
  'agreement-signed': '和解書締結',
  repaying: '返済中',
  completed: '完済',
  'broken-down': '決裂',
  lawsuit: '訴訟',
  'other-procedure': '他の手続',
  subrogated: '代位弁済',
  assigned: '債権譲渡',
  'limitation-invoked': '時効援用',
};

/** The main line, in order (side exits are not on it). */
export const mainSteps: readonly NegotiationStatus[] = negotiationStatuses.slice(0, 11);

// Before an agreement the creditor can still change hands (a guarantor company pays the bank, a
// servicer buys the debt), and talks can break down; limitation is invoked before any talks
// (negotiating may count as acknowledging the debt, docs/law/practice.md "Limitation").
const handOver = ['subrogated', 'assigned', 'broken-down'] as const;
const beforeTalks = [...handOver, 'limitation-invoked'] as const;

export const allowedTransitions: Record<NegotiationStatus, readonly NegotiationStatus[]> = {
  // A debtor negotiating alone sends no 受任通知 (an agent's notice): they ask for the history themselves.
  'not-started': ['notice-sent', 'history-requested', 'limitation-invoked'],
  // The notice itself usually asks for the history, so it may arrive without a separate request.
  'notice-sent': ['history-requested', 'history-received', ...beforeTalks],
  'history-requested': ['history-received', ...beforeTalks],
  'history-received': ['recalculated', ...beforeTalks],
  // The creditor may send its own offer first.
  recalculated: ['offer-sent', 'negotiating', ...beforeTalks],
  'offer-sent': ['negotiating', 'agreed', ...handOver],
  negotiating: ['offer-sent', 'agreed', ...handOver],
  agreed: ['agreement-signed', 'negotiating', 'broken-down'],
  'agreement-signed': ['repaying', 'broken-down'],
  repaying: ['completed', 'broken-down'],
  completed: [],
  'broken-down': ['negotiating', 'lawsuit', 'other-procedure'],
  // A lawsuit often ends in a settlement in court (裁判上の和解).
  lawsuit: ['agreed', 'other-procedure'],
  'other-procedure': [],
  subrogated: [],
  assigned: [],
  'limitation-invoked': [],
};

/**
 * Steps after which the next actions promised in earlier contacts are behind us: the agreement is
 * signed (what remains is the payment calendar), or the creditor's file is closed.
 */
const stepsClosingActions: readonly NegotiationStatus[] = [
  'agreement-signed',
  'repaying',
  'completed',
  'other-procedure',
  'subrogated',
  'assigned',
  'limitation-invoked',
];

export function closesOpenActions(status: NegotiationStatus): boolean {
  return stepsClosingActions.includes(status);
}

/** A debtor negotiating alone sends no 受任通知: it is the agent's notice that they act for the debtor. */
export const noticeWithoutAgent =
  '受任通知は代理人(弁護士・司法書士)が送る通知です。ご本人が交渉するときは送りません。「取引履歴請求」に進めてください(代理人に頼んだときは、案件の「代理人」を「はい」にしてください)';

/** The steps open from here for who acts: a debtor negotiating alone is not offered 受任通知送付. */
export function stepsFrom(from: NegotiationStatus, officeActs: boolean | null | undefined): readonly NegotiationStatus[] {
  return allowedTransitions[from].filter((to) => !(officeActs === false && to === 'notice-sent'));
}

/** What the guards read about the creditor's file. */
export interface TransitionFacts {
  /** An offer marked 受諾 (accepted). */
  acceptedOffer: boolean;
  /** The written agreement's terms recorded (with its signing date). */
  signedAgreement: boolean;
  /** Every scheduled payment of the agreement paid in full. */
  fullyPaid: boolean;
  /** The date of the current step (the new one may not be earlier). */
  since: CivilDate | null;
  today: CivilDate;
  /** Who acts (the case's 代理人): false when the debtor negotiates alone; null not yet said. */
  officeActs?: boolean | null;
}

export interface TransitionRequest {
  to: NegotiationStatus;
  date: CivilDate;
  /** 代位弁済 / 債権譲渡: who the debt passed to. */
  successor?: string;
}

/** Why the step cannot be taken, in Japanese; undefined when it can. */
export function transitionProblem(from: NegotiationStatus, request: TransitionRequest, facts: TransitionFacts): string | undefined {
  const { to, date } = request;
  const label = negotiationStatusLabels;
  if (to === 'notice-sent' && facts.officeActs === false) return noticeWithoutAgent;
  if (!allowedTransitions[from].includes(to)) {
    const next = allowedTransitions[from].map((s) => label[s]).join('・');
    return `「${label[from]}」から「${label[to]}」には進めません${next ? `(次に進める段階: ${next})` : '(この債権者の交渉は終わっています)'}`;
  }
  if (date > facts.today) return `日付(${date})が今日(${facts.today})より後です`;
  if (facts.since !== null && date < facts.since) return `日付(${date})が前の段階の日付(${facts.since})より前です`;
  if ((to === 'agreed' || to === 'agreement-signed') && !facts.acceptedOffer)
    return `「${label[to]}」にするには、受諾した和解案が必要です(和解案の状態を「受諾」にしてください)`;
  if (to === 'agreement-signed' && !facts.signedAgreement)
    return '「和解書締結」にするには、和解書の締結日と条項を入力してください(和解書のチェック)';
  if (to === 'repaying' && !facts.signedAgreement) return '「返済中」にするには、締結した和解書が必要です';
  if (to === 'completed' && !facts.fullyPaid) return '「完済」にするには、和解書の返済予定がすべて支払われている必要があります';
  if ((to === 'subrogated' || to === 'assigned') && !request.successor?.trim())
    return to === 'subrogated' ? '代位弁済した保証会社の名前を入力してください' : '債権を譲り受けた会社の名前を入力してください';
  return undefined;
}

/**
 * How long a step normally takes before it deserves a look, in days. Editable defaults from
 * practice, not law: docs/law/practice.md (2–3 months of investigation; repayments ~6 months after the
 * notice) and the source articles (notice to settlement: a few weeks to 3–6 months).
 */
export const defaultStepNorms: Partial<Record<NegotiationStatus, number>> = {
  'notice-sent': 30,
  'history-requested': 60,
  'history-received': 14,
  recalculated: 14,
  'offer-sent': 30,
  negotiating: 60,
  agreed: 30,
  'agreement-signed': 60,
};

export interface StatusChange {
  status: NegotiationStatus;
  date: CivilDate;
}

export interface TimelineStep {
  status: NegotiationStatus;
  label: string;
  from: CivilDate;
  /** The next step's date, or null for the current step. */
  to: CivilDate | null;
  days: number;
  norm: number | null;
  /** Waited longer than the norm (only the current step is flagged). */
  overdue: boolean;
}

/** The steps taken, in order, with the days each took (the current one up to today). */
export function statusTimeline(
  changes: readonly StatusChange[],
  today: CivilDate,
  norms: Partial<Record<NegotiationStatus, number>> = defaultStepNorms,
): TimelineStep[] {
  return changes.map((change, index) => {
    const next = changes[index + 1];
    const to = next ? next.date : null;
    const days = daysBetween(change.date, to ?? today);
    const norm = norms[change.status] ?? null;
    return {
      status: change.status,
      label: negotiationStatusLabels[change.status],
      from: change.date,
      to,
      days,
      norm,
      overdue: to === null && norm !== null && days > norm,
    };
  });
}
