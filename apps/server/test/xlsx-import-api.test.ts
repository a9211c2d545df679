// A history workbook over real HTTP (issue 18 item 14): read in a worker thread, so that a large
// XLSX being parsed does not stall everyone else's requests, and a zip bomb behind junk refused.
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
