// The sheet to read before each contact with a creditor: the debt as recalculated against the
// claim (and why), what the budget allows for this creditor (its 按分 share), an opening offer, a
// ladder of fallback positions each with its cost in yen, the creditor kind's tendencies, talking
// points and a phone script. Offers are principal only without future interest first (東京三会統一
// 基準); 36 installments standard, 60 the usual limit (docs/law/practice.md "Settlement terms in practice").

import { budgetBasis } from '../case/budget-basis.js';
import type { Budget, Debtor } from '../case/case-schema.js';
import type { CivilDate } from '../civil-date.js';
import { bonusMonths } from '../diagnosis/plan-choices.js';
import { type Yen, formatYenWithUnit as yen } from '../money.js';
import { addMonths } from '../plan/payment-schedules.js';
import { mayBeTimeBarred } from '../position/limitation-position.js';
import { limitationQuestions, limitationSummary } from '../position/limitation-texts.js';
import type { ActingFor, DebtPosition } from '../position/position-types.js';
import { type CreditorNotes, type CreditorTendencies, tendenciesFor } from './creditor-tendencies.js';
import { standardInstallments } from './offer-judgement.js';
import { type PhoneScript, phoneScript, scriptSources } from './phone-script.js';

export interface PreparationInput {
  today: CivilDate;
  debtorName: string;
  creditor: { name: string; kind: string; contractNumbers: string[] };
  /** The creditor's debt position today: every figure and status of the debt comes from here. */
  position: DebtPosition;
  sustainable: Yen;
  /** This creditor's 按分 share of the sustainable amount. */
  share: Yen;
  /** 'YYYY-MM' the payments would start in (the plan's first month). */
  startMonth: string;
  /** The case's facts the words follow: the income fell (null: not recorded), bonus income in the budget. */
  facts: { incomeFell: boolean | null; bonusIncome: boolean };
  notes?: CreditorNotes['notes'];
}

/** The case's facts a sheet's words follow (PRACTICE "Words in scripts"); the budget as the plan reads it (budget-basis.ts). */
export function sheetFactsOf(debtor: Pick<Debtor, 'incomeFell'>, budget: Pick<Budget, 'monthly' | 'months'>): PreparationInput['facts'] {
  return { incomeFell: debtor.incomeFell, bonusIncome: (budgetBasis(budget).month.income.bonus ?? 0) > 0 };
}

export interface SheetTerms {
  amount: Yen;
  installments: number;
  monthly: Yen;
  /** The last installment (smaller when the amount does not divide). */
  last: Yen;
  /** Added in each bonus month (July, December); 0: none. */
  bonus: Yen;
  total: Yen;
}

export interface LadderStep {
  id: 'fewer' | 'bonus' | 'accrued-part' | 'longer';
  label: string;
  terms: SheetTerms;
  /** Paid in all beyond the opening offer. */
  cost: Yen;
  /** Monthly amount against the opening's (positive: more a month). */
  monthlyChange: Yen;
  fitsShare: boolean;
  note: string;
}

export interface PreparationSheet {
  creditorName: string;
  /** Who speaks to the creditor: the office once its 受任通知 is sent, else the debtor. */
  voice: ActingFor;
  debt: { claimed: Yen | null; recalculated: Yen; difference: Yen; overpaymentClaim: Yen; label: string; why: string[] };
  budget: { sustainable: Yen; share: Yen; why: string };
  /** null: the debt may be time-barred, so nothing is offered (an offer would acknowledge it). */
  opening: (SheetTerms & { fitsShare: boolean }) | null;
  /** Where the limitation may have run or has run: what it says, the questions, the way forward. */
  timeBarred: { summary: string[]; questions: string[]; wayForward: string } | null;
  ladder: LadderStep[];
  limit: string;
  tendencies: CreditorTendencies;
  talkingPoints: string[];
  script: PhoneScript;
  sources: string[];
}

/** `amount` in `installments` equal payments rounded up to the yen, the last one what is left. */
export function evenTerms(amount: Yen, installments: number): SheetTerms {
  const monthly = Math.ceil(amount / Math.max(1, installments));
  const count = monthly === 0 ? 0 : Math.ceil(amount / monthly);
  return { amount, installments: count, monthly, last: amount - monthly * (count - 1), bonus: 0, total: amount };
}

/** The fewest installments from `from` up to the usual limit whose monthly amount fits `share`; the limit if none does. */
function fitting(amount: Yen, share: Yen, from: number): number {
  for (let n = from; n <= standardInstallments.max; n++) if (share > 0 && Math.ceil(amount / n) <= share) return n;
  return standardInstallments.max;
}

