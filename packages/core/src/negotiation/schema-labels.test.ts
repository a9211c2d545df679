// Issue 18 #7: the schemas named fields a third way in the API's 400 errors (和解書の締結日 / 締結日,
// 支払額 / 金額, 和解案の状態 / 状態). Each field a bad value can reach names it as the core's map does,
// the name the form beside the error and the 変更履歴 show.
import { expect, it } from 'vitest';
import type { z } from 'zod';
import { contractSchema, creditorSchema } from '../case/case-schema.js';
import { fieldLabel } from '../case/field-labels.js';
import { fieldProblems } from '../case/fields.js';
import { agreementTermsSchema, contactSchema, offerSchema, paymentSchema, statusChangeSchema } from './negotiation-schema.js';

const records: [kind: string, schema: z.ZodObject, valid: Record<string, unknown>][] = [
  ['contact', contactSchema, { at: '2026-11-01T10:00', channel: 'phone', direction: 'outgoing', summary: '返済額の相談' }],
  ['offer', offerSchema, { from: 'debtor', madeOn: '2026-11-01', installments: 36, monthly: 10_000, amount: 360_000 }],
  ['agreement', agreementTermsSchema, {}],
  ['payment', paymentSchema, { paidOn: '2026-12-27', amount: 10_000 }],
  ['status', statusChangeSchema, { to: 'notice-sent', date: '2026-11-01' }],
  ['creditor', creditorSchema, { name: 'ひまわりファイナンス', kind: 'consumer-finance' }],
  ['contract', contractSchema, {}],
];

/** A nested record's own fields; the contract's 計算条件, 時効 facts and holder have schemas of their own. */
const nested: Record<string, string[]> = {
  acceleration: ['misses', 'amount'],
  contact: ['postcode', 'address', 'phone', 'fax', 'department', 'person', 'representative'],
  originalCreditor: ['name', 'kind'],
  recalcOptions: [],
  limitation: [],
  holder: [],
};

/** A value no field takes (not a text, a number, a choice, a yes/no or a date). */
const wrong = { wrong: true };

/** The first problem a wrong value at `path` gives, as the API's 400 body names it. */
function problemAt(schema: z.ZodObject, valid: Record<string, unknown>, path: string[]) {
  const input = structuredClone(valid);
  let at: Record<string, unknown> = input;
  for (const key of path.slice(0, -1)) {
    at[key] = at[key] ?? {};
    at = at[key] as Record<string, unknown>;
  }
  at[path.at(-1) as string] = wrong;
  const parsed = schema.safeParse(input);
  if (parsed.success) return undefined;
  return fieldProblems(parsed.error).find((p) => p.path.join('.') === path.join('.'))?.message;
}

it('names every field of a creditor, a contract and a negotiation record in its 400 error as the map does', () => {
  const drift: string[] = [];
  for (const [kind, schema, valid] of records) {
    expect(schema.safeParse(valid).success).toBe(true);
    const paths = Object.keys(schema.shape).flatMap((key) => nested[key]?.map((field) => `${key}.${field}`) ?? [key]);
    for (const path of paths) {
      const message = problemAt(schema, valid, path.split('.'));
      const label = fieldLabel(kind, path);
      if (!message?.startsWith(label)) drift.push(`${kind}.${path}: 「${label}」 / 「${message}」`);
    }
  }
  expect(drift).toEqual([]);
});

it('names the fields that had drifted with the clearer wording, kept in the map', () => {
  expect(problemAt(agreementTermsSchema, {}, ['signedOn'])).toBe('和解書の締結日を日付で入力してください');
  expect(fieldLabel('agreement', 'signedOn')).toBe('和解書の締結日');
  expect(problemAt(paymentSchema, { paidOn: '2026-12-27' }, ['amount'])).toBe('支払額を数字(円)で入力してください');
  expect(fieldLabel('payment', 'amount')).toBe('支払額');
  expect(fieldLabel('offer', 'status')).toBe('和解案の状態');
  expect(paymentSchema.safeParse({ paidOn: '2026-12-27', amount: 0 }).error?.issues[0]?.message).toBe('支払額を入力してください');
});
