import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { budgetSchema, contractSchema, debtorSchema, futureDatedRows, transactionsSchema } from './case-schema.js';
import { schemaFields, withEdit } from './record-edit.js';

describe('an edit keeps what it leaves out', () => {
  const stored = {
    name: '山田 花子',
    nameKana: 'やまだ はなこ',
    birthDate: '1980-01-01',
    householdMembers: [{ name: 'A' }, { name: 'B' }],
  };

  it('merges objects field by field and replaces lists and values whole', () => {
    expect(withEdit(stored, { nameKana: 'ヤマダ ハナコ' })).toEqual({ ...stored, nameKana: 'ヤマダ ハナコ' });
    expect(withEdit(stored, { householdMembers: [{ name: 'C' }] })).toEqual({ ...stored, householdMembers: [{ name: 'C' }] });
    expect(withEdit(stored, { birthDate: null })).toEqual({ ...stored, birthDate: null });
    expect(withEdit({ contact: { phone: '1', fax: '2' } }, { contact: { fax: '3' } })).toEqual({ contact: { phone: '1', fax: '3' } });
  });

  it('empties a budget line sent as null (issue 18: only 0 cleared it before)', () => {
    const budget = {
      monthly: { income: { salaryApplicant: 250_000 }, spending: { entertainment: 1_234_567_890, food: 40_000 } },
      months: [],
    };
    const edited = budgetSchema.parse(withEdit(budget, { monthly: { spending: { entertainment: null } } }));
    expect(edited.monthly.spending).toEqual({ food: 40_000 });
    expect(edited.monthly.income).toEqual({ salaryApplicant: 250_000 });
  });

  it('checked against the schema, a partial edit never brings back a default', () => {
    const full = debtorSchema.parse({ ...stored, occupation: '会社員', prefecture: '東京都' });
    expect(debtorSchema.parse(withEdit(full, { name: '山田 はな子' }))).toEqual({ ...full, name: '山田 はな子' });
    // What the bug did: the schema alone fills what the edit left out with its defaults.
    expect(debtorSchema.parse({ name: '山田 はな子' }).occupation).toBe('');
  });

  it('takes the schema fields of a stored record, not its ids and versions', () => {
    // Every field given (a field added later, like the contract number, is absent until it is).
    const contract = { ...contractSchema.parse({ label: 'A', contractNumber: '12-345' }), id: 'x', version: 3, historyVersion: 2 };
    expect(Object.keys(schemaFields(contractSchema, contract))).toEqual(Object.keys(contractSchema.shape));
    expect(schemaFields(z.object({ a: z.string() }), { a: 'x', b: 'y' })).toEqual({ a: 'x' });
  });
});

describe('the bounds of a history', () => {
  it('refuses more than 10億円 in one row, and rows dated after today', () => {
    const over = transactionsSchema.safeParse([{ date: '2001-01-01', borrow: 1_000_000_001 }]);
    expect(over.success ? [] : over.error.issues.map((i) => i.message)).toEqual(['借入が大きすぎます(1行あたり10億円まで)']);
    expect(transactionsSchema.safeParse([{ date: '2001-01-01', repay: 1_000_000_000 }]).success).toBe(true);
    expect(futureDatedRows([{ date: '2026-11-23' }, { date: '2026-11-24' }], '2026-11-23')).toEqual([
      { path: [1, 'date'], message: '取引日(2026-11-24)が今日(2026-11-23)より後です' },
    ]);
  });
});
