// The sheet to read before each contact with a creditor: the debt as recalculated against the
// claim (and why), what the budget allows for this creditor (its 按分 share), an opening offer, a
// ladder of fallback positions each with its cost in yen, the creditor kind's tendencies, talking
// points and a phone script. Offers are principal only without future interest first (東京三会統一
// 基準); 36 installments standard, 60 the usual limit (docs/law/practice.md "Settlement terms in practice").
import type { CivilDate } from '../civil-date.js';
import { bonusMonths } from '../diagnosis/plan-choices.js';
import { type Yen, formatYenWithUnit as yen } from '../money.js';
import { addMonths } from '../plan/payment-schedules.js';
import { type CreditorNotes, type CreditorTendencies, tendenciesFor } from './creditor-tendencies.js';
import { standardInstallments } from './offer-judgement.js';
import { type PhoneScript, phoneScript, scriptSources } from './phone-script.js';

export interface PreparationInput {
  today: CivilDate;
  debtorName: string;
  creditor: { name: string; kind: string; contractNumbers: string[] };
  /** What the creditor claims; null where unknown. */
  claimed: Yen | null;
  /** Recalculated where there is a history, else the claim. */
  debt: Yen;
  /** Rows of history the recalculation read (0: none). */
  transactions: number;
  overpaymentClaim: Yen;
  /** 経過利息 from the last transaction to today. */
  accruedInterest: Yen;
  sustainable: Yen;
  /** This creditor's 按分 share of the sustainable amount. */
  share: Yen;
  /** 'YYYY-MM' the payments would start in (the plan's first month). */
  startMonth: string;
  /** A 時効 question is open (a servicer, or a last payment more than 5 years ago). */
  limitationToCheck: boolean;
  notes?: CreditorNotes['notes'];
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
  debt: { claimed: Yen | null; recalculated: Yen; difference: Yen; overpaymentClaim: Yen; why: string[] };
  budget: { sustainable: Yen; share: Yen; why: string };
  opening: SheetTerms & { fitsShare: boolean };
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
  const { debt, share } = input;
  const openingCount = fitting(debt, share, standardInstallments.min);
  const opening = evenTerms(debt, openingCount);
  const fits = (t: SheetTerms) => t.monthly <= share;
  const step = (id: LadderStep['id'], label: string, terms: SheetTerms, note: string): LadderStep => ({
    id,
    label,
    terms,
    cost: terms.total - opening.total,
    monthlyChange: terms.monthly - opening.monthly,
    fitsShare: fits(terms),
    note,
  });
  const ladder: LadderStep[] = [];
  const fewer = share > 0 ? Math.max(1, Math.ceil(debt / share)) : opening.installments;
  if (fewer < opening.installments)
    ladder.push(step('fewer', `毎月を按分額まで上げ、${fewer}回に縮める`, evenTerms(debt, fewer), '総額は同じ。毎月の負担が増えます'));
  if (opening.monthly > 0)
    ladder.push(
      step(
        'bonus',
        `ボーナス月(7月・12月)に ${yen(opening.monthly)} を上乗せして期間を縮める`,
        bonusTerms(debt, opening.monthly, opening.monthly, input.startMonth),
        'ボーナスが確実な場合だけ。ボーナス月の負担が倍になります',
      ),
    );
  const half = Math.floor(input.accruedInterest / 2);
  if (half > 0)
    ladder.push(
      step(
        'accrued-part',
        `経過利息の半分(${yen(half)})を和解額に加える`,
        evenTerms(debt + half, fitting(debt + half, share, opening.installments)),
        '統一基準では元金のみ。利息のカットに応じない相手への譲歩です',
      ),
    );
  const longerAmount = debt + input.accruedInterest;
  ladder.push(
    step(
      'longer',
      input.accruedInterest > 0
        ? `経過利息の全額(${yen(input.accruedInterest)})を加え、${standardInstallments.max}回に延ばす`
        : `${standardInstallments.max}回に延ばして毎月の額を下げる`,
      evenTerms(longerAmount, standardInstallments.max),
      `一般的な上限は${standardInstallments.max}回です。これ以上は応じる債権者が多くありません`,
    ),
  );
  const tendencies = tendenciesFor(input.creditor, input.notes);
  return {
    creditorName: input.creditor.name,
    debt: debtPart(input),
    budget: {
      sustainable: input.sustainable,
      share,
      why: `返済に回せる額 ${yen(input.sustainable)} を、各債権者の借金の額に応じて分けた(按分)この債権者の分です`,
    },
    opening: { ...opening, fitsShare: fits(opening) },
    ladder,
    limit: `毎月 ${yen(share)} を超える額、${standardInstallments.max}回を超える回数、将来利息の付く条件は、その場で受けずに持ち帰ります`,
    tendencies,
    talkingPoints: talkingPoints(input, opening, tendencies),
    script: phoneScript({
      debtorName: input.debtorName,
      creditorName: input.creditor.name,
      contractNumbers: input.creditor.contractNumbers,
      openingMonthly: opening.monthly,
      openingInstallments: opening.installments,
      share,
      limitationToCheck: input.limitationToCheck,
    }),
    sources: [
      '東京三会統一基準(元金のみ・将来利息なし)',
      '任意整理の実務(36回が標準、36〜60回が一般的)',
      ...scriptSources,
      ...new Set(tendencies.tendencies.map((t) => t.source)),
    ],
  };
}

function debtPart(input: PreparationInput): PreparationSheet['debt'] {
  const difference = input.claimed === null ? 0 : input.claimed - input.debt;
  const why: string[] = [];
  if (input.transactions === 0)
    why.push('取引履歴がないため請求額のまま扱っています。取引履歴を取り寄せ、利息制限法の上限で計算し直してください');
  else if (difference > 0)
    why.push(
      `取引履歴 ${input.transactions}件を利息制限法の上限利率で計算し直すと、請求より ${yen(difference)} 少なくなります(払い過ぎた利息を元金に充てるため)`,
    );
  else why.push(`取引履歴 ${input.transactions}件を計算し直した額です`);
  if (input.overpaymentClaim > 0) why.push(`払い過ぎ(過払金)が ${yen(input.overpaymentClaim)} あります。返還を求められます`);
  if (input.accruedInterest > 0) why.push(`最後の取引から今日までの経過利息 ${yen(input.accruedInterest)} は、最初の提案には含めません`);
  return { claimed: input.claimed, recalculated: input.debt, difference, overpaymentClaim: input.overpaymentClaim, why };
}

function talkingPoints(input: PreparationInput, opening: SheetTerms, tendencies: CreditorTendencies): string[] {
  return [
    `和解額は ${yen(opening.amount)}(元金のみ)。将来利息・遅延損害金なしで、毎月 ${yen(opening.monthly)} を${opening.installments}回`,
    `この債権者に回せるのは毎月 ${yen(input.share)} まで(家計の収支表で示せます)`,
    ...(input.claimed !== null && input.claimed > input.debt
      ? [`請求額 ${yen(input.claimed)} ではなく、計算し直した ${yen(input.debt)} で話します`]
      : []),
    '譲歩には譲歩で応える: 一つ譲るときは、相手にも一つ求めます',
    ...tendencies.tendencies.map((t) => t.hint),
    ...tendencies.officeNotes.map((n) => `事務所のメモ: ${n.note}`),
  ];
}
