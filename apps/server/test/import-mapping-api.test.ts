// A creditor's text PDF whose header has a word our reader does not know (ご利用額 for 融資額):
// the preview names every borrowing row as wrong and sends the header as read; the same file sent
// again with the user's mapping of its columns reads clean, and the commit with that mapping saves
// rows whose recalculation equals the source's. An Excel file's mapping goes to its worker the same
// way. A bad mapping is refused before anything is read.
import { recalculate } from '@wakai/core/engine';
import { testEngines } from '@wakai/db/testing';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectedTransactions, historyPdf, sourceRows } from '../../../packages/documents/src/history-pdf/creditor-histories.fixture.js';
import { embeddedServer } from './http-client.js';

describe.each(testEngines())('import with a corrected column mapping on $name', (engine) => {
  const { api } = embeddedServer(engine, { demo: false });

  async function contract() {
    const caseId = (await api('POST', '/api/cases', { title: '列の対応', debtor: { name: '書類 花子' } })).body.id;
    const creditorId = (await api('POST', `/api/cases/${caseId}/creditors`, { name: 'サンプル銀行', kind: 'bank' })).body.id;
    return (await api('POST', `/api/creditors/${creditorId}/contracts`, {})).body.id as string;
  }

  it('reads a mis-mapped PDF clean once its columns are mapped, and saves exactly the source rows', async () => {
    const contractId = await contract();
    const rows = sourceRows('bank', 60);
    const pdf = await historyPdf('bank', rows, { 融資額: 'ご利用額' });
    const borrowings = rows.flatMap((row, i) => (row.borrow > 0 && row.repay === 0 ? [i + 1] : []));
    expect(borrowings.length).toBeGreaterThan(0);

    const wrong = await api('POST', `/api/contracts/${contractId}/import`, pdf);
    expect(wrong.status).toBe(422);
    // Every borrowing row is named (its amount stands under the column not taken), and only those.
    expect(wrong.body.error.problems.map((p: { line: number }) => p.line)).toEqual(borrowings);
    expect(wrong.body.error.problems[0].ja).toMatch(/^\dページ 表の\d+行目: 借入か返済/);
    expect(wrong.body.error.columns).toEqual({
      header: ['取引日', '取引区分', 'ご利用額', '入金額', '利息', '残高', '摘要'],
      fields: ['date', null, null, 'repay', null, null, 'note'],
    });

    const columns = 'date,,borrow,repay,,,note';
    const preview = await api('POST', `/api/contracts/${contractId}/import?columns=${columns}`, pdf);
    expect(preview.status).toBe(200);
    expect(preview.body.columns.fields).toEqual(['date', null, 'borrow', 'repay', null, null, 'note']);
    const expected = expectedTransactions('bank', rows);
    expect(preview.body.transactions.map(({ line: _, ...row }: { line: number }) => row)).toEqual(
      expected.map((t) => ({ date: t.date, borrow: t.borrow, repay: t.repay, rate: null, note: t.note ?? '', estimated: false })),
    );
    expect((await api('GET', `/api/contracts/${contractId}/transactions`)).body.transactions).toEqual([]);

    const committed = await api(
      'POST',
      `/api/contracts/${contractId}/import?commit=1&version=${preview.body.version}&columns=${columns}`,
      pdf,
    );
    expect(committed.status).toBe(200);
    const ledger = await api('GET', `/api/contracts/${contractId}/recalc?asOf=2024-03-31&working=none&variants=none`);
    const source = recalculate(expected, { asOf: '2024-03-31' }).summary;
    expect(ledger.body.summary).toMatchObject({ balance: source.balance, overpayment: source.overpayment, claim: source.claim });
  });

  it('refuses a mapping naming no field it knows, or one field twice, and saves nothing', async () => {
    const contractId = await contract();
    const csv = new TextEncoder().encode('年月日,借入,返済\n2020-01-10,100000,\n2020-02-10,,20000\n');
    for (const columns of ['date,loan,repay', 'date,repay,repay', ',borrow,repay']) {
      const refused = await api('POST', `/api/contracts/${contractId}/import?commit=1&version=0&columns=${columns}`, csv);
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(/列/);
    }
    expect((await api('GET', `/api/contracts/${contractId}/transactions`)).body.transactions).toEqual([]);
    // A CSV's columns are mapped by the same rule: 借入 taken as 返済 and 返済 as 借入.
    const swapped = await api('POST', `/api/contracts/${contractId}/import?columns=date,repay,borrow`, csv);
    expect(swapped.body.transactions.map((t: { borrow: number; repay: number }) => [t.borrow, t.repay])).toEqual([
      [0, 100000],
      [20000, 0],
    ]);
  });
  it('maps an Excel sheet read in its worker thread by the same rule', async () => {
    const contractId = await contract();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('履歴');
    sheet.addRows([
      ['ご利用日', 'ご利用額', 'ご返済額'],
      ['2020-01-10', 100000, null],
      ['2020-02-10', null, 20000],
    ]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    // No word of this header is known: the file is refused, its first line offered as the header to map.
    const refused = (await api('POST', `/api/contracts/${contractId}/import`, xlsx)).body.error;
    expect(refused.problems[0].code).toBe('import.noHeader');
    expect(refused.columns).toEqual({ header: ['ご利用日', 'ご利用額', 'ご返済額'], fields: [null, null, null] });
    const mapped = await api('POST', `/api/contracts/${contractId}/import?columns=date,borrow,repay`, xlsx);
    expect(mapped.status).toBe(200);
    expect(mapped.body.transactions.map((t: { date: string; borrow: number; repay: number }) => [t.date, t.borrow, t.repay])).toEqual([
      ['2020-01-10', 100000, 0],
      ['2020-02-10', 0, 20000],
    ]);
  });
});
