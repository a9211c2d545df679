// A creditor's text PDF over real HTTP: the same preview as a CSV (every row, nothing saved), the
// commit saves exactly the source rows, and a PDF with a wrong row is refused naming page and row.
import { recalculate } from '@wakai/core/engine';
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { expectedTransactions, historyPdf, sourceRows } from '../../../packages/documents/src/history-pdf/creditor-histories.fixture.js';
import { embeddedServer } from './http-client.js';

describe.each(testEngines())('PDF history import on $name', (engine) => {
  const { api } = embeddedServer(engine, { demo: false });

  async function contract() {
    const caseId = (await api('POST', '/api/cases', { title: 'PDF履歴', debtor: { name: '書類 花子' } })).body.id;
    const creditorId = (await api('POST', `/api/cases/${caseId}/creditors`, { name: 'サンプル銀行', kind: 'bank' })).body.id;
    return (await api('POST', `/api/creditors/${creditorId}/contracts`, {})).body.id as string;
  }

  it('previews a bank PDF, saves it on commit, and recalculates it as its source rows', async () => {
    const contractId = await contract();
    const rows = sourceRows('bank', 120);
    const pdf = await historyPdf('bank', rows);
    const preview = await api('POST', `/api/contracts/${contractId}/import`, pdf);
    expect(preview.status).toBe(200);
    expect(preview.body.saved).toBe(false);
    expect(preview.body.ignoredColumns).toEqual(['取引区分', '利息', '残高']);
    const expected = expectedTransactions('bank', rows);
    expect(preview.body.transactions.map(({ line: _, ...row }: { line: number }) => row)).toEqual(
      expected.map((t) => ({ date: t.date, borrow: t.borrow, repay: t.repay, rate: null, note: t.note ?? '', estimated: false })),
    );
    expect((await api('GET', `/api/contracts/${contractId}/transactions`)).body.transactions).toEqual([]);

    const committed = await api('POST', `/api/contracts/${contractId}/import?commit=1&version=${preview.body.version}`, pdf);
    expect(committed.status).toBe(200);
    const ledger = await api('GET', `/api/contracts/${contractId}/recalc?asOf=2024-03-31&working=none&variants=none`);
    expect(ledger.status).toBe(200);
    const source = recalculate(expected, { asOf: '2024-03-31' }).summary;
    expect(ledger.body.summary).toMatchObject({ balance: source.balance, overpayment: source.overpayment, claim: source.claim });
  });

  it('refuses a PDF with an unreadable row and saves nothing', async () => {
    const contractId = await contract();
    const rows = sourceRows('bank', 70);
    rows[40] = { ...(rows[40] as (typeof rows)[0]), repay: 0, borrow: 0 };
    const refused = await api('POST', `/api/contracts/${contractId}/import?commit=1&version=0`, await historyPdf('bank', rows));
    expect(refused.status).toBe(422);
    expect(refused.body.error.problems.map((p: { ja: string }) => p.ja)).toEqual([
      expect.stringMatching(/^\dページ 表の41行目: 借入か返済/),
    ]);
    expect((await api('GET', `/api/contracts/${contractId}/transactions`)).body.transactions).toEqual([]);
  });
});