/** Installments of `monthly` with `bonus` added in July and December from `startMonth`, until `amount` is paid. */
export function bonusTerms(amount: Yen, monthly: Yen, bonus: Yen, startMonth: string): SheetTerms {
  let left = amount;
  let count = 0;
  let last = 0;
  while (left > 0 && monthly > 0) {
    const month = Number(addMonths(startMonth, count).slice(5, 7));
    const due = monthly + ((bonusMonths as readonly number[]).includes(month) ? bonus : 0);
    last = Math.min(due, left);
    left -= last;
    count++;
  }
  return { amount, installments: count, monthly, last, bonus, total: amount };
}

export function preparationSheet(input: PreparationInput): PreparationSheet {
  const { position, share } = input;
  const debt = position.settlementBase;
  const tendencies = tendenciesFor(input.creditor, input.notes);
  const timeBarred = timeBarredPart(position);
  const base = {
    creditorName: input.creditor.name,
    voice: position.actingFor,
    debt: debtPart(position),
    budget: {
      sustainable: input.sustainable,
      share,
      why: `返済に回せる額のうち、各債権者の借金の額に応じて分けた(按分)この債権者の分です`,
    },
    tendencies,
    timeBarred,
  };
  if (timeBarred)
    return {
      ...base,
      opening: null,
      ladder: [],
      limit: '時効を確かめるまで、金額・回数の話はしません',
      talkingPoints: timeBarred.summary,
      script: phoneScript({ ...scriptFacts(input), timeBarred: true, openingMonthly: 0, openingInstallments: 0 }),
      sources: [...scriptSources, ...position.warnings.map((w) => w.source)],
    };
  const openingCount = fitting(debt, share, standardInstallments.min);
  const opening = evenTerms(debt, openingCount);
  return {
    ...base,
    opening: { ...opening, fitsShare: opening.monthly <= share },
    ladder: ladderOf(input, opening),
    limit: `毎月 ${yen(share)} を超える額、${standardInstallments.max}回を超える回数、将来利息の付く条件は、その場で受けずに持ち帰ります`,
    talkingPoints: talkingPoints(input, opening, tendencies),
    script: phoneScript({
      ...scriptFacts(input),
      timeBarred: false,
      openingMonthly: opening.monthly,
      openingInstallments: opening.installments,
    }),
    sources: [
      '東京三会統一基準(元金のみ・将来利息なし)',
      '任意整理の実務(36回が標準、36〜60回が一般的)',
      ...scriptSources,
      ...new Set(tendencies.tendencies.map((t) => t.source)),
    ],
  };
}

function scriptFacts(input: PreparationInput) {
  return {
    debtorName: input.debtorName,
    creditorName: input.creditor.name,
    contractNumbers: input.creditor.contractNumbers,
    share: input.share,
    voice: input.position.actingFor,
    incomeFell: input.facts.incomeFell === true,
  };
}

function timeBarredPart(position: DebtPosition): PreparationSheet['timeBarred'] {
  if (position.plan.notOwed)
    return {
      summary: [position.plan.reason ?? ''],
      questions: [],
      wayForward:
        '返済の提案はしません。払う・払う約束をすると、自分の債務と認めたと受け取られるおそれがあります。名義人本人か事務所を通じて、契約の有無と本人確認の記録を債権者に確かめます',
    };
  if (position.limitationStatus !== 'has-run' && position.limitationStatus !== 'may-have-run') return null;
  const contracts = position.contracts.filter((c) => mayBeTimeBarred(c.limitation.status));
  return {
    summary: contracts.map((c) => limitationSummary(c.limitation)),
    questions: [...new Set(contracts.flatMap((c) => limitationQuestions(c.limitation)))],
    wayForward:
      '時効援用通知を内容証明郵便(配達証明付)で送ることを検討します。それまでは払わない・払う約束をしない・減額や分割を頼まない(承認になると時効を主張できなくなります。民法145条・152条1項、最判昭和41年4月20日)',
  };
}

