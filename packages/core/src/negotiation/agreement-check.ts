// The written agreement (和解書) checked clause by clause against the accepted offer before anyone
// signs: the clauses docs/law/practice.md "Settlement agreement (和解書) clauses to check" lists, with the
// late-charge cap of 利息制限法4条・7条 (docs/law/recalculation.md "Late charges").

import type { CivilDate } from '../civil-date.js';
import { holidayRuleLabels } from '../law/business-days.js';
import { lateChargeCap } from '../law/late-charges.js';
import { formatYenWithUnit, type Yen } from '../money.js';
import { mayBeTimeBarred } from '../position/limitation-position.js';
import { formatRatePercent, percent } from '../rate.js';
import type { AccelerationClause, AgreementTerms, OfferInput } from './negotiation-schema.js';
import type { OfferContext } from './offer-judgement.js';
import { paymentAmounts } from './payment-schedule.js';

export type ChecklistStatus = 'ok' | 'info' | 'warn' | 'missing' | 'mismatch';

export interface ChecklistItem {
  id: string;
  label: string;
  status: ChecklistStatus;
  detail: string;
}

export interface AgreementChecklist {
  items: ChecklistItem[];
  /** Items that need a look before signing (warn, missing, mismatch). */
  problems: number;
  source: string;
}

const yen = formatYenWithUnit;

export function describeAcceleration(clause: AccelerationClause): string {
  if (clause.misses === null && clause.amount === null) return '定めなし';
  const parts = [
    ...(clause.misses === null ? [] : [`支払を${clause.misses}回以上怠り`]),
    ...(clause.amount === null ? [] : [`その額が${yen(clause.amount)}に達したとき`]),
  ];
  return parts.join('、');
}

