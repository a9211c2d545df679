// Sources: 東京三会統一基準 (principal only, no future interest), 民法152条1項 and 最判昭和41年4月20日
// (an acknowledgement renews the period or bars 援用), PRACTICE "Words in scripts" and "Who acts".
import { describe, expect, it } from 'vitest';
import { buildPosition, timeBarredServicer } from '../position/position.fixture.js';
import { offerSchema } from './negotiation-schema.js';
import { offerMoves } from './offer-moves.js';
import { type PreparationInput, preparationSheet, sheetFactsOf } from './preparation-sheet.js';

// One creditor of the guide's case 1: 200,000 of 1,000,000, the budget 35,000 → its share 7,000.
const position = buildPosition({
  on: '2026-11-23',
  creditor: { name: 'A社' },
  contracts: [{ claimedBalance: 200_000, contractNumber: '123-456' }],
});
const input: PreparationInput = {
  today: '2026-11-23',
  debtorName: '山田 花子',
  creditor: { name: 'A社', kind: 'consumer-finance', contractNumbers: ['123-456'] },
  position,
  sustainable: 35_000,
  share: 7_000,
  startMonth: '2027-05',
  facts: { incomeFell: null, bonusIncome: true },
};

describe('preparation sheet', () => {
  const sheet = preparationSheet(input);

  it('opens at principal only in 36 installments when that fits the share', () => {
    // 200,000 ÷ 36 = 5,555.6 → 5,556 a month; 35 × 5,556 = 194,460, the 36th 5,540.
    expect(sheet.opening).toMatchObject({ amount: 200_000, installments: 36, monthly: 5_556, last: 5_540, fitsShare: true });
  });

  it('gives a ladder of fallbacks, each with its cost', () => {
    expect(sheet.ladder.map((s) => [s.id, s.terms.installments, s.terms.monthly, s.cost, s.monthlyChange])).toEqual([
      // Up to the share: 200,000 ÷ 7,000 → 29 installments of 6,897 (+1,341 a month), same total.
      ['fewer', 29, 6_897, 0, 1_341],
      // 5,556 a month and 5,556 more each July and December from 2027-05: 31 payments
      // (5 bonus months: 36 × 5,556 = 200,016, the last 5,540).
      ['bonus', 31, 5_556, 0, 0],
      // 60: 200,000 ÷ 60 → 3,334 (−2,222 a month).
      ['longer', 60, 3_334, 0, -2_222],
    ]);
    expect(sheet.limit).toContain('毎月 7,000円 を超える額');
  });

  it('prices a part of the accrued interest', () => {
    // 10,000 accrued: half (5,000) added → 205,000 in 36 (5,695 a month), 5,000 more in all; the
    // last step adds it all: 210,000 in 60 → 3,500.
    const withInterest = preparationSheet({ ...input, position: { ...position, accruedInterest: 10_000 } });
    expect(withInterest.ladder.find((s) => s.id === 'accrued-part')).toMatchObject({
      cost: 5_000,
      terms: { installments: 36, monthly: 5_695 },
    });
    expect(withInterest.ladder.find((s) => s.id === 'longer')).toMatchObject({ cost: 10_000, terms: { monthly: 3_500 } });
  });

  it('explains the debt, carries the tendencies; the script follows the case’s facts', () => {
    expect(sheet.debt.why[0]).toContain('取引履歴がないため');
    expect(sheet.tendencies.tendencies.map((t) => t.id)).toContain('cf-flexible');
    expect(sheet.script.say.join()).toContain('毎月 5,556円 を 36回');
    expect(sheet.script.say.join()).not.toContain('収入が減り');
    expect(preparationSheet({ ...input, facts: { incomeFell: true, bonusIncome: true } }).script.say.join()).toContain('収入が減り');
    expect(preparationSheet({ ...input, facts: { incomeFell: null, bonusIncome: false } }).ladder.map((s) => s.id)).not.toContain('bonus');
  });

  it('reads the bonus from the month the plan reads: the latest recorded month when the monthly plan is empty', () => {
    const recorded = { month: '2026-10', income: { salaryApplicant: 210_000, bonus: 300_000 }, spending: { food: 40_000 } };
    const facts = sheetFactsOf({ incomeFell: null }, { monthly: { income: {}, spending: {} }, months: [recorded] });
    expect(facts).toEqual({ incomeFell: null, bonusIncome: true });
    expect(preparationSheet({ ...input, facts }).ladder.map((s) => s.id)).toContain('bonus');
    // A monthly plan with a line entered is read, and its bonus line alone counts.
    const planned = { monthly: { income: { salaryApplicant: 210_000 }, spending: {} }, months: [recorded] };
    expect(sheetFactsOf({ incomeFell: null }, planned).bonusIncome).toBe(false);
  });

  it('a claim is not called 「元金のみ」: its make-up is unknown', () => {
    expect(sheet.debt.label).toBe('請求額(元金・利息の内訳は確認が必要)');
    expect(sheet.talkingPoints[0]).not.toContain('元金のみ');
  });

  it('speaks as the office once its 受任通知 is sent (the debtor does not call)', () => {
    const office = preparationSheet({ ...input, position: { ...position, actingFor: 'office' } });
    expect(office.voice).toBe('office');
    expect(office.script.say[0]).toContain('代理人');
  });
  it('adds the office notes for the kind and the name', () => {
    const withNotes = preparationSheet({
      ...input,
      notes: [
        { scope: 'kind', subject: 'consumer-finance', note: '48回まで応じた例あり' },
        { scope: 'name', subject: 'B社', note: '関係なし' },
      ],
    });
    expect(withNotes.talkingPoints).toContain('事務所のメモ: 48回まで応じた例あり');
    expect(withNotes.talkingPoints.join()).not.toContain('関係なし');
  });
});