function ladderOf(input: PreparationInput, opening: SheetTerms): LadderStep[] {
  const { share } = input;
  const debt = input.position.settlementBase;
  const accrued = input.position.accruedInterest;
  const step = (id: LadderStep['id'], label: string, terms: SheetTerms, note: string): LadderStep => ({
    id,
    label,
    terms,
    cost: terms.total - opening.total,
    monthlyChange: terms.monthly - opening.monthly,
    fitsShare: terms.monthly <= share,
    note,
  });
  const ladder: LadderStep[] = [];
  const fewer = share > 0 ? Math.max(1, Math.ceil(debt / share)) : opening.installments;
  if (fewer < opening.installments)
    ladder.push(step('fewer', `毎月を按分額まで上げ、${fewer}回に縮める`, evenTerms(debt, fewer), '総額は同じ。毎月の負担が増えます'));
  // Bonus steps only where the budget shows bonus income (PRACTICE "Words in scripts").
  if (opening.monthly > 0 && input.facts.bonusIncome)
    ladder.push(
      step(
        'bonus',
        `ボーナス月(7月・12月)に ${yen(opening.monthly)} を上乗せして期間を縮める`,
        bonusTerms(debt, opening.monthly, opening.monthly, input.startMonth),
        'ボーナスが確実な場合だけ。ボーナス月の負担が倍になります',
      ),
    );
  const half = Math.floor(accrued / 2);
  if (half > 0)
    ladder.push(
      step(
        'accrued-part',
        `経過利息の半分(${yen(half)})を和解額に加える`,
        evenTerms(debt + half, fitting(debt + half, share, opening.installments)),
        '統一基準では元金のみ。利息のカットに応じない相手への譲歩です',
      ),
    );
  ladder.push(
    step(
      'longer',
      accrued > 0
        ? `経過利息の全額(${yen(accrued)})を加え、${standardInstallments.max}回に延ばす`
        : `${standardInstallments.max}回に延ばして毎月の額を下げる`,
      evenTerms(debt + accrued, standardInstallments.max),
      `一般的な上限は${standardInstallments.max}回です。これ以上は応じる債権者が多くありません`,
    ),
  );
  return ladder;
}

/** What the settlement base is made of, never 「元金のみ」 for an amount that includes interest. */
export function settlementBaseLabel(position: DebtPosition): string {
  if (position.principal !== null && position.settlementBase === position.principal) return '元金のみ';
  if (position.recalculated !== null && position.settlementBase === position.recalculated) return '引き直し後の残高(元金と未払利息)';
  return '請求額(元金・利息の内訳は確認が必要)';
}

function debtPart(position: DebtPosition): PreparationSheet['debt'] {
  const recalculated = position.settlementBase;
  const difference = position.claimed === null ? 0 : position.claimed - recalculated;
  const why: string[] = [];
  if (position.transactions === 0)
    why.push('取引履歴がないため請求額のまま扱っています。取引履歴を取り寄せ、利息制限法の上限で計算し直してください');
  else if (difference > 0)
    why.push(
      `取引履歴 ${position.transactions}件を利息制限法の上限利率で計算し直すと、請求より ${yen(difference)} 少なくなります(払い過ぎた利息を元金に充てるため)`,
    );
  else why.push(`取引履歴 ${position.transactions}件を計算し直した額です`);
  why.push(...position.warnings.filter((w) => w.code === 'recalc-exceeds-claim').map((w) => w.message));
  if (position.overpayment.recoverable > 0)
    why.push(`払い過ぎ(過払金)が ${yen(position.overpayment.recoverable)}(${position.overpayment.asOf}現在)あります。返還を求められます`);
  if (position.accruedInterest > 0)
    why.push(`最後の取引から今日までの経過利息 ${yen(position.accruedInterest)} は、最初の提案には含めません`);
  return {
    claimed: position.claimed,
    recalculated,
    difference,
    overpaymentClaim: position.overpayment.recoverable,
    label: settlementBaseLabel(position),
    why,
  };
}

function talkingPoints(input: PreparationInput, opening: SheetTerms, tendencies: CreditorTendencies): string[] {
  return [
    `和解額は ${yen(opening.amount)}(${settlementBaseLabel(input.position)})。将来利息・遅延損害金なしで、毎月 ${yen(opening.monthly)} を${opening.installments}回`,
    `この債権者に回せるのは毎月 ${yen(input.share)} まで(家計の収支表で示せます)`,
    ...(input.position.claimed !== null && input.position.claimed > input.position.settlementBase
      ? [`請求額 ${yen(input.position.claimed)} ではなく、計算し直した ${yen(input.position.settlementBase)} で話します`]
      : []),
    '譲歩には譲歩で応える: 一つ譲るときは、相手にも一つ求めます',
    ...tendencies.tendencies.map((t) => t.hint),
    ...tendencies.officeNotes.map((n) => `事務所のメモ: ${n.note}`),
  ];
}
