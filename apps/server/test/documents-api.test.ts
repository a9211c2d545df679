// The documents of a case over HTTP (issue 11): the letterhead kept once per owner, a document named
// field by field when data is missing (422, nothing produced), PDF/Word/Excel with their content
// types and an RFC 5987 file name, each creditor's only for its case's owner.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { embeddedServer, officeServer } from './http-client.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

const office = {
  office: '和解法律事務所',
  profession: 'lawyer',
  agent: '山田 太郎',
  registrationNumber: '12345',
  postcode: '100-0001',
  address: '東京都千代田区千代田1-1',
  tel: '03-1111-2222',
  fax: '03-1111-3333',
  person: '',
};

/** The PDF's text as a reader sees it (poppler), where poppler is installed. */
function pdfText(bytes: ArrayBuffer): string | undefined {
  if (!existsSync('/usr/bin/pdftotext')) return undefined;
  const file = join(mkdtempSync(join(tmpdir(), 'wakai-doc-')), 'document.pdf');
  writeFileSync(file, new Uint8Array(bytes));
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe.each(testEngines())('documents on $name', (engine) => {
  describe('embedded', () => {
    const embedded = embeddedServer(engine, { demo: true });
    const api = embedded.api;

    it('names every missing field, then makes the 受任通知 for every creditor once they are filled', async () => {
      const [demo] = (await api('GET', '/api/cases')).body as unknown as Loose[];
      const choices = (await api('GET', `/api/cases/${demo.id}/documents`)).body as Loose;
      expect(choices.kinds.map((k: Loose) => k.kind)).toContain('engagement-notice');
      expect(choices).toMatchObject({ sender: 'debtor', letterhead: null });

      const refused = await api('GET', `/api/cases/${demo.id}/documents/engagement-notice?sender=office`);
      expect(refused.status).toBe(422);
      expect(refused.body.error?.fields?.map((f: { message: string }) => f.message)).toContain(
        '事務所の情報(レターヘッド:事務所名・資格・登録番号・住所・電話・FAX)',
      );

      expect((await api('PUT', '/api/letterhead', { ...office, version: null })).body).toMatchObject({ version: 1 });
      const stillMissing = await api('GET', `/api/cases/${demo.id}/documents/engagement-notice`);
      expect(stillMissing.status).toBe(422);
      // The demo's bank and card company have no address yet: each named, with where it is kept.
      expect(stillMissing.body.error?.fields).toEqual(
        expect.arrayContaining([
          { path: ['creditors', 1, 'contact', 'address'], message: '債権者「みずほ銀行」の住所' },
          { path: ['debtor', 'address'], message: '債務者の住所' },
        ]),
      );

      const detail = (await api('GET', `/api/cases/${demo.id}`)).body as Loose;
      await api('PATCH', `/api/cases/${demo.id}`, {
        debtor: { address: '神奈川県横浜市西区高島2-1-1', postcode: '220-0011' },
        version: detail.case.version,
      });
      for (const creditor of detail.creditors)
        await api('PUT', `/api/creditors/${creditor.id}`, {
          contact: { address: `東京都千代田区架空町${creditor.position + 1}-1` },
          version: creditor.version,
        });

      const response = await fetch(`${embedded.url()}/api/cases/${demo.id}/documents/engagement-notice?creditor=all`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const disposition = response.headers.get('content-disposition') ?? '';
      expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('受任通知_佐藤_一郎')}`);
      const text = pdfText(await response.arrayBuffer());
      if (text !== undefined) {
        for (const name of ['ひまわりファイナンス(架空)', 'みずほ銀行', 'さくらカード(架空)']) expect(text).toContain(name);
        expect(text).toContain('和解法律事務所');
        expect(text).toContain('〒220-0011 神奈川県横浜市西区高島2-1-1');
      }

      const docx = await fetch(
        `${embedded.url()}/api/cases/${demo.id}/documents/engagement-notice?creditor=${detail.creditors[1].id}&format=docx`,
      );
      expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(new Uint8Array(await docx.arrayBuffer()).slice(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
      const wrongFormat = await api('GET', `/api/cases/${demo.id}/documents/engagement-notice?format=xlsx`);
      expect([wrongFormat.status, wrongFormat.body.error?.message]).toEqual([400, '受任通知は xlsx では作成できません(pdf / docx)']);
      expect((await api('GET', `/api/cases/${demo.id}/documents/no-such-thing`)).status).toBe(404);
    });

    // Documents are laid out in one worker thread (document-render-thread.ts): letters asked for at
    // once each come back to their own request.
    it("makes each creditor's 受任通知 at once, each letter to its own creditor", async () => {
      const [demo] = (await api('GET', '/api/cases')).body as unknown as Loose[];
      const { creditors } = (await api('GET', `/api/cases/${demo.id}`)).body as Loose;
      const names = creditors.map((c: Loose) => c.name as string);
      const letters = await Promise.all(
        creditors.map(async (creditor: Loose) => {
          const response = await fetch(`${embedded.url()}/api/cases/${demo.id}/documents/engagement-notice?creditor=${creditor.id}`);
          expect(response.status).toBe(200);
          return pdfText(await response.arrayBuffer());
        }),
      );
      letters.forEach((text, i) => {
        if (text === undefined) return;
        expect(text).toContain(names[i]);
        for (const other of names.filter((_: string, j: number) => j !== i)) expect(text).not.toContain(other);
      });
    });

    it('makes the 計算書 of one contract as Excel, figures as numbers', async () => {
      const [demo] = (await api('GET', '/api/cases')).body as unknown as Loose[];
      const detail = (await api('GET', `/api/cases/${demo.id}`)).body as Loose;
      const [lender] = detail.creditors;
      const response = await fetch(
        `${embedded.url()}/api/cases/${demo.id}/documents/recalc-statement?creditor=${lender.id}&contract=${lender.contracts[0].id}&format=xlsx`,
      );
      expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const ExcelJS = (await import('exceljs')).default;
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await response.arrayBuffer());
      const values = book.worksheets[0]?.getSheetValues().flat() ?? [];
      expect(values.some((value) => value instanceof Date)).toBe(true);
      expect(values.some((value) => typeof value === 'number' && value === 500_000)).toBe(true);
      const oneOnly = await api('GET', `/api/cases/${demo.id}/documents/recalc-statement`);
      expect([oneOnly.status, oneOnly.body.error?.message]).toEqual([400, '引き直し計算書は債権者を1社選んで作成します']);
    });
  });

  describe('office server', () => {
    const server = officeServer(engine);
    it("keeps each owner's letterhead and documents to that owner", async () => {
      const a = await server.login('a@office.example');
      const b = await server.login('b@office.example');
      await a('PUT', '/api/letterhead', { ...office, version: null });
      expect((await b('GET', '/api/letterhead')).body).toEqual({ letterhead: null, version: null });
      const caseId = (await a('POST', '/api/cases', { debtor: { name: 'Aの依頼者' } })).body.id;
      expect((await b('GET', `/api/cases/${caseId}/documents`)).status).toBe(404);
      expect((await b('GET', `/api/cases/${caseId}/documents/creditor-list`)).status).toBe(404);
      const stale = await a('PUT', '/api/letterhead', { tel: '03-9999-9999', version: null });
      expect(stale.status).toBe(409);
      const saved = await a('PUT', '/api/letterhead', { tel: '03-9999-9999', version: 1 });
      expect(saved.body).toMatchObject({ version: 2, letterhead: { office: '和解法律事務所', tel: '03-9999-9999' } });
    });
  });
});
