// Every offer judged before anyone answers it: what it costs in all, whether the monthly amount
// fits this creditor's pro-rata share of what the budget can carry, how it compares with the
// standard terms (東京三会統一基準: principal only, no future interest; 36–60 installments) and
// with what the same debt costs under the alternatives; and counter-offers that fit. docs/law/practice.md
// "Settlement terms in practice"; the source articles: never accept an installment the budget
// cannot carry, offer concrete amounts.
import type { CivilDate } from '../civil-date.js';
import type { Diagnosis, Procedure } from '../diagnosis/procedure-comparison.js';
import { lateChargeCap } from '../law/late-charges.js';
import { formatYenWithUnit, type Yen } from '../money.js';
import { allocate } from '../plan/allocation.js';
import type { LateChargeLimit } from '../position/creditor-regime.js';
import { type LimitationStatusCode, mayBeTimeBarred } from '../position/limitation-position.js';
import type { DebtPosition } from '../position/position-types.js';
import { formatRatePercent, percent } from '../rate.js';
import type { OfferInput } from './negotiation-schema.js';
import { paymentAmounts } from './payment-schedule.js';

/** The installments practice calls standard (docs/law/practice.md: 36 standard, 36–60 common). */
export const standardInstallments = { min: 36, max: 60, source: '任意整理の実務(分割は36回が標準、36〜60回が一般的)' } as const;

export interface OfferContext {
  today: CivilDate;
  /** This creditor's settlement base (the debt position's): the lesser of the claim and the recalculation. */
  debt: Yen;
  /** What the creditor claims; an offer above it asks more than is claimed. */
  claimed: Yen | null;
  /** The debt's limitation status (the position's): a time-barred debt gets no offer to pay. */
  limitationStatus: LimitationStatusCode;
  /** The strictest late-charge cap of its contracts (card shopping: 割賦販売法30条の3 …), where not 利息制限法's. */
  lateChargeLimit: LateChargeLimit;
  /** What the budget can carry each month for all creditors together. */
  sustainable: Yen;
  /** This creditor's pro-rata share of it (按分). */
  share: Yen;
  /** 営業的金銭消費貸借 (a lender in business): the 20% late-charge cap applies. */
  businessLender: boolean;
  /** The same debt under the alternatives: what this creditor would be paid. */
  alternatives: { procedure: Procedure; label: string; total: Yen | null; note: string }[];
}

export type CheckLevel = 'ok' | 'info' | 'warn' | 'bad';

export interface OfferCheck {
  id: string;
  level: CheckLevel;
  text: string;
}

export interface CounterOffer {
  amount: Yen;
  installments: number;
  monthly: Yen;
  futureInterestRate: string;
  reason: string;
  fitsShare: boolean;
}

export interface OfferJudgement {
  totalPayable: Yen;
  futureInterest: Yen;
  payments: number;
  lastPayment: Yen;
  /** totalPayable − debt: what the offer asks beyond the recalculated debt (negative: less). */
  beyondDebt: Yen;
  fitsShare: boolean;
  fitsBudget: boolean;
  checks: OfferCheck[];
  counterOffers: CounterOffer[];
}

const yen = formatYenWithUnit;

/** The context for one creditor's offers from the case's diagnosis (its plan holds every creditor's debt). */
export function offerContextFor(diagnosis: Diagnosis, position: DebtPosition, today: CivilDate): OfferContext {
  const creditors = diagnosis.plan.creditors;
  const index = creditors.findIndex((c) => c.key === position.creditorId);
  const debts = creditors.map((c) => c.debt);
  const part = (total: Yen | null) => (total === null || index < 0 ? null : (allocate(total, debts)[index] as Yen));
  const debt = position.settlementBase;
  const row = (procedure: Procedure) => diagnosis.rows.find((r) => r.procedure === procedure);
  const rehabilitation = row('rehabilitation');
  const mediation = row('mediation');
  return {
    today,
    debt,
    sustainable: diagnosis.affordability.sustainable,
    share: part(diagnosis.affordability.sustainable) ?? 0,
    claimed: position.claimed,
    limitationStatus: position.limitationStatus,
    lateChargeLimit: strictestLateCharge(position),
    // Banks, card and consumer-finance companies, servicers and guarantor companies lend in business.
    businessLender: position.regime.kind !== 'individual',
    alternatives: [
      {
        procedure: 'rehabilitation',
        label: '個人再生',
        total: rehabilitation?.total === null || rehabilitation === undefined ? null : part(rehabilitation.total),
        note:
          rehabilitation?.total == null ? '利用できないか、判断できません' : `再生計画の総額 ${yen(rehabilitation.total)} の按分、原則3年`,
      },
      {
        procedure: 'mediation',
        label: '特定調停',
        total: mediation ? debt : null,
        note: '引き直し後の債務を利息なしで36回程度',
      },
      { procedure: 'bankruptcy', label: '自己破産', total: 0, note: '免責されれば支払はありません(財産の処分・資格制限などがあります)' },
    ],
  };
}

