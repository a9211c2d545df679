// Risks that apply to this debtor, each rule with its source (docs/law/practice.md "Risks to
// warn about"). Rules are data: a test, a sentence, a source. Sources are shown to users: they name
// the statute, decision or practice, never our own files.
import type { Assets, Debtor } from '../case/case-schema.js';
import { addYears, type CivilDate } from '../civil-date.js';
import { scrivenerClaimLimit } from '../law/professional-fees.js';
import type { Yen } from '../money.js';

export interface RiskCreditor {
  name: string;
  kind: string;
  guarantorCompany: string;
  claimed: Yen | null;
  contracts: { guarantorPerson: string; purpose: string; lastPaymentDate: string | null; claimedBalance: Yen | null; label: string }[];
  /** The earliest 10-year limitation date of an overpayment claim, if any. */
  overpaymentLimitation: CivilDate | null;
}

export interface RiskFacts {
  today: CivilDate;
  debtor: Debtor;
  assets: Assets;
  creditors: readonly RiskCreditor[];
}

export interface Risk {
  id: string;
  /** Who or what it concerns (a creditor, a deposit …). */
  subject: string;
  message: string;
  source: string;
}

interface RiskRule {
  id: string;
  source: string;
  find: (facts: RiskFacts) => { subject: string; message: string }[];
}

const sameBank = (deposit: string, creditor: string) => {
  const core = (name: string) => name.replace(/銀行|信用金庫|信用組合|\(.*?\)|（.*?）|\s/g, '');
  return core(deposit) !== '' && (core(creditor).includes(core(deposit)) || core(deposit).includes(core(creditor)));
};

export const riskRules: readonly RiskRule[] = [
  {
    id: 'bank-set-off',
    source: '銀行カードローンの実務: 受任通知を受けた銀行は口座を凍結し、預金を貸付と相殺します(保証会社の代位弁済まで1〜2か月)',
    find: ({ assets, creditors }) =>
      assets.deposits.flatMap((d) =>
        creditors
          .filter((c) => c.kind === 'bank' && sameBank(d.bank, c.name))
          .map((c) => ({
            subject: d.bank,
            message: `${c.name}から借入があり、同じ銀行に預金(${d.balance.toLocaleString('ja-JP')}円)があります。受任通知が届くと口座が凍結され、預金が借金と相殺されます。事前に残高を引き出し、給与振込や引落しを他の口座へ移してください`,
          })),
      ),
  },
  {
    id: 'guarantor-company',
    source: '銀行カードローンの実務: 保証会社の代位弁済(1〜2か月)の後は保証会社が債権者になります',
    find: ({ creditors }) =>
      creditors
        .filter((c) => c.kind === 'bank' && c.guarantorCompany !== '')
        .map((c) => ({
          subject: c.name,
          message: `${c.name}の借入は保証会社(${c.guarantorCompany})が代わりに支払い(代位弁済)、その後は保証会社との交渉になります`,
        })),
  },
  {
    id: 'personal-guarantor',
    source: '保証の実務: 主たる債務を整理しても、連帯保証人には全額が請求されます',
    find: ({ creditors }) =>
      creditors.flatMap((c) =>
        c.contracts
          .filter((k) => k.guarantorPerson !== '')
          .map((k) => ({
            subject: c.name,
            message: `${c.name}の借入には保証人(${k.guarantorPerson})がいます。整理すると保証人に全額が請求されます。任意整理ならこの借入を対象から外すこともできます`,
          })),
      ),
  },
  {
    id: 'car-repossession',
    source: '所有権留保の自動車ローンの実務: ローンを整理すると車は引き揚げられます',
    find: ({ assets }) =>
      assets.cars
        .filter((car) => car.titleRetained)
        .map((car) => ({
          subject: car.name,
          message: `${car.name}はローン会社(${car.lender || '不明'})に所有権が残っています。このローンを整理すると車は引き揚げられます。任意整理なら対象から外せます`,
        })),
  },
  {
    id: 'phone-installments',
    source: '携帯電話端末の分割払いの実務: 信用情報機関に登録され、回線の契約が止まることがあります',
    find: ({ creditors }) =>
      creditors.flatMap((c) =>
        c.contracts
          .filter((k) => /携帯|スマホ|スマートフォン|端末/.test(`${k.purpose}${k.label}`))
          .map(() => ({
            subject: c.name,
            message: `${c.name}の端末代金の分割払いを整理すると、信用情報に登録され、回線の契約も止まることがあります`,
          })),
      ),
  },
  {
    id: 'scholarship-guarantor',
    source: '奨学金の人的保証の実務: 保証人(多くは親族)に請求されます',
    find: ({ creditors }) =>
      creditors
        .filter((c) => /奨学|日本学生支援機構|JASSO/i.test(c.name) && c.contracts.some((k) => k.guarantorPerson !== ''))
        .map((c) => ({ subject: c.name, message: `${c.name}(奨学金)には保証人がいます。整理すると保証人(多くは親族)に請求されます` })),
  },
  {
    id: 'taxes',
    source: '破産法253条(税金・社会保険料は免責されません); 任意整理・個人再生でも減額の対象外',
    find: ({ creditors }) =>
      creditors
        .filter((c) => /税|年金事務所|国民健康保険|社会保険/.test(c.name))
        .map((c) => ({
          subject: c.name,
          message: `${c.name}への支払い(税金・社会保険料)は、どの手続でも減額や免除の対象になりません。役所で分割納付の相談をしてください`,
        })),
  },
  {
    id: 'possibly-time-barred',
    source:
      '民法166条1項(2020年4月1日以降: 知った時から5年・行使できる時から10年); 旧商法522条(それ以前の貸金業者・銀行の債権は5年); 時効は援用が必要で、支払いや承認で更新されます',
    find: ({ creditors, today }) =>
      creditors.flatMap((c) =>
        c.contracts
          .filter((k) => k.lastPaymentDate !== null && addYears(k.lastPaymentDate, 5) <= today)
          .map((k) => ({
            subject: c.name,
            message: `${c.name}への最後の返済(${k.lastPaymentDate})から5年以上たっています。時効の可能性があるため、確認するまで支払ったり借金を認めたりしないでください`,
          })),
      ),
  },
  {
    id: 'overpayment-limitation',
    source: '最判H21.1.22: 過払金返還請求権は取引終了から10年で時効',
    find: ({ creditors, today }) =>
      creditors
        .filter((c) => c.overpaymentLimitation !== null && addYears(today, 1) >= (c.overpaymentLimitation as string))
        .map((c) => ({
          subject: c.name,
          message:
            (c.overpaymentLimitation as string) <= today
              ? `${c.name}の過払金は時効(${c.overpaymentLimitation})を過ぎている可能性があります`
              : `${c.name}の過払金は${c.overpaymentLimitation}に時効を迎える見込みです。早めに請求してください`,
        })),
  },
  {
    id: 'scrivener-limit',
    source: scrivenerClaimLimit.source,
    find: ({ creditors }) =>
      creditors.flatMap((c) =>
        c.contracts
          .filter((k) => (k.claimedBalance ?? 0) > scrivenerClaimLimit.value)
          .map((k) => ({
            subject: c.name,
            message: `${c.name}の請求額(${(k.claimedBalance ?? 0).toLocaleString('ja-JP')}円)は140万円を超えるため、認定司法書士は代理できません(弁護士に依頼してください)`,
          })),
      ),
  },
];

export function risksFor(facts: RiskFacts): Risk[] {
  return riskRules.flatMap((rule) => rule.find(facts).map((found) => ({ id: rule.id, source: rule.source, ...found })));
}
