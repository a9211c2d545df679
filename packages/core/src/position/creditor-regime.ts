// Which rules bind a creditor, and what follows: the statute a notice may cite, whether a
// professional's notice stops its collection calls, and the late-charge cap of each kind of credit
// (docs/law/debt-position.md "Creditor regime"; PRACTICE.md "Which rules bind the creditor").

import type { ContractKind, OriginalCreditor } from '../case/debt-facts.js';
import type { CivilDate } from '../civil-date.js';
import { civilCodeReformDate } from '../law/limitation.js';

/** The glossary's creditor regimes (card shopping is a contract's kind, read with the late-charge cap). */
export type RegimeKind = 'lender' | 'guarantee-company' | 'bank' | 'cooperative' | 'servicer' | 'individual' | 'public' | 'other';

export interface CreditorRegime {
  kind: RegimeKind;
  label: string;
  /** 貸金業法 binds it (itself a 貸金業者, or holding a 貸金業者's claim, 24条2項). */
  moneyLendingAct: boolean;
  /** After which professional's notice its collection calls must stop, with the article; null where no statute says so. */
  stopsCollection: { after: 'any-professional' | 'lawyer'; source: string } | null;
  /** The articles a 受任通知 may cite to this creditor (none to a bank: it is not a 貸金業者). */
  noticeStatutes: string[];
  /** The article a request for the transaction history may cite, where one binds the creditor. */
  historyStatute: string | null;
  sources: string[];
}

const moneyLenderKinds = new Set(['card', 'consumer-finance', 'guarantor-company']);
/** 奨学金 and other public lenders (日本学生支援機構 …): not 貸金業者; no collection statute. */
const publicName = /日本学生支援機構|奨学金|日本政策金融公庫|社会福祉協議会/;
const stopByNotice = '貸金業法21条1項9号(受任通知後の電話・訪問等による取立ての禁止)';
const historyDisclosure = '貸金業法19条の2(取引履歴の開示義務)・最判平成17年7月19日';

function moneyLender(label: string, sources: string[]): CreditorRegime {
  return {
    kind: 'lender',
    label,
    moneyLendingAct: true,
    stopsCollection: { after: 'any-professional', source: stopByNotice },
    noticeStatutes: [stopByNotice],
    historyStatute: historyDisclosure,
    sources,
  };
}

export function creditorRegime(creditor: { kind: string; name: string; originalCreditor?: OriginalCreditor }): CreditorRegime {
  if (creditor.kind === 'guarantor-company') return { ...moneyLender('保証会社(貸金業者)', ['貸金業法2条']), kind: 'guarantee-company' };
  if (moneyLenderKinds.has(creditor.kind)) return moneyLender('貸金業者', ['貸金業法2条']);
  if (publicName.test(creditor.name))
    return {
      kind: 'public',
      label: '公的な貸付(貸金業法の適用なし)',
      moneyLendingAct: false,
      stopsCollection: null,
      noticeStatutes: [],
      historyStatute: null,
      sources: ['貸金業法2条1項'],
    };
  if (creditor.kind === 'bank' || creditor.kind === 'cooperative')
    return {
      kind: creditor.kind,
      label: creditor.kind === 'bank' ? '銀行(貸金業法の適用なし)' : '信用金庫・信用組合など(貸金業法の適用なし)',
      moneyLendingAct: false,
      stopsCollection: null,
      noticeStatutes: [],
      historyStatute: null,
      sources: ['貸金業法2条1項(銀行等は貸金業者に当たらない)'],
    };
  if (creditor.kind === 'servicer') {
    const original = creditor.originalCreditor ?? null;
    if (original && moneyLenderKinds.has(original.kind))
      return {
        ...moneyLender(`債権回収会社(${original.name || '貸金業者'}の債権)`, ['貸金業法24条2項', 'サービサー法18条8項']),
        kind: 'servicer',
        noticeStatutes: [`${stopByNotice}(同法24条2項により譲受人にも適用)`],
      };
    return {
      kind: 'servicer',
      label: original ? `債権回収会社(${original.name || '銀行等'}の債権)` : '債権回収会社(元の債権者が不明)',
      moneyLendingAct: false,
      stopsCollection: { after: 'lawyer', source: 'サービサー法18条8項(弁護士の受任通知後の取立ての禁止)' },
      noticeStatutes: [],
      historyStatute: null,
      sources: ['サービサー法18条8項'],
    };
  }
  return {
    kind: creditor.kind === 'individual' ? 'individual' : 'other',
    label: creditor.kind === 'individual' ? '個人(取立てを規制する法律なし)' : 'その他(適用される規制を確認)',
    moneyLendingAct: false,
    stopsCollection: null,
    noticeStatutes: [],
    historyStatute: null,
    sources: [],
  };
}

export interface LateChargeLimit {
  /** Annual rate as a percent text, or null where the 利息制限法 cap of the principal applies. */
  percent: string | null;
  source: string;
}

/**
 * The late-charge cap of one contract by its kind: a loan under 利息制限法4条・7条; shopping credit in
 * installments or revolving capped at the legal rate (割賦販売法30条の3; 6% commercial before
 * 2020-04-01, 3% since); a single-payment purchase at 14.6% (消費者契約法9条1項2号, 9条2号 before 2023-06-01).
 */
export function lateChargeLimit(kind: ContractKind, contractDate: CivilDate | null): LateChargeLimit {
  if (kind === 'shopping') {
    const old = contractDate !== null && contractDate < civilCodeReformDate;
    return {
      percent: old ? '6' : '3',
      source: `割賦販売法30条の3(残額に法定利率を加えた額が上限)・${old ? '旧商法514条(年6%)' : '民法404条(年3%)'}`,
    };
  }
  if (kind === 'shopping-single') return { percent: '14.6', source: '消費者契約法9条1項2号(年14.6%)' };
  return { percent: null, source: '利息制限法4条1項・7条1項' };
}