/** A shopping contract's cap (割賦販売法30条の3, 消費者契約法9条1項2号) where the creditor has one, else 利息制限法's. */
function strictestLateCharge(position: DebtPosition): LateChargeLimit {
  const fixed = position.contracts.map((c) => c.lateChargeLimit).filter((l) => l.percent !== null);
  fixed.sort((a, b) => percent(a.percent as string) - percent(b.percent as string));
  return fixed[0] ?? position.contracts[0]?.lateChargeLimit ?? { percent: null, source: '利息制限法4条1項・7条1項' };
}

const timeBarredOffer =
  'この提案に応じる・払う約束をする・減額や分割を頼むと、借金を認めたこと(承認)になり、時効を主張できなくなります(民法152条1項、最判昭和41年4月20日)。時効援用(支払い0円)を先に検討してください';

export function judgeOffer(offer: OfferInput, context: OfferContext): OfferJudgement {
  const payments = paymentAmounts(offer);
  const totalPayable = payments.reduce((sum, p) => sum + p.amount, 0);
  const futureInterest = payments.reduce((sum, p) => sum + p.interest, 0);
  const installments = payments.filter((p) => !p.lumpSum);
  const lastPayment = installments[installments.length - 1]?.amount ?? 0;
  // With future interest the level payment replaces the offer's monthly figure.
  const monthly = futureInterest > 0 ? (installments[0]?.amount ?? 0) : offer.monthly;
  const fitsShare = monthly <= context.share;
  const fitsBudget = monthly <= context.sustainable;
  const checks: OfferCheck[] = [];
  const add = (id: string, level: CheckLevel, text: string) => checks.push({ id, level, text });

  if (mayBeTimeBarred(context.limitationStatus))
    add(
      'limitation',
      'bad',
      `${context.limitationStatus === 'has-run' ? '時効期間が過ぎている債務です' : '時効が完成している可能性がある債務です'}。${timeBarredOffer}`,
    );
  if (context.claimed !== null && totalPayable > context.claimed)
    add(
      'claimed',
      'bad',
      `総支払額 ${yen(totalPayable)} は請求額 ${yen(context.claimed)} を ${yen(totalPayable - context.claimed)} 上回ります。請求されている以上を払う必要はありません`,
    );
  const beyondDebt = totalPayable - context.debt;
  add(
    'total',
    beyondDebt > 0 ? 'warn' : 'ok',
    `総支払額 ${yen(totalPayable)}(${offer.installments}回${offer.lumpSum > 0 ? `+頭金 ${yen(offer.lumpSum)}` : ''})。${
      beyondDebt === 0
        ? `引き直し後の債務 ${yen(context.debt)} と同じ額です`
        : `引き直し後の債務 ${yen(context.debt)} より ${yen(Math.abs(beyondDebt))} ${beyondDebt > 0 ? '多い' : '少ない'}額です`
    }`,
  );
  if (fitsShare) add('share', 'ok', `毎月 ${yen(monthly)} は、家計からこの債権者に按分できる額 ${yen(context.share)} の範囲内です`);
  else if (fitsBudget)
    add(
      'share',
      'warn',
      `毎月 ${yen(monthly)} は按分できる額 ${yen(context.share)} を ${yen(monthly - context.share)} 超えます(他の債権者への返済が苦しくなります)`,
    );
  else add('share', 'bad', `毎月 ${yen(monthly)} は、返済に回せる額の全体 ${yen(context.sustainable)} も超えます。この条件では払えません`);

  if (lastPayment > offer.monthly && installments.length > 1)
    add('last', 'warn', `毎月 ${yen(offer.monthly)} × ${offer.installments}回では足りず、最終回が ${yen(lastPayment)} になります`);
  if (installments.length < offer.installments)
    add('last', 'info', `毎月 ${yen(offer.monthly)} なら ${installments.length}回で払い終わります(${offer.installments}回より短い)`);
  if (offer.accruedInterest > 0) add('accrued', 'warn', `経過利息 ${yen(offer.accruedInterest)} を含みます(統一基準では元金のみ)`);
  if (percent(offer.futureInterestRate) > 0)
    add('future', 'warn', `将来利息 年${offer.futureInterestRate}%(${yen(futureInterest)})が付きます(統一基準では付けません)`);
  else add('future', 'ok', '将来利息はありません');
  if (offer.installments > standardInstallments.max)
    add(
      'installments',
      'info',
      `${offer.installments}回は一般的な上限(${standardInstallments.max}回)を超えます。応じる債権者は多くありません`,
    );
  else if (offer.installments < standardInstallments.min)
    add('installments', 'info', `${offer.installments}回は標準(${standardInstallments.min}回)より短く、毎月の額が大きくなります`);
  else add('installments', 'ok', `${offer.installments}回は一般的な範囲(${standardInstallments.min}〜${standardInstallments.max}回)です`);

  if (offer.lateChargeRate !== null) {
    const shopping = context.lateChargeLimit.percent;
    const cap =
      shopping === null
        ? lateChargeCap(offer.amount, context.today, context.businessLender)
        : { rate: percent(shopping), source: context.lateChargeLimit.source };
    // Whether the shopping caps bind a later settlement is unsettled: 要確認, not void (PRACTICE "Late charges").
    if (percent(offer.lateChargeRate) > cap.rate)
      add(
        'late-charge',
        shopping === null ? 'bad' : 'warn',
        `遅延損害金 年${offer.lateChargeRate}% は上限 年${formatRatePercent(cap.rate)}% を超えます(${cap.source})${shopping === null ? '' : '。和解に及ぶかは争いがあるため要確認'}`,
      );
  }
  if (offer.acceleration.misses === 1)
    add('acceleration', 'warn', '1回の遅れで期限の利益を失う条件です(多くは「2回以上、2回分の額」)。変更を求めましょう');
  if (offer.validUntil !== null && offer.validUntil < context.today) add('valid', 'info', `回答期限(${offer.validUntil})を過ぎています`);

  if (mayBeTimeBarred(context.limitationStatus))
    add(
      'alt-limitation',
      'info',
      '時効援用なら、この債権者への支払は 0円(時効が完成していれば。内容証明郵便・配達証明付で通知します。民法145条)',
    );
  for (const alternative of context.alternatives) {
    if (alternative.total === null) continue;
    add(
      `alt-${alternative.procedure}`,
      'info',
      `${alternative.label}なら、この債権者への支払は ${yen(alternative.total)}(${alternative.note})`,
    );
  }
  return {
    totalPayable,
    futureInterest,
    payments: payments.length,
    lastPayment,
    beyondDebt,
    fitsShare,
    fitsBudget,
    checks,
    counterOffers: counterOffers(offer, context, { fitsShare }),
  };
}

