// The 和解書 checklist: docs/law/practice.md "Settlement agreement (和解書) clauses to check"; the
// late-charge cap of docs/law/recalculation.md "Late charges" (利息制限法4条・7条).
import { describe, expect, it } from 'vitest';
import { agreementChecklist } from './agreement-check.js';
import { type AgreementTerms, agreementTermsSchema, offerSchema } from './negotiation-schema.js';

const accepted = offerSchema.parse({
  from: 'debtor',
  madeOn: '2026-07-01',
  amount: 576_000,
  installments: 58,
  monthly: 9_932,
  firstPaymentDate: '2026-08-27',
  acceleration: { misses: 2, amount: 19_864 },
  lateChargeRate: '14.6',
  status: 'accepted',
});

const sound: AgreementTerms = agreementTermsSchema.parse({
  signedOn: '2026-07-20',
  settlementDate: '2026-07-15',
  confirmedBalance: 576_000,
  installments: 58,
  monthly: 9_932,
  paymentDay: 27,
  firstPaymentDate: '2026-08-27',
  payeeAccount: '架空銀行 本店 普通 1234567',
  transferFeePayer: 'debtor',
  forgiveness: true,
  acceleration: { misses: 2, amount: 19_864 },
  lateChargeRate: '14.6',
  settlementClause: true,
  costsEachOwn: true,
});

const statusOf = (terms: AgreementTerms, id: string) =>
  agreementChecklist(accepted, terms, { today: '2026-11-23', businessLender: true }).items.find((i) => i.id === id);

describe('agreement checklist', () => {
  it('a sound agreement matching the accepted offer has nothing to look at but the smaller last payment', () => {
    const checklist = agreementChecklist(accepted, sound, { today: '2026-11-23', businessLender: true });
    expect(checklist.problems).toBe(0);
    // 57 × 9,932 = 566,124; the 58th pays 9,876.
    expect(checklist.items.find((i) => i.id === 'last-payment')?.detail).toBe('最終回は 9,876円 です(58回で合計 576,000円)');
  });

  it('warns of acceleration after a single miss, late charges above the cap and a missing 清算条項', () => {
    expect(statusOf({ ...sound, acceleration: { misses: 1, amount: null } }, 'acceleration')?.status).toBe('warn');
    const late = statusOf({ ...sound, lateChargeRate: '26.28' }, 'late-charge');
    expect(late?.status).toBe('warn');
    expect(late?.detail).toContain('上限 年20%');
    expect(statusOf({ ...sound, settlementClause: false }, 'settlement-clause')?.status).toBe('warn');
  });

  // 民法142条; 最判 H11.3.11 (民集53巻3号451頁) presumes the next business day where the paper is silent,
  // but the clause should be written: 「支払期日が金融機関の休業日にあたるときは、翌営業日を支払期日とする。」
  it('warns of an agreement that says nothing of installments due on a holiday', () => {
    expect(statusOf(sound, 'holiday')).toMatchObject({ status: 'ok', detail: '休日は翌営業日' });
    const silent = statusOf({ ...sound, holidayRule: null }, 'holiday');
    expect(silent?.status).toBe('warn');
    expect(silent?.detail).toContain('民法142条');
    expect(agreementChecklist(accepted, { ...sound, holidayRule: null }, { today: '2026-11-23', businessLender: true }).problems).toBe(1);
  });

  it('names amounts that do not match the offer', () => {
    expect(statusOf({ ...sound, confirmedBalance: 600_000 }, 'balance')).toMatchObject({
      status: 'mismatch',
      detail: '和解書 600,000円 / 和解案 576,000円',
    });
    expect(statusOf({ ...sound, monthly: 10_000 }, 'monthly')?.status).toBe('mismatch');
    expect(statusOf({ ...sound, installments: 48 }, 'installments')?.detail).toBe('和解書 48回 / 和解案 58回');
    expect(statusOf({ ...sound, futureInterestRate: '3' }, 'future-interest')?.status).toBe('mismatch');
    expect(statusOf({ ...sound, acceleration: { misses: 3, amount: null } }, 'acceleration')?.status).toBe('mismatch');
  });

  it('lists what the agreement leaves out', () => {
    const empty = agreementTermsSchema.parse({});
    const checklist = agreementChecklist(accepted, empty, { today: '2026-11-23', businessLender: true });
    const missing = checklist.items.filter((i) => i.status === 'missing').map((i) => i.label);
    expect(missing).toEqual([
      '締結日',
      '和解日(債務額の基準日)',
      '確認した債務額',
      '返済回数',
      '毎月の返済額',
      '支払日',
      '振込先口座',
      '期限の利益喪失',
      '遅延損害金',
    ]);
    // + transfer fee unspecified, no 清算条項, no 免除条項 (issue 17 item 8: never 問題なし).
    expect(checklist.items.filter((i) => i.status === 'warn').map((i) => i.id)).toEqual([
      'transfer-fee',
      'forgiveness',
      'settlement-clause',
    ]);
    expect(checklist.problems).toBe(missing.length + 3);
  });
});

describe('the agreement at the legal edges (issue 17 items 1, 7, 8)', () => {
  const context = { today: '2026-11-23', businessLender: true };
  const sound = agreementTermsSchema.parse({ confirmedBalance: 450_000, installments: 45, monthly: 10_000, lateChargeRate: '20' });
  const offer = { ...accepted, amount: 450_000, installments: 45, monthly: 10_000 };

  it('a time-barred debt: signing would acknowledge it (民法152条1項) — never 問題なし', () => {
    const checklist = agreementChecklist(offer, sound, { ...context, limitationStatus: 'has-run' });
    expect(checklist.items.find((i) => i.id === 'limitation')?.detail).toContain('最判昭和41年4月20日');
  });

  it('more than is claimed is flagged', () => {
    const checklist = agreementChecklist(offer, sound, { ...context, claimed: 400_000 });
    expect(checklist.items.find((i) => i.id === 'claimed')?.status).toBe('warn');
  });

  it('card shopping with 20% late charges: 要確認 with 割賦販売法30条の3', () => {
    const checklist = agreementChecklist(offer, sound, {
      ...context,
      lateChargeLimit: { percent: '3', source: '割賦販売法30条の3(残額に法定利率を加えた額が上限)・民法404条(年3%)' },
    });
    const late = checklist.items.find((i) => i.id === 'late-charge');
    expect(late?.status).toBe('warn');
    expect(late?.detail).toContain('割賦販売法30条の3');
    expect(late?.detail).toContain('要確認');
  });
});
