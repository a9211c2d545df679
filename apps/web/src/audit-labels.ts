// How the change log and the trash name what changed, in Japanese: the record kinds, the actions,
// and a field's path (budget.monthly.income.salaryApplicant → 家計 › 月の収支 › 収入 › 給与(申立人)).
import { incomeItems, spendingItems } from '@wakai/core';

export { auditActionLabels as actionLabels, auditKindLabels as kindLabels } from '@wakai/core';

const segmentLabels: Record<string, string> = {
  ...incomeItems,
  ...spendingItems,
  title: '案件名',
  debtor: '債務者',
  budget: '家計',
  assets: '財産',
  feeQuotes: '費用の見積り',
  stepNorms: '交渉の目安日数',
  monthly: '月の収支',
  months: '月ごとの収支',
  income: '収入',
  spending: '支出',
  name: '名称',
  nameKana: 'ふりがな',
  kind: '種類',
  note: 'メモ',
  occupation: '職業',
  prefecture: '都道府県',
  birthDate: '生年月日',
  guarantorCompany: '保証会社',
  contact: '連絡先',
  address: '住所',
  phone: '電話',
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
  transactions: '取引',
  status: '段階',
  summary: '内容',
  size: '大きさ(バイト)',
  amount: '金額',
  installments: '返済回数',
  added: '追加',
  removed: '削除',
  changed: '変更',
  creditors: '債権者',
  contracts: '契約',
};

export function fieldLabel(path: string): string {
  if (path === '*') return 'ほかの項目';
  return path
    .split('.')
    .map((segment) => segmentLabels[segment] ?? segment)
    .join(' › ');
}

export function valueLabel(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(なし)';
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  if (typeof value === 'number') return value.toLocaleString('ja-JP');
  return String(value);
}

export const dateTime = (iso: string) => new Date(iso).toLocaleString('ja-JP', { dateStyle: 'medium', timeStyle: 'short' });