describe('what moved between offers', () => {
  it('lists the changed terms', () => {
    const first = offerSchema.parse({
      from: 'creditor',
      madeOn: '2026-12-01',
      amount: 210_000,
      installments: 36,
      monthly: 5_834,
      accruedInterest: 10_000,
    });
    const second = { ...first, amount: 200_000, accruedInterest: 0, installments: 48, monthly: 4_167 };
    expect(offerMoves(undefined, first)).toEqual([]);
    expect(offerMoves(first, second).map((m) => m.text)).toEqual([
      '和解金額 210,000円 → 200,000円',
      '経過利息 10,000円 → 0円',
      '回数 36回 → 48回',
      '毎月 5,834円 → 4,167円',
    ]);
  });
});

describe('the sheet at the legal edges (issue 17 items 1, 2)', () => {
  it('a time-barred debt: no opening, no ladder, no words that acknowledge it, the questions and 援用', () => {
    const barred = timeBarredServicer();
    const sheet = preparationSheet({ ...input, creditor: { ...input.creditor, kind: 'servicer' }, position: barred });
    expect(sheet.opening).toBeNull();
    expect(sheet.ladder).toEqual([]);
    const said = sheet.script.say.join();
    expect(said).not.toContain('払う意思');
    expect(said).not.toMatch(/毎月|回で/);
    expect(sheet.script.avoid.join()).toContain('払う意思はあります');
    expect(sheet.timeBarred?.wayForward).toContain('内容証明郵便(配達証明付)');
    expect(sheet.timeBarred?.questions.join()).toContain('判決や支払督促');
  });

  it('a recalculation above the claim: the claim is the base, and the history is questioned', () => {
    const above = buildPosition({
      on: '2026-12-04',
      contracts: [
        {
          claimedBalance: 480_000,
          transactions: [{ date: '2020-01-10', borrow: 1_500_000 }],
        },
      ],
    });
    expect(above.recalculated).toBeGreaterThan(480_000);
    const sheet = preparationSheet({ ...input, position: above });
    expect(sheet.opening?.amount).toBe(480_000);
    expect(sheet.debt.why.join()).toContain('取引履歴が途中からか、抜けている可能性');
  });
});
