// wakai payment: a payment on a debt whose limitation may have run is an acknowledgement (民法152条1項;
// 最判昭和41年4月20日 — 援用 is barred after it), so it is refused unless --confirm-time-barred is given.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderWith, wakai } from './run-wakai.js';

// A servicer's claim last paid 2019-03-01 on a contract of 2012: 5 years may have run.
const file = {
  format: 'wakai-case',
  version: 1,
  exportedAt: '',
  case: {
    title: '時効と支払',
    debtor: { name: '時効 五郎' },
    creditors: [
      {
        name: 'さいけん回収(架空)',
        kind: 'servicer',
        contracts: [{ contractDate: '2012-03-01', claimedBalance: 450_000, lastPaymentDate: '2019-03-01', dueDay: 1, delinquent: true }],
      },
    ],
  },
};

describe('wakai payment', () => {
  it('refuses a payment on a time-barred debt without --confirm-time-barred, and records it with the flag', () => {
    const data = join(folderWith({}), 'data');
    const path = join(folderWith({ 'case.json': JSON.stringify(file) }), 'case.json');
    expect(wakai(['import', path, '--data', data]).status).toBe(0);
    const payment = ['payment', '時効', '--creditor', 'さいけん', '--paid-on', '2026-11-20', '--amount', '10,000', '--data', data];
    const payments = () => JSON.parse(wakai(['export', '時効', '--data', data]).stdout).case.creditors[0].negotiation.payments;

    const refused = wakai(payment);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('支払うこと(支払の記録)は債務の承認となり');
    expect(refused.stderr).toContain('error: timeBarredUnconfirmed');
    expect(payments()).toEqual([]);

    const recorded = wakai([...payment, '--confirm-time-barred']);
    expect([recorded.status, recorded.stderr]).toEqual([0, '']);
    expect(recorded.stdout).toContain('さいけん回収(架空): 2026-11-20 10,000円 の支払を記録しました');
    expect(payments()).toMatchObject([{ paidOn: '2026-11-20', amount: 10_000 }]);
  });
});
