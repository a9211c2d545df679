import { describe, expect, it } from 'vitest';
import { historyFigures } from '../position/history-figures.js';
import { buildPosition } from '../position/position.fixture.js';
import { caseFileSchema } from './case-file.js';
import { caseOverview } from './case-overview.js';
import { contractSchema, creditorSchema, debtorSchema, transactionsSchema } from './case-schema.js';
import { fieldProblems } from './fields.js';

const problems = (result: { success: boolean; error?: unknown }) => (result.success ? [] : fieldProblems(result.error as never));

describe('case schema', () => {
  it('fills defaults for what is not given', () => {
    expect(debtorSchema.parse({ name: ' 山田 太郎 ' })).toEqual({
      name: '山田 太郎',
      nameKana: '',
      birthDate: null,
      prefecture: null,
      largeCity: false,
      occupation: '',
      incomeFell: null,
      householdMembers: [],
    });
  });

  it('names the field in Japanese for every kind of mistake', () => {
    expect(problems(debtorSchema.safeParse({ name: '', prefecture: '東京', birthDate: '1980-02-30' }))).toEqual([
      { path: ['name'], message: '氏名を入力してください' },
      { path: ['birthDate'], message: '生年月日が正しい日付(YYYY-MM-DD)ではありません' },
      { path: ['prefecture'], message: '都道府県を選んでください' },
    ]);
    expect(problems(creditorSchema.safeParse({ name: 'アコム', kind: 'loan-shark' }))).toEqual([
      { path: ['kind'], message: '債権者の種類を選んでください' },
    ]);
    expect(problems(contractSchema.safeParse({ contractRate: '年29%', monthlyPayment: 1000.5, dueDay: 32 }))).toEqual([
      { path: ['contractRate'], message: '約定利率は年利(%)で入力してください(例: 18, 29.2)' },
      { path: ['monthlyPayment'], message: '毎月の返済額に円未満の端数は入力できません' },
      { path: ['dueDay'], message: '返済日は31以下にしてください' },
    ]);
  });

  it('checks a history row by row', () => {
    const result = transactionsSchema.safeParse([
      { date: '2001-02-01', borrow: 1000 },
      { date: '2001-01-01', repay: 10 },
      { date: '2001-03-01' },
      { date: '2001-04-01', repay: -5 },
    ]);
    expect(problems(result)).toEqual([
      { path: [3, 'repay'], message: '返済は0以上にしてください' },
      { path: [1, 'date'], message: '取引日が前の行(2001-02-01)より前です' },
      { path: [2, 'borrow'], message: '借入か返済のどちらかを入力してください' },
    ]);
    expect(contractSchema.parse({ contractRate: '２９．２０％' }).contractRate).toBe('29.2');
    const ordered = transactionsSchema.safeParse([
      { date: '2001-02-01', borrow: 1000 },
      { date: '2001-01-01', repay: 10 },
      { date: '2001-03-01' },
    ]);
    expect(problems(ordered)).toEqual([
      { path: [1, 'date'], message: '取引日が前の行(2001-02-01)より前です' },
      { path: [2, 'borrow'], message: '借入か返済のどちらかを入力してください' },
    ]);
  });

  it('refuses a file that is not a Wakai case file, or of another version', () => {
    expect(problems(caseFileSchema.safeParse({ format: 'other', version: 1, case: { debtor: { name: 'a' } } }))[0]?.message).toBe(
      'Wakai の案件ファイルではありません',
    );
    expect(problems(caseFileSchema.safeParse({ format: 'wakai-case', version: 2, case: { debtor: { name: 'a' } } }))[0]?.message).toContain(
      '対応していません',
    );
  });
});

describe('case overview', () => {
  it('sets the recalculated debt against the claim, and the payments against the budget', () => {
    const on = '2000-04-25';
    const a = buildPosition({
      on,
      creditor: { name: 'A社' },
      // 478,594 × 18% × 29/366 = 6,825 → 435,419 owed after the repayment (docs/law/recalculation.md check).
      contracts: [
        {
          claimedBalance: 500_000,
          monthlyPayment: 20_000,
          transactions: [
            { date: '2000-03-27', borrow: 478_594 },
            { date: '2000-04-25', repay: 50_000 },
          ],
        },
      ],
    });
    const b = buildPosition({ on, creditor: { id: 'c2', name: 'B社' }, contracts: [{ claimedBalance: 300_000, monthlyPayment: 20_000 }] });
    const overview = caseOverview([a, b], {
      monthly: { income: { salaryApplicant: 250_000 }, spending: { rent: 80_000, food: 60_000, loanRepayments: 40_000 } },
      months: [],
    });
    expect(overview.creditors.map((c) => [c.name, c.claimed, c.recalculated, c.debt])).toEqual([
      ['A社', 500_000, 435_419, 435_419],
      ['B社', 300_000, null, 300_000],
    ]);
    expect(overview.totals).toEqual({ claimed: 800_000, debt: 735_419, overpaymentClaim: 0, monthlyPayment: 40_000 });
    expect(overview.budget.available).toBe(110_000);
  });

  it('accrues 経過利息 from the last transaction to the date asked', () => {
    const rows = transactionsSchema.parse([{ date: '2001-01-01', borrow: 100_000 }]);
    // 100,000 × 18% × 30/365 = 1,479 (docs/law/recalculation.md accrual, 片端).
    expect(historyFigures(rows, {}, '2001-01-31').accruedInterest).toBe(1_479);
    expect(historyFigures(rows).accruedInterest).toBe(0);
  });
});

describe('defaults are fresh per parse', () => {
  it('two parsed case files share no defaulted array (a push into one never shows in the other)', async () => {
    const { caseContentSchema } = await import('./case-file.js');
    const file = { debtor: { name: '試験' }, creditors: [{ name: 'A社', kind: 'bank' }] };
    const one = caseContentSchema.parse(file);
    const two = caseContentSchema.parse(file);
    expect(one.creditors[0]?.negotiation.offers).not.toBe(two.creditors[0]?.negotiation.offers);
  });
});
