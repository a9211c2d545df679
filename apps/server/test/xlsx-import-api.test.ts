// A history workbook over real HTTP (issue 18 item 14, issue 19): read and checked in a worker thread,
// so that a large XLSX being parsed does not stall everyone else's requests, and a zip bomb behind junk
// refused. Through the worker a workbook reads as the same history as a CSV read on the request loop, a
// wrong row is named by row and column, and a file with one wrong row saves nothing.
import { testEngines } from '@wakai/db/testing';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { embeddedServer } from './http-client.js';

/** A workbook of `count` dated rows: seconds of parsing for exceljs. */
async function largeWorkbook(count: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('履歴');
  sheet.addRow(['年月日', '借入金額', '返済額']);
  for (let i = 0; i < count; i++)
    sheet.addRow([new Date(Date.UTC(2000, 0, 1 + Math.floor(i / 20))), i === 0 ? 10_000_000 : 0, i === 0 ? 0 : 10]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe.each(testEngines().slice(0, 1))('XLSX import on $name', (engine) => {
  const { api } = embeddedServer(engine, { demo: false });

  it('keeps answering other requests while a large workbook is read', async () => {
    const caseId = (await api('POST', '/api/cases', { title: '大きな履歴', debtor: { name: '大量 一郎' } })).body.id;
    const creditorId = (await api('POST', `/api/cases/${caseId}/creditors`, { name: 'A社', kind: 'card' })).body.id;
    const contractId = (await api('POST', `/api/creditors/${creditorId}/contracts`, {})).body.id as string;
    const workbook = await largeWorkbook(60_000);
    let reading = true;
    const importing = api('POST', `/api/contracts/${contractId}/import`, workbook).finally(() => {
      reading = false;
    });
    // Another user's requests meanwhile: each answered promptly (on the request loop it waited ~5 s).
    const waits: number[] = [];
    while (reading) {
      const started = performance.now();
      expect((await api('GET', '/api/cases')).status).toBe(200);
      waits.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const read = await importing;
    expect(read.status).toBe(200);
    expect(read.body.transactions).toHaveLength(60_000);
    expect(waits.length).toBeGreaterThan(3);
    expect(Math.max(...waits)).toBeLessThan(2_000);
  });

  async function contractOf(title: string) {
    const caseId = (await api('POST', '/api/cases', { title, debtor: { name: '取込 三郎' } })).body.id;
    const creditorId = (await api('POST', `/api/cases/${caseId}/creditors`, { name: 'C社', kind: 'card' })).body.id;
    return (await api('POST', `/api/creditors/${creditorId}/contracts`, {})).body.id as string;
  }

  /** The same history as a workbook and as a CSV: notes with spaces around them, a rate on one row. */
  const history = [
    ['年月日', '借入金額', '返済額', '利率', '備考'],
    ['2001-01-15', 500_000, 0, '29.2', '  初回 '],
    ['2001-02-15', 0, 20_000, '', ''],
    ['2001-03-10', 100_000, 0, '', '追加借入'],
    ['2001-03-15', 0, 25_000, '', ''],
  ];
  async function workbookOf(rows: (string | number)[][]) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('履歴');
    for (const row of rows) sheet.addRow(row);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
  const csvOf = (rows: (string | number)[][]) => new TextEncoder().encode(`${rows.map((row) => row.join(',')).join('\n')}\n`);

  it('reads a workbook through its worker as the same history as the CSV, and saves it as a save stores it', async () => {
    const contractId = await contractOf('同じ履歴');
    const fromCsv = await api('POST', `/api/contracts/${contractId}/import`, csvOf(history));
    const fromXlsx = await api('POST', `/api/contracts/${contractId}/import`, await workbookOf(history));
    expect(fromCsv.status).toBe(200);
    expect(fromXlsx.status).toBe(200);
    expect(fromXlsx.body.transactions).toHaveLength(4);
    expect(fromXlsx.body.transactions.map(({ line: _, ...row }: { line: number }) => row)).toEqual(
      fromCsv.body.transactions.map(({ line: _, ...row }: { line: number }) => row),
    );
    expect(fromXlsx.body.transactions[0]).toMatchObject({ date: '2001-01-15', borrow: 500_000, rate: '29.2', line: 2 });

    const saved = await api(
      'POST',
      `/api/contracts/${contractId}/import?commit=1&version=${fromXlsx.body.version}`,
      await workbookOf(history),
    );
    expect(saved.status).toBe(200);
    const stored = (await api('GET', `/api/contracts/${contractId}/transactions`)).body;
    expect(stored.version).toBe(saved.body.version);
    // What a typed save of the same rows stores (the note trimmed), row for row.
    expect(stored.transactions.map((t: { note: string }) => t.note)).toEqual(['初回', '', '追加借入', '']);
    expect(stored.transactions.map((t: { date: string; repay: number }) => [t.date, t.repay])).toEqual([
      ['2001-01-15', 0],
      ['2001-02-15', 20_000],
      ['2001-03-10', 0],
      ['2001-03-15', 25_000],
    ]);
  });

  it('names a wrong row by its row and column, and saves nothing of a file with one', async () => {
    const contractId = await contractOf('誤りのある履歴');
    const first = await api('POST', `/api/contracts/${contractId}/import`, await workbookOf(history));
    await api('POST', `/api/contracts/${contractId}/import?commit=1&version=${first.body.version}`, await workbookOf(history));
    const before = (await api('GET', `/api/contracts/${contractId}/transactions`)).body;
    // The third data row's note is over the 500 characters a save takes.
    const wrong = history.map((row, i) => (i === 3 ? [row[0], row[1], row[2], row[3], 'あ'.repeat(501)] : row)) as (string | number)[][];
    const refused = await api('POST', `/api/contracts/${contractId}/import?commit=1&version=${before.version}`, await workbookOf(wrong));
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('validation');
    expect(refused.body.error.message).toContain('備考は500文字以内');
    expect(refused.body.error.fields[0].path).toEqual([2, 'note']);
    expect((await api('GET', `/api/contracts/${contractId}/transactions`)).body).toEqual(before);
  });

  it('refuses a workbook behind junk (a zip bomb the check could not follow)', async () => {
    const caseId = (await api('POST', '/api/cases', { title: '爆弾', debtor: { name: '爆弾 次郎' } })).body.id;
    const creditorId = (await api('POST', `/api/cases/${caseId}/creditors`, { name: 'B社', kind: 'card' })).body.id;
    const contractId = (await api('POST', `/api/creditors/${creditorId}/contracts`, {})).body.id as string;
    const junk = new Uint8Array(Buffer.concat([Buffer.from('PK'), Buffer.alloc(1000, 0x41), await largeWorkbook(10)]));
    const refused = await api('POST', `/api/contracts/${contractId}/import`, junk);
    expect(refused.status).toBe(422);
    expect(refused.body.error?.problems?.[0]?.ja).toContain('Excelファイルの形式が正しくありません');
  });
});
