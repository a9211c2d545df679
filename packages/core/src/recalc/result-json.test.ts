import { expect, it } from 'vitest';
import { recalculate } from './recalc.js';
import { recalcJson, recalcJsonText } from './result-json.js';

const result = recalculate(
  [
    { date: '2000-03-27', borrow: 478_594, repay: 0, line: 2, note: '"契約"' },
    { date: '2000-04-25', borrow: 0, repay: 50_000 },
  ],
  { asOf: '2000-05-25' },
);

it('writes the same document as text and as an object', () => {
  expect(JSON.parse(recalcJsonText(result))).toEqual(recalcJson(result));
  expect(JSON.parse(recalcJsonText(result, { working: true }))).toEqual(recalcJson(result, { working: true }));
});

it('keeps the contract fields of every row, in integer yen', () => {
  const json = recalcJson(result);
  expect(Object.keys(json.rows[0] ?? {})).toEqual([
    'date',
    'borrow',
    'repay',
    'days',
    'rate',
    'interest',
    'unpaidInterest',
    'balance',
    'overpayment',
    'overpaymentInterest',
    'note',
    'kind',
    'series',
    'estimated',
    'line',
  ]);
  expect(json.rows[1]).toMatchObject({ interest: 6_825, balance: 435_419 });
  expect(Object.keys(json.summary)).toEqual(
    expect.arrayContaining(['asOf', 'balance', 'unpaidInterest', 'overpayment', 'overpaymentInterest', 'claim']),
  );
});

it('writes notes with quotes, backslashes and line breaks as valid JSON', () => {
  const tricky = recalculate([{ date: '2001-01-01', borrow: 1, repay: 0, note: 'a"b\\c\n改行\u2028' }]);
  expect(JSON.parse(recalcJsonText(tricky)).rows[0].note).toBe('a"b\\c\n改行\u2028');
});
