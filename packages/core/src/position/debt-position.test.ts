// The debt position's parts not covered by the limitation tests: the overpayment's own limitation
// (最判H21.1.22: 10 years from the end of the series), the 140万 limit of a 認定司法書士 (司法書士法3条1項7号;
// 最判H28.6.27), the creditor's regime (貸金業法21条1項9号・24条2項; サービサー法18条8項), who acts.
import { describe, expect, it } from 'vitest';
import { buildPosition } from './position.fixture.js';

/** 500,000 borrowed, then 15,000 a month for `months` months from the next month: overpaid at the cap. */
function overpaidHistory(startYear: number, months: number) {
  const rows: { date: string; borrow?: number; repay?: number }[] = [{ date: `${startYear}-04-10`, borrow: 500_000 }];
  for (let i = 1; i <= months; i++) {
    const m = 3 + i;
    rows.push({ date: `${startYear + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-27`, repay: 15_000 });
  }
  return rows;
}

describe('the overpayment and its limitation', () => {
  it('a series that ended more than 10 years ago is barred: neither recoverable nor property', () => {
    const p = buildPosition({ on: '2026-12-04', contracts: [{ claimedBalance: 0, transactions: overpaidHistory(2003, 84) }] });
    expect(p.overpayment.amount).toBeGreaterThan(0);
    expect(p.overpayment).toMatchObject({ barred: p.overpayment.amount, recoverable: 0, asOf: '2026-12-04' });
    expect(p.warnings.map((w) => w.code)).toContain('overpayment-barred');
  });

  it('a series that ended within 10 years is recoverable, to the position’s date', () => {
    const p = buildPosition({ on: '2026-12-04', contracts: [{ claimedBalance: 0, transactions: overpaidHistory(2009, 100) }] });
    expect(p.overpayment.barred).toBe(0);
    expect(p.overpayment.recoverable).toBe(p.overpayment.amount);
    expect(p.settlementBase).toBe(0);
    expect(p.limitationStatus).toBe('not-applicable');
  });
});

describe('the 140万 limit of a 認定司法書士', () => {
  it('a 1,500,000 claim is over the limit; 1,400,000 is not', () => {
    const over = buildPosition({ on: '2026-12-04', profession: 'scrivener', contracts: [{ claimedBalance: 1_500_000 }] });
    expect(over.scrivenerLimit).toMatchObject({ value: 1_500_000, exceeded: true });
    expect(over.warnings.find((w) => w.code === 'scrivener-limit')?.source).toContain('司法書士法3条1項7号');
    const at = buildPosition({ on: '2026-12-04', profession: 'scrivener', contracts: [{ claimedBalance: 1_400_000 }] });
    expect(at.scrivenerLimit?.exceeded).toBe(false);
    expect(buildPosition({ on: '2026-12-04', profession: 'lawyer', contracts: [{ claimedBalance: 1_500_000 }] }).scrivenerLimit).toBeNull();
  });

  it('an overpayment is measured by its 過払元金 (interest is 附帯, 民訴法9条2項)', () => {
    const p = buildPosition({
      on: '2026-12-04',
      profession: 'scrivener',
      contracts: [{ claimedBalance: 0, transactions: overpaidHistory(2009, 100) }],
    });
    expect(p.scrivenerLimit?.value).toBe(p.overpayment.principal);
  });
});

describe('the creditor’s regime and who acts', () => {
  it('a bank: no 貸金業法 to cite; a servicer with a card company’s claim: 21条1項9号 through 24条2項', () => {
    expect(buildPosition({ on: '2026-12-04', creditor: { kind: 'bank', name: 'D銀行' } }).regime).toMatchObject({
      kind: 'bank',
      noticeStatutes: [],
      historyStatute: null,
    });
    const servicer = buildPosition({
      on: '2026-12-04',
      creditor: { kind: 'servicer', name: 'B債権回収', originalCreditor: { name: 'Cカード', kind: 'card' } },
    });
    expect(servicer.regime.noticeStatutes.join()).toContain('24条2項');
    const bankClaim = buildPosition({
      on: '2026-12-04',
      creditor: { kind: 'servicer', name: 'B債権回収', originalCreditor: { name: 'D銀行', kind: 'bank' } },
    });
    expect(bankClaim.regime.stopsCollection).toMatchObject({ after: 'lawyer' });
  });

  it('the office acts once its notice is recorded, unless the case says none does', () => {
    expect(buildPosition({ on: '2026-12-04', creditor: { noticeSent: true } }).actingFor).toBe('office');
    expect(buildPosition({ on: '2026-12-04', creditor: { noticeSent: true }, officeActs: false }).actingFor).toBe('self');
    expect(buildPosition({ on: '2026-12-04' }).actingFor).toBe('self');
  });

  it('a debt that may be time-barred is out of the 按分 by default, and back in when the user chooses', () => {
    const facts = { claimedBalance: 300_000, contractDate: '2012-01-01', lastPaymentDate: '2018-01-10', delinquent: true };
    expect(buildPosition({ on: '2026-12-04', contracts: [facts] }).plan).toMatchObject({ included: false, chosen: null });
    expect(buildPosition({ on: '2026-12-04', creditor: { inPlan: true }, contracts: [facts] }).plan).toMatchObject({ included: true });
  });
});