export function agreementChecklist(
  offer: OfferInput,
  terms: AgreementTerms,
  context: { today: CivilDate; businessLender: boolean } & Partial<Pick<OfferContext, 'claimed' | 'limitationStatus' | 'lateChargeLimit'>>,
): AgreementChecklist {
  const items: ChecklistItem[] = [];
  const add = (id: string, label: string, status: ChecklistStatus, detail: string) => items.push({ id, label, status, detail });
  const compare = (id: string, label: string, written: Yen | number | null, offered: Yen | number, show: (v: number) => string) => {
    if (written === null) add(id, label, 'missing', `書かれていません(和解案: ${show(offered)})`);
    else if (written !== offered) add(id, label, 'mismatch', `和解書 ${show(written)} / 和解案 ${show(offered)}`);
    else add(id, label, 'ok', show(written));
  };

  if (context.limitationStatus !== undefined && mayBeTimeBarred(context.limitationStatus))
    add(
      'limitation',
      '時効',
      'warn',
      '時効が完成している(可能性がある)債務です。和解書に署名すると債務を認めたこと(承認)になり、時効を主張できなくなります(民法152条1項、最判昭和41年4月20日)。署名の前に時効援用を検討してください',
    );
  const written = terms.confirmedBalance ?? offer.amount;
  if (context.claimed !== undefined && context.claimed !== null && written > context.claimed)
    add(
      'claimed',
      '請求額との比較',
      'warn',
      `確認する債務額 ${yen(written)} は請求額 ${yen(context.claimed)} を超えます。請求以上を認める必要はありません`,
    );
  add('signed', '締結日', terms.signedOn ? 'ok' : 'missing', terms.signedOn ?? '締結日を入力してください');
  add('settlement-date', '和解日(債務額の基準日)', terms.settlementDate ? 'ok' : 'missing', terms.settlementDate ?? '書かれていません');
  compare('balance', '確認した債務額', terms.confirmedBalance, offer.amount, yen);
  compare('installments', '返済回数', terms.installments, offer.installments, (n) => `${n}回`);
  compare('monthly', '毎月の返済額', terms.monthly, offer.monthly, yen);
  const amounts = paymentAmounts({
    amount: terms.confirmedBalance ?? offer.amount,
    installments: terms.installments ?? offer.installments,
    monthly: terms.monthly ?? offer.monthly,
    futureInterestRate: terms.futureInterestRate,
    lumpSum: offer.lumpSum,
    deferralMonths: offer.deferralMonths,
  });
  const last = amounts[amounts.length - 1]?.amount ?? 0;
  const monthly = terms.monthly ?? offer.monthly;
  if (percent(terms.futureInterestRate) === 0 && last !== monthly)
    add(
      'last-payment',
      '最終回の額',
      'info',
      `最終回は ${yen(last)} です(${amounts.length}回で合計 ${yen(amounts.reduce((s, p) => s + p.amount, 0))})`,
    );
  if (terms.firstPaymentDate === null && terms.paymentDay === null)
    add('payment-day', '支払日', 'missing', '初回の支払日と毎月の支払日が書かれていません');
  else if (offer.firstPaymentDate !== null && terms.firstPaymentDate !== null && terms.firstPaymentDate !== offer.firstPaymentDate)
    add('payment-day', '支払日', 'mismatch', `和解書の初回 ${terms.firstPaymentDate} / 和解案 ${offer.firstPaymentDate}`);
  else
    add(
      'payment-day',
      '支払日',
      'ok',
      [
        terms.firstPaymentDate && `初回 ${terms.firstPaymentDate}`,
        terms.paymentDay && `毎月${terms.paymentDay === 31 ? '末' : terms.paymentDay}日`,
      ]
        .filter(Boolean)
        .join('、'),
    );
  add(
    'holiday',
    '休日の支払日',
    terms.holidayRule === null ? 'warn' : 'ok',
    terms.holidayRule === null
      ? '書かれていません。「支払期日が金融機関の休業日にあたるときは、翌営業日を支払期日とする。」と書くのが通例です(民法142条)'
      : holidayRuleLabels[terms.holidayRule],
  );
  add('payee', '振込先口座', terms.payeeAccount ? 'ok' : 'missing', terms.payeeAccount || '振込先が書かれていません');
  add(
    'transfer-fee',
    '振込手数料の負担',
    terms.transferFeePayer === 'unspecified' ? 'warn' : 'ok',
    terms.transferFeePayer === 'unspecified'
      ? 'どちらが負担するか書かれていません'
      : terms.transferFeePayer === 'debtor'
        ? '債務者の負担'
        : '債権者の負担',
  );
  add(
    'forgiveness',
    '完済時の免除条項',
    terms.forgiveness ? 'ok' : 'warn',
    terms.forgiveness ? 'あり' : 'ありません(分割を払い終えたら残りの債務を免除する条項。入れるよう求めましょう)',
  );

  const clause = terms.acceleration;
  if (clause.misses === null && clause.amount === null) add('acceleration', '期限の利益喪失', 'missing', '条件が書かれていません');
  else if (clause.misses === 1)
    add('acceleration', '期限の利益喪失', 'warn', `${describeAcceleration(clause)}: 1回の遅れで一括請求されます(多くは2回以上・2回分の額)`);
  else if (
    (offer.acceleration.misses !== null || offer.acceleration.amount !== null) &&
    (offer.acceleration.misses !== clause.misses || offer.acceleration.amount !== clause.amount)
  )
    add(
      'acceleration',
      '期限の利益喪失',
      'mismatch',
      `和解書「${describeAcceleration(clause)}」/ 和解案「${describeAcceleration(offer.acceleration)}」`,
    );
  else add('acceleration', '期限の利益喪失', 'ok', describeAcceleration(clause));

  if (terms.lateChargeRate === null) add('late-charge', '遅延損害金', 'missing', '利率が書かれていません');
  else if (context.lateChargeLimit?.percent != null) {
    // Card shopping: whether 割賦販売法30条の3 / 消費者契約法9条 bind a later settlement is unsettled (要確認).
    const cap = percent(context.lateChargeLimit.percent);
    const over = percent(terms.lateChargeRate) > cap;
    add(
      'late-charge',
      '遅延損害金',
      over ? 'warn' : 'ok',
      over
        ? `年${terms.lateChargeRate}% はショッピングの上限 年${context.lateChargeLimit.percent}% を超えます(${context.lateChargeLimit.source})。要確認`
        : `年${terms.lateChargeRate}%(上限 年${context.lateChargeLimit.percent}%)`,
    );
  } else {
    const cap = lateChargeCap(terms.confirmedBalance ?? offer.amount, context.today, context.businessLender);
    add(
      'late-charge',
      '遅延損害金',
      percent(terms.lateChargeRate) > cap.rate ? 'warn' : 'ok',
      percent(terms.lateChargeRate) > cap.rate
        ? `年${terms.lateChargeRate}% は上限 年${formatRatePercent(cap.rate)}% を超えます(${cap.source}。超える部分は無効)`
        : `年${terms.lateChargeRate}%(上限 年${formatRatePercent(cap.rate)}%)`,
    );
  }
  if (terms.futureInterestRate !== offer.futureInterestRate)
    add('future-interest', '将来利息', 'mismatch', `和解書 年${terms.futureInterestRate}% / 和解案 年${offer.futureInterestRate}%`);
  else
    add(
      'future-interest',
      '将来利息',
      percent(terms.futureInterestRate) > 0 ? 'info' : 'ok',
      percent(terms.futureInterestRate) > 0 ? `年${terms.futureInterestRate}%` : 'なし',
    );
  add(
    'settlement-clause',
    '清算条項',
    terms.settlementClause ? 'ok' : 'warn',
    terms.settlementClause ? 'あり' : 'ありません(ほかに債権債務がないことを確認する条項)',
  );
  add('costs', '費用の負担', terms.costsEachOwn ? 'ok' : 'info', terms.costsEachOwn ? '各自の負担' : '書かれていません');
  return {
    items,
    problems: items.filter((i) => i.status === 'warn' || i.status === 'missing' || i.status === 'mismatch').length,
    source:
      '和解書の確認事項(任意整理の実務: 期限の利益喪失は2回以上・2回分の額が多い); 遅延損害金の上限は利息制限法4条・7条; 休日の支払日は民法142条・最判平成11年3月11日',
  };
}
