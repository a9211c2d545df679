// One name per field and one wording of an empty value, for forms, conflicts, the log and the CLI
// (issue 18 #7: 延滞 / 延滞中 and (空欄) / (なし) had drifted apart).
import { expect, it } from 'vitest';
import { agreementTermsSchema, offerSchema, paymentSchema, statusChangeSchema } from '../negotiation/negotiation-schema.js';
import { negotiationStatuses } from '../negotiation/negotiation-status.js';
import { feeQuoteSchema } from './case-schema.js';
import { demoCase } from './demo-case.js';
import { changeText, changeValueLabel, emptyValueText, fieldLabel, recordFieldLabels, valueLabel } from './field-labels.js';

it('names a field by its record kind, a list item by its position and a budget line by its name', () => {
  expect(fieldLabel('contract', 'delinquent')).toBe('延滞');
  expect(recordFieldLabels.contract?.delinquent).toBe('延滞');
  // The same key means different things in different records.
  expect(fieldLabel('offer', 'monthly')).toBe('毎月の返済額');
  expect(fieldLabel('case', 'budget.monthly.spending.entertainment')).toBe('家計 毎月の目安 支出 娯楽費');
  expect(fieldLabel('case', 'assets.deposits.1.balance')).toBe('預貯金 2件目 残高');
  expect(fieldLabel('case', '*')).toBe('ほかの項目');
});

it('reads an empty value one way everywhere', () => {
  expect([valueLabel(null), valueLabel(undefined), valueLabel('')]).toEqual([emptyValueText, emptyValueText, emptyValueText]);
  expect(emptyValueText).toBe('(空欄)');
  expect([valueLabel(true), valueLabel(false), valueLabel(1234567), valueLabel([1, 2])]).toEqual(['はい', 'いいえ', '1,234,567', '2件']);
});

it("reads a logged step by its name, and only a step's field so", () => {
  expect(changeValueLabel('status', 'status', 'history-requested')).toBe('取引履歴請求');
  expect(changeValueLabel('status', 'status', 'not-started')).toBe('未着手');
  // A note that happens to read like a code stays as written.
  expect(changeValueLabel('contact', 'summary', 'completed')).toBe('completed');
  expect(changeValueLabel('status', 'note', '')).toBe(emptyValueText);
});

it('prints a change one way for the 変更履歴, the case-file merge and `wakai audit`', () => {
  expect(changeText('contract', { field: 'delinquent', from: false, to: true })).toBe('延滞: いいえ → はい');
  expect(changeText('case', { field: 'debtor.phone', from: '045-000-0000', to: null })).toBe(`電話番号: 045-000-0000 → ${emptyValueText}`);
  expect(changeText('case', { field: 'creditors', to: 3 })).toBe('債権者: 3');
  expect(changeText('creditor', { field: 'note' })).toBe('メモ');
  expect(changeText('status', { field: 'status', from: 'not-started', to: 'history-requested' })).toBe('段階: 未着手 → 取引履歴請求');
});

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every leaf of a record, as the audit log and a conflict view name them (a list's items by index). */
function leafPaths(value: unknown, path: string[] = []): string[] {
  if (Array.isArray(value) && value.length > 0) return value.flatMap((item, i) => leafPaths(item, [...path, String(i)]));
  if (isPlainObject(value) && Object.keys(value).length > 0) return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return path.length > 0 ? [path.join('.')] : [];
}

// Issue 18 #7: the web's conflict views kept their own labels (「見積もり 1件目」 for any fee field,
// 「計算条件」 for any option), and the core's map printed raw keys (「計算条件 rate」) for what it lacked.
it('names every field of every record of a case in Japanese, from the one map', () => {
  const demo = demoCase('2026-11-23');
  const feeQuote = { office: 'A法律事務所', profession: 'lawyer', retainerPerCreditor: 30_000, successFeePerCreditor: 20_000 };
  const records: [string, unknown][] = [
    [
      'case',
      {
        title: demo.title,
        debtor: demo.debtor,
        budget: { ...demo.budget, months: [{ month: '2026-10', ...demo.budget.monthly }] },
        assets: demo.assets,
        feeQuotes: [feeQuoteSchema.parse(feeQuote)],
        stepNorms: Object.fromEntries(negotiationStatuses.map((s) => [s, 14])),
        officeActs: true,
        checklist: { ticked: ['bring:0'], questions: ['車は残せますか'] },
      },
    ],
  ];
  for (const { contracts, negotiation, ...creditor } of demo.creditors) {
    records.push(['creditor', creditor]);
    for (const { transactions: _, ...contract } of contracts) records.push(['contract', contract]);
    for (const contact of negotiation.contacts) records.push(['contact', contact]);
    for (const { offer } of negotiation.offers) records.push(['offer', offer]);
  }
  // What the demo has not reached yet: an offer, the written agreement, a payment, a step.
  records.push(
    ['offer', offerSchema.parse({ from: 'debtor', madeOn: '2026-11-01', installments: 36, monthly: 10_000, amount: 360_000 })],
    ['agreement', agreementTermsSchema.parse({ acceleration: { misses: 2, amount: 20_000 } })],
    ['payment', paymentSchema.parse({ paidOn: '2026-12-27', amount: 10_000 })],
    ['status', statusChangeSchema.parse({ to: 'notice-sent', date: '2026-11-01' })],
  );
  const unnamed = records.flatMap(([kind, record]) =>
    leafPaths(record)
      .map((path) => [kind, path, fieldLabel(kind, path)])
      .filter(([, , label]) => /[a-z]/.test(label ?? '')),
  );
  expect(unnamed).toEqual([]);
  expect(new Set(records.map(([kind]) => kind))).toEqual(
    new Set(['case', 'creditor', 'contract', 'contact', 'offer', 'agreement', 'payment', 'status']),
  );
  expect(fieldLabel('case', 'feeQuotes.0.retainerPerCreditor')).toBe('費用の見積り 1件目 着手金/社');
  expect(fieldLabel('contract', 'recalcOptions.rate')).toBe('計算条件 利率');
});

// Issue 18 #7: the debtor page headed its columns 車名 / 時価 while the log said 名称 / 評価額.
it('names a cell of a debtor list by the column the debtor page shows', () => {
  expect(fieldLabel('case', 'assets.cars.0.name')).toBe('自動車 1件目 車名');
  expect(fieldLabel('case', 'assets.cars.0.value')).toBe('自動車 1件目 時価');
  expect(fieldLabel('case', 'debtor.householdMembers.1.monthlyIncome')).toBe('同居の家族 2件目 月収');
  expect(fieldLabel('case', 'assets.other.0.name')).toBe('その他の財産 1件目 名称');
  expect(fieldLabel('case', 'assets.home.mortgageBalance')).toBe('自宅 住宅ローン残高');
});
