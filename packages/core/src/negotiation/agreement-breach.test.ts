// Part 1 of issue 22 (guide 002 「交渉内容が履行されない場合の対応策」): a breach recorded against the
// agreement, its next steps with their sources, and the demand's deadline among the deadlines.
// Courts: 裁判所法33条1項1号 (簡易裁判所, 1,400,000 yen or less); 民事訴訟法368条1項 (少額訴訟, 600,000 or less).
import { describe, expect, it } from 'vitest';
import { breachSchema, breachSteps } from './agreement-breach.js';
import { creditorDeadlines } from './deadlines.js';

const breach = (parts: Record<string, unknown>) =>
  breachSchema.parse({
    kind: 'collection-continues',
    occurredOn: '2026-11-20',
    agreed: '月2万円×36回',
    happened: '一括請求の電話',
    ...parts,
  });

describe('recording a breach', () => {
  it('names the missing field in Japanese', () => {
    const result = breachSchema.safeParse({
      kind: 'wrong-amount',
      occurredOn: '2026-11-20',
      agreed: '月2万円',
      happened: '',
      agreedAmount: 20_000,
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['happened', '実際に起きたことを入力してください']]);
    const noAmount = breachSchema.safeParse({ kind: 'overpayment-unpaid', occurredOn: '2026-11-20', agreed: '過払金', happened: '未払い' });
    expect(noAmount.error?.issues.map((i) => i.message)).toEqual(['合意した金額を入力してください']);
    const early = breachSchema.safeParse({ ...breach({}), demandDeadline: '2026-11-01' });
    expect(early.error?.issues[0]?.message).toBe('履行を求める期限は起きた日より後にしてください');
  });
});

describe('the next steps', () => {
  it('for a 貸金業者 that still collects: records, a demand by 内容証明, the registering authority', () => {
    const steps = breachSteps(breach({}), { creditorKind: 'consumer-finance', officeActs: false });
    expect(steps.map((s) => s.title)).toEqual([
      '記録をそろえる',
      '期限を決めて書面で履行を求める',
      '貸金業者を登録した役所に申し出る',
      '和解の内容のとおりに払い続ける',
    ]);
    expect(steps[1]).toMatchObject({ document: 'performance-demand', certifiedMail: true });
    expect(steps[2]?.source).toContain('貸金業法3条1項');
  });

  it('no complaint to a 貸金業 authority for a bank; the office first where one acts', () => {
    const steps = breachSteps(breach({}), { creditorKind: 'bank', officeActs: true });
    expect(steps[0]?.title).toBe('事務所に知らせる');
    expect(steps.some((s) => s.source.includes('貸金業法'))).toBe(false);
  });

  it('an unpaid agreed 過払金 of 500,000 yen: the 簡易裁判所, 少額訴訟 possible', () => {
    const steps = breachSteps(breach({ kind: 'overpayment-unpaid', agreedAmount: 800_000, actualAmount: 300_000 }), {
      creditorKind: 'consumer-finance',
      officeActs: false,
    });
    const lawsuit = steps.at(-1);
    expect(lawsuit?.text).toContain('未払いの過払金500,000円');
    expect(lawsuit?.text).toContain('簡易裁判所');
    expect(lawsuit?.text).toContain('少額訴訟');
  });

  it('1,500,000 yen unpaid goes to the 地方裁判所', () => {
    const steps = breachSteps(breach({ kind: 'overpayment-unpaid', agreedAmount: 1_500_000 }), { creditorKind: 'card', officeActs: false });
    expect(steps.at(-1)?.text).toContain('地方裁判所');
    expect(steps.at(-1)?.text).not.toContain('少額訴訟');
  });

  it('a signed agreement not returned: an ordinary letter will do; none once resolved', () => {
    const steps = breachSteps(breach({ kind: 'agreement-not-returned' }), { creditorKind: 'bank', officeActs: false });
    expect(steps[1]).toMatchObject({ certifiedMail: false });
    expect(breachSteps(breach({ resolvedOn: '2026-11-30' }), { creditorKind: 'bank', officeActs: false })).toEqual([]);
  });
});

describe('the demand deadline among the deadlines', () => {
  const facts = {
    caseId: 'c',
    caseTitle: '佐藤',
    debtorName: '佐藤 一郎',
    creditorId: 'k',
    creditorName: 'ひまわり',
    status: 'repaying' as const,
    contacts: [],
    offers: [],
    timeline: [],
    payments: null,
    overpaymentLimitation: null,
    today: '2026-12-04',
  };

  it('lists an open breach by its deadline, and drops it once resolved', () => {
    const open = { id: 'b1', kind: 'wrong-amount' as const, demandDeadline: '2026-12-18', resolvedOn: null };
    expect(creditorDeadlines({ ...facts, breaches: [open] })).toEqual([
      expect.objectContaining({ date: '2026-12-18', kind: 'breach-demand', title: '履行請求の期限(合意と違う金額を請求された)' }),
    ]);
    expect(creditorDeadlines({ ...facts, breaches: [{ ...open, resolvedOn: '2026-12-10' }] })).toEqual([]);
  });
});
