// What every field of a record is called, in Japanese, once: the forms' conflict views, the 変更履歴,
// the case-file merge and `wakai audit` all read these (they had drifted: 延滞 / 延滞中), and how a
// stored value reads, with one wording for an empty one.
import { negotiationStatuses, negotiationStatusLabels } from '../negotiation/negotiation-status.js';
import { optionNames } from '../recalc/options.js';
import { incomeItems, spendingItems } from './budget.js';
import { listColumnLabels } from './list-column-labels.js';

/** One changed field: its path, and the old and new value where both are short scalars. */
export interface FieldChange {
  field: string;
  from?: string | number | boolean | null;
  to?: string | number | boolean | null;
}

/** How an empty value reads wherever a value is shown (a form's conflict, the log, the CLI). */
export const emptyValueText = '(空欄)';

const debtorFields = {
  name: '氏名',
  nameKana: 'ふりがな',
  birthDate: '生年月日',
  prefecture: '都道府県',
  largeCity: '大都市',
  occupation: '職業',
  postcode: '郵便番号',
  address: '住所',
  phone: '電話番号',
  formerNames: '旧姓・旧氏名',
  formerAddresses: '旧住所',
  householdMembers: '同居の家族',
  incomeFell: '収入が減った',
};

/** An office's fee quote (費用の見積り), as the diagnosis page's comparison names its columns. */
export const feeQuoteFieldLabels = {
  office: '事務所名',
  profession: '資格',
  retainerPerCreditor: '着手金/社',
  successFeePerCreditor: '解決報酬/社',
  reductionFeePercent: '減額報酬%',
  refundFeePercent: '過払報酬%',
  refundFeePercentLawsuit: '過払報酬%(訴訟)',
  remittanceFeePerPayment: '送金代行/回',
  expenses: '実費',
  taxIncluded: '税込みの見積り',
} as const;

const accelerationFields = { 'acceleration.misses': '期限の利益喪失: 遅れた回数', 'acceleration.amount': '期限の利益喪失: 遅れた額' };

/** The fields of each record kind (the audit log's entity kinds), by path. */
export const recordFieldLabels: Record<string, Record<string, string>> = {
  case: {
    title: '案件名',
    debtor: '債務者',
    ...Object.fromEntries(Object.entries(debtorFields).map(([key, label]) => [`debtor.${key}`, label])),
    budget: '家計',
    'budget.monthly': '家計 毎月の目安',
    'budget.months': '家計 記録した月',
    assets: '財産',
    'assets.cash': '現金',
    'assets.deposits': '預貯金',
    'assets.cars': '自動車',
    'assets.insurance': '保険',
    'assets.home': '自宅',
    'assets.other': 'その他の財産',
    feeQuotes: '費用の見積り',
    stepNorms: '交渉の目安日数',
    ...Object.fromEntries(negotiationStatuses.map((s) => [`stepNorms.${s}`, `${negotiationStatusLabels[s]}の目安(日)`])),
    officeActs: '代理人',
    checklist: '相談のチェックリスト',
    'checklist.ticked': '相談のチェックリスト 済みの項目',
    'checklist.questions': '相談のチェックリスト 自分の質問',
  },
  creditor: {
    name: '債権者名',
    kind: '債権者の種類',
    guarantorCompany: '保証会社',
    originalCreditor: '元の債権者',
    'originalCreditor.name': '元の債権者',
    'originalCreditor.kind': '元の債権者の種類',
    contact: '連絡先',
    'contact.postcode': '郵便番号',
    'contact.address': '住所',
    'contact.phone': '電話番号',
    'contact.fax': 'FAX番号',
    'contact.department': '担当部署',
    'contact.person': '担当者',
    'contact.representative': '代表者',
    note: 'メモ',
    tendency: '債権者の傾向',
    inPlan: '返済計画(按分)に含める',
  },
  contract: {
    label: '契約の名称',
    contractNumber: '会員番号・契約番号',
    contractDate: '契約日',
    contractRate: '約定利率',
    creditLimit: '限度額',
    claimedBalance: '請求されている残高',
    monthlyPayment: '毎月の返済額',
    dueDay: '返済日',
    lastPaymentDate: '最終返済日',
    delinquent: '延滞',
    guarantorPerson: '保証人',
    collateral: '担保',
    purpose: '借入の目的',
    kind: '取引の種類',
    'limitation.accelerationType': '期限の利益喪失条項',
    'limitation.accelerationMisses': '期限の利益を失う遅れの回数',
    'limitation.acceleratedOn': '期限の利益を失った日',
    'limitation.subrogatedOn': '代位弁済日',
    'limitation.courtTitle': '判決・支払督促など',
    'limitation.courtTitleOn': '判決などが確定した日',
    'limitation.acknowledgedOn': '最後に借金を認めた日(承認)',
    'limitation.merchantBorrower': '事業のための借入れ',
    holder: '契約者(名義人)',
    'holder.relation': '契約者',
    'holder.name': '名義人の氏名',
    'holder.debtorGuarantees': '名義人の保証人になっている',
    identityTheft: '名義を無断で使われた疑い',
    recalcOptions: '計算条件',
    transactions: '取引',
  },
  history: { transactions: '取引' },
  creditorNotes: { notes: '事務所のメモ' },
  status: { status: '段階', to: '段階', date: '日付', note: 'メモ', successor: '承継した会社' },
  contact: {
    at: '日時',
    channel: '連絡の方法',
    direction: '連絡の向き',
    person: '先方の担当者',
    summary: '内容',
    promises: '約束したこと',
    nextAction: '次にすること',
    nextActionDue: '次にすることの期限',
    nextActionDone: '次にすること(済)',
    demand: '先方の請求',
    collectionAfterNotice: '受任通知後の取立て',
    officeOnly: '事務所内のみ',
    attachments: '添付ファイル',
  },
  attachment: { name: 'ファイル名', size: '大きさ(バイト)' },
  offer: {
    from: '提示した側',
    madeOn: '提示日',
    contactId: '連絡記録',
    installments: '返済回数',
    monthly: '毎月の返済額',
    amount: '和解金額',
    accruedInterest: 'うち経過利息',
    firstPaymentDate: '初回の返済日',
    futureInterestRate: '将来利息',
    lateChargeRate: '遅延損害金',
    ...accelerationFields,
    lumpSum: '頭金・一括払い',
    deferralMonths: '据置期間',
    validUntil: '回答期限',
    note: 'メモ',
    status: '和解案の状態',
  },
  agreement: {
    signedOn: '和解書の締結日',
    settlementDate: '和解日',
    confirmedBalance: '確認した債務額',
    installments: '返済回数',
    monthly: '毎月の返済額',
    paymentDay: '毎月の支払日',
    firstPaymentDate: '初回の支払日',
    payeeAccount: '振込先口座',
    transferFeePayer: '振込手数料の負担',
    forgiveness: '完済時の免除条項',
    ...accelerationFields,
    lateChargeRate: '遅延損害金',
    futureInterestRate: '将来利息',
    settlementClause: '清算条項',
    costsEachOwn: '費用は各自の負担',
    holidayRule: '休日の支払日の扱い',
    note: 'メモ',
  },
  payment: { paidOn: '支払日', amount: '支払額', note: 'メモ' },
  invitation: { accepted: '招待を受けてアカウントを作成', caseFileSent: '招待リンクから案件ファイルを送信' },
  letterhead: {
    office: '事務所名',
    profession: '資格',
    agent: '代理人の氏名',
    registrationNumber: '登録番号',
    postcode: '郵便番号',
    address: '事務所の住所',
    tel: '電話番号',
    fax: 'FAX番号',
    person: '担当者',
  },
};

