// One name per field and one wording of an empty value, for forms, conflicts, the log and the CLI
// (issue 18 #7: 延滞 / 延滞中 and (空欄) / (なし) had drifted apart).
import { expect, it } from 'vitest';
import { changeValueLabel, emptyValueText, fieldLabel, recordFieldLabels, valueLabel } from './field-labels.js';

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