/** Concrete counter-offers: principal only, no future interest, the monthly amount within the share. */
function counterOffers(offer: OfferInput, context: OfferContext, judged: { fitsShare: boolean }): CounterOffer[] {
  // No counter-offer to pay a debt that may be time-barred: that would be the acknowledgement.
  if (mayBeTimeBarred(context.limitationStatus)) return [];
  const principalOnly = context.debt > 0 && offer.amount > context.debt;
  const interest = percent(offer.futureInterestRate) > 0;
  if (judged.fitsShare && !principalOnly && !interest) return [];
  const amount = principalOnly ? context.debt : offer.amount;
  const rest = amount - offer.lumpSum;
  const reasons = [...(principalOnly ? [`元金 ${yen(context.debt)} のみ`] : []), ...(interest ? ['将来利息なし'] : [])];
  const suggestions: CounterOffer[] = [];
  const suggest = (installments: number, reason: string) => {
    const monthly = Math.ceil(rest / installments);
    if (suggestions.some((s) => s.installments === installments)) return;
    suggestions.push({ amount, installments, monthly, futureInterestRate: '0', reason, fitsShare: monthly <= context.share });
  };
  if (context.share > 0) {
    const needed = Math.max(Math.ceil(rest / context.share), 1);
    if (needed <= standardInstallments.max)
      suggest(
        Math.max(needed, Math.min(offer.installments, standardInstallments.max)),
        [...reasons, `毎月 按分額 ${yen(context.share)} 以内`].join('、'),
      );
    else
      suggest(
        standardInstallments.max,
        [...reasons, `${standardInstallments.max}回でも按分額を超えます(他社の配分や予備費の見直し、他の手続も検討)`].join('、'),
      );
  }
  if (!judged.fitsShare || reasons.length > 0) suggest(standardInstallments.max, [...reasons, `${standardInstallments.max}回`].join('、'));
  return suggestions;
}