/** Names for path segments no record map holds (a budget line, a list's own keys). */
const segmentLabels: Record<string, string> = {
  ...incomeItems,
  ...spendingItems,
  monthly: '毎月の目安',
  months: '記録した月',
  month: '月',
  income: '収入',
  spending: '支出',
  // A debtor list's own columns are in list-column-labels.ts; these name what another path may hold.
  name: '名称',
  kind: '種類',
  added: '追加',
  removed: '削除',
  changed: '変更',
  creditors: '債権者',
  contracts: '契約',
  // A fee quote's columns, the recalculation options, an office note's parts.
  ...feeQuoteFieldLabels,
  ...optionNames,
  scope: '対象',
  subject: '相手',
  note: 'メモ',
};

/**
 * A field's name for a reader: the record kind's label for the longest labelled prefix of the path,
 * then the remaining segments (a list item as 「2件目」, a budget line by its name).
 */
export function fieldLabel(kind: string, path: string): string {
  if (path === '*') return 'ほかの項目';
  const labels = recordFieldLabels[kind] ?? {};
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const prefix = parts.slice(0, n).join('.');
    const label = labels[prefix];
    if (label === undefined) continue;
    // A debtor's list names its cells by its own columns (自動車's name is 車名, その他の財産's is 名称).
    const columns = (kind === 'case' && listColumnLabels[prefix]) || {};
    return [label, ...parts.slice(n).map((segment) => columns[segment] ?? segmentLabel(segment))].join(' ');
  }
  return parts.map(segmentLabel).join(' › ');
}

const segmentLabel = (segment: string) => (/^\d+$/.test(segment) ? `${Number(segment) + 1}件目` : (segmentLabels[segment] ?? segment));

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored value as a reader reads it: empty as 「(空欄)」, yes/no in words, numbers grouped, a list counted. */
export function valueLabel(value: unknown): string {
  if (value === null || value === undefined || value === '') return emptyValueText;
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  if (typeof value === 'number') return value.toLocaleString('ja-JP');
  if (Array.isArray(value)) return `${value.length}件`;
  if (isPlainObject(value)) return Object.values(value).map(valueLabel).join('・');
  return String(value);
}

/** Fields whose stored value is a code with a Japanese name (a step of the negotiation). */
const codedValues: Record<string, Record<string, string>> = {
  'status.status': negotiationStatusLabels,
  'status.to': negotiationStatusLabels,
};

/** A logged change's value as a reader reads it: a step's code by its name (受任通知送付), else as valueLabel. */
export function changeValueLabel(kind: string, field: string, value: unknown): string {
  const named = typeof value === 'string' ? codedValues[`${kind}.${field}`]?.[value] : undefined;
  return named ?? valueLabel(value);
}

/** One change as the 変更履歴, the case-file merge and `wakai audit` print it: 「職業: 会社員 → パート」, or the field's name alone. */
export function changeText(kind: string, change: FieldChange): string {
  const label = fieldLabel(kind, change.field);
  if (!('to' in change)) return label;
  const value = (v: unknown) => changeValueLabel(kind, change.field, v);
  return `${label}: ${'from' in change ? `${value(change.from)} → ` : ''}${value(change.to)}`;
}
