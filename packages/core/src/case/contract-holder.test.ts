// Part 5 of issue 22 (guide 000 5-6): a debt in a child's name is the child's unless the parent
// guaranteed it (民法446条1項: a guarantor owes only under a guarantee); a suspected 名義盗用 is left
// out of the plan with the reason, and the steps are given (evidence, the police, the identity check).
import { describe, expect, it } from 'vitest';
import { type DiagnosisCreditor, diagnose } from '../diagnosis/procedure-comparison.js';
import { assetsSchema, budgetSchema, contractSchema, debtorSchema } from './case-schema.js';
import { holderSteps, notOwedReason } from './contract-holder.js';

describe('whose debt a contract is', () => {
  it('reads an older contract (no holder recorded) as the debtor’s own', () => {
    const contract = contractSchema.parse({ label: 'カードローン' });
    expect(contract.holder).toEqual({ relation: 'self', name: '', debtorGuarantees: false });
    expect(contract.identityTheft).toBe(false);
    expect(notOwedReason(contract)).toBeNull();
  });

  it('a child’s debt is the child’s, unless the parent guaranteed it', () => {
    expect(notOwedReason({ holder: { relation: 'child', name: '佐藤 健', debtorGuarantees: false } })).toBe('other-holder');
    expect(notOwedReason({ holder: { relation: 'child', name: '佐藤 健', debtorGuarantees: true } })).toBeNull();
    expect(holderSteps({ holder: { relation: 'child', name: '', debtorGuarantees: true } })[0]?.source).toBe('民法446条1項・454条');
    expect(holderSteps({ holder: { relation: 'child', name: '', debtorGuarantees: false } }).map((s) => s.source)).toEqual([
      '民法446条1項(保証は保証契約があるときだけ)',
      '民法4条・5条2項',
    ]);
  });

  it('a suspected 名義盗用 gives the evidence, police and identity-check steps', () => {
    expect(notOwedReason({ identityTheft: true, holder: { relation: 'self', name: '', debtorGuarantees: false } })).toBe('identity-theft');
    expect(holderSteps({ identityTheft: true }).map((s) => s.title)).toEqual([
      '証拠を残す',
      '警察に相談する',
      '債権者の本人確認を問う',
      '信用情報を確かめる',
    ]);
    expect(contractSchema.safeParse({ identityTheft: 'yes' }).error?.issues[0]?.message).toBe(
      '名義を無断で使われた疑いがあるかを選んでください',
    );
  });
});

describe('the plan leaves out what the debtor does not owe', () => {
  const contract = { guarantorPerson: '', purpose: '', lastPaymentDate: null, claimedBalance: null, label: '' };
  const creditor = (name: string, debt: number, extra: Partial<DiagnosisCreditor['contracts'][number]> = {}): DiagnosisCreditor => ({
    key: name,
    name,
    kind: 'consumer-finance',
    guarantorCompany: '',
    claimed: debt,
    debt,
    overpaymentClaim: 0,
    overpaymentLimitation: null,
    accruedInterest: 0,
    contracts: [{ ...contract, monthlyPayment: 20_000, ...extra }],
  });
  const result = diagnose({
    today: '2026-12-04',
    debtor: debtorSchema.parse({ name: '佐藤 一郎' }),
    budget: budgetSchema.parse({ monthly: { income: { salaryApplicant: 250_000 }, spending: { rent: 80_000, food: 70_000 } } }),
    assets: assetsSchema.parse({}),
    creditors: [
      creditor('A社', 360_000),
      creditor('B社', 500_000, { identityTheft: true }),
      creditor('C社', 300_000, { holder: { relation: 'child', name: '佐藤 健', debtorGuarantees: false } }),
      creditor('D社', 180_000, { holder: { relation: 'child', name: '佐藤 健', debtorGuarantees: true } }),
    ],
    plan: {},
    safetyMargin: 0,
  });

  it('plans only A社 and the guaranteed D社: 360,000 + 180,000 = 540,000 yen', () => {
    expect(result.plan.creditors.map((c) => c.name)).toEqual(['A社', 'D社']);
    expect(result.plan.debt).toBe(540_000);
  });

  it('says why B社 and C社 are out, and pays neither on as now', () => {
    expect(result.leftOut.map((l) => [l.name, l.reason])).toEqual([
      ['B社', 'identity-theft'],
      ['C社', 'other-holder'],
    ]);
    expect(result.leftOut[1]?.text).toContain('子ども(佐藤 健)の名義の借入で、あなたは保証人になっていません');
    expect(result.excludedStatusQuo.monthly).toBe(0);
  });
});
