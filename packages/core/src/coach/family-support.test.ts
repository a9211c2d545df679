// Parts 3 and 4 of issue 22: where to get free advice (guide 000 4-5 and 6, guide 002 「無料相談窓口」)
// and family and strain (guide 002 「心構え」, guide 000 6-4). Each body says what it does and for
// whom, with a source; no telephone number is shown (no dated source of ours gives one).
import { describe, expect, it } from 'vitest';
import { budgetSchema, contractSchema } from '../case/case-schema.js';
import { adviceCentres } from './advice-centres.js';
import { familyTouches, payFirst, strainHelp } from './family-support.js';

const phoneNumber = /\d{2,4}-\d{2,4}-\d{3,4}|0120|0570|#\d{4}/;

describe('free advice', () => {
  it('names the five bodies the guides point to, each with what it does, for whom and a source', () => {
    expect(adviceCentres.map((c) => c.name)).toEqual([
      '法テラス(日本司法支援センター)',
      '弁護士会の法律相談センター',
      '司法書士会の総合相談センター',
      '消費生活センター',
      '日本貸金業協会 貸金業相談・紛争解決センター',
    ]);
    for (const centre of adviceCentres) for (const part of [centre.what, centre.forWhom, centre.source]) expect(part).not.toBe('');
    expect(adviceCentres.find((c) => c.id === 'legal-aid')?.source).toContain('総合法律支援法30条1項2号');
    expect(adviceCentres.find((c) => c.id === 'lenders-association')?.source).toContain('貸金業法12条の2の2');
  });

  it('gives no telephone number anywhere', () => {
    const texts = [...adviceCentres.flatMap((c) => Object.values(c)), ...strainHelp.flatMap((h) => Object.values(h))];
    expect(texts.filter((t) => phoneNumber.test(t))).toEqual([]);
  });
});

describe('who in the family the case touches', () => {
  const contract = (parts: Record<string, unknown>) => ({ ...contractSchema.parse({ label: 'カードローン', ...parts }) });
  const touches = familyTouches({
    budget: budgetSchema.parse({ monthly: { income: { salaryApplicant: 250_000, salarySpouse: 80_000 } } }),
    creditors: [
      { name: 'さくらカード', kind: 'card', contracts: [contract({})] },
      { name: 'ひまわり', kind: 'consumer-finance', contracts: [contract({ guarantorPerson: '佐藤 恵子' })] },
      {
        name: 'あおば',
        kind: 'consumer-finance',
        contracts: [contract({ holder: { relation: 'child', name: '佐藤 健', debtorGuarantees: true } })],
      },
    ],
  });

  it('finds the guarantor, the child whose debt is guaranteed, the family card and the spouse’s income', () => {
    expect(touches.map((t) => t.who)).toEqual(['保証人 佐藤 恵子', '子ども 佐藤 健', '家族カードを使っている家族', '配偶者']);
    expect(touches[0]?.source).toBe('民法446条1項・454条');
    expect(touches[3]?.how).toContain('配偶者の収入 80,000円');
  });

  it('reads the family’s income from the month the plan reads: the latest recorded month when the monthly plan is empty', () => {
    const budget = budgetSchema.parse({
      months: [
        { month: '2026-09', income: { salaryApplicant: 250_000, salarySpouse: 70_000 } },
        { month: '2026-10', income: { salaryApplicant: 250_000, salarySpouse: 90_000, familySupport: 20_000 } },
      ],
    });
    const read = familyTouches({ budget, creditors: [] });
    expect(read.map((t) => t.who)).toEqual(['配偶者', '同居の家族・援助してくれる親族']);
    expect(read[0]?.how).toContain('家計の記録した月(2026年10月)に配偶者の収入 90,000円');
    expect(read[1]?.how).toContain('家族・親族からのお金 20,000円');
  });

  it('puts essentials before unsecured debts, taxes with their seizure rule', () => {
    expect(payFirst.map((p) => p.title).at(-1)).toBe('担保のない借入(カード・消費者金融など)');
    expect(payFirst.find((p) => p.items.includes('taxes'))?.source).toContain('国税徴収法47条');
  });
});
