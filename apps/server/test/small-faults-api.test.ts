// The smaller faults found probing the server (issue 18 item 19), over real HTTP on every engine: a
// lone surrogate answered 400 naming the field, passwords of spaces or one repeated character
// refused, the import preview refusing what the save refuses, an upload named for what its bytes
// are, no cache keeping private answers, and an https:// page refused by a plain-http server.
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { client, embeddedServer, officeServer } from './http-client.js';

// A PDF that is also an HTML page (a polyglot): it starts as a PDF, and a browser opening it as a
// file named .html would run its script.
const polyglot = new TextEncoder().encode('%PDF-1.4\n<html><script>alert(document.domain)</script></html>\n%%EOF\n');

describe.each(testEngines())('small faults on $name', (engine) => {
  describe('embedded (local owner)', () => {
    const { api, url } = embeddedServer(engine, { demo: false });

    it('answers a lone surrogate in any JSON field with 400 naming the field, and saves nothing', async () => {
      const before = (await api('GET', '/api/cases')).body.length;
      // JSON.stringify keeps a lone surrogate as the escape \ud800, as a script or a broken client sends it.
      const broken = await api('POST', '/api/cases', { title: '試験', debtor: { name: 'a\ud800b' } });
      expect([broken.status, broken.body.error?.fields?.[0]?.path]).toEqual([400, ['debtor', 'name']]);
      expect(broken.body.error?.message).toContain('文字として読めないもの');
      const caseId = (await api('POST', '/api/cases', { title: '試験', debtor: { name: '試験 一郎' } })).body.id;
      const creditor = await api('POST', `/api/cases/${caseId}/creditors`, { name: 'A社', kind: 'card', note: ['\udc00'] });
      expect([creditor.status, creditor.body.error?.fields?.[0]?.path]).toEqual([400, ['note', 0]]);
      expect((await api('GET', '/api/cases')).body.length).toBe(before + 1);
    });

    it('refuses in the preview a history row the save would refuse', async () => {
      const caseId = (await api('POST', '/api/cases', { title: '取込', debtor: { name: '取込 花子' } })).body.id;
      const creditorId = (await api('POST', `/api/cases/${caseId}/creditors`, { name: 'B社', kind: 'card' })).body.id;
      const contractId = (await api('POST', `/api/creditors/${creditorId}/contracts`, {})).body.id as string;
      // 備考 holds at most 500 characters (the transaction schema): 600 are refused before saving too.
      const csv = new TextEncoder().encode(`年月日,借入金額,返済額,備考\n2001/1/5,"100,000",,${'メモ'.repeat(300)}\n`);
      const preview = await api('POST', `/api/contracts/${contractId}/import`, csv);
      const commit = await api('POST', `/api/contracts/${contractId}/import?commit=1&version=0`, csv);
      expect([preview.status, commit.status]).toEqual([400, 400]);
      expect(preview.body.error).toEqual(commit.body.error);
      expect(preview.body.error?.fields?.[0]?.path).toEqual([0, 'note']);
    });

    it('names an upload for what its bytes are, and lets no cache keep a private answer', async () => {
      const caseId = (await api('POST', '/api/cases', { title: '添付', debtor: { name: '添付 次郎' } })).body.id;
      const creditorId = (
        await api('POST', `/api/cases/${caseId}/creditors`, { name: 'C社', kind: 'card', contact: { address: '東京都千代田区1-1' } })
      ).body.id;
      const contact = await api('POST', `/api/creditors/${creditorId}/contacts`, {
        at: '2026-11-20T10:00',
        channel: 'fax',
        direction: 'incoming',
        summary: '和解案',
      });
      const file = await api('POST', `/api/contacts/${contact.body.id}/attachments?name=letter.html`, polyglot, {
        'content-type': 'application/pdf',
      });
      expect([file.status, file.body.fileName]).toEqual([201, 'letter.pdf']);
      const submitted = await api('POST', `/api/creditors/${creditorId}/documents?name=scan.htm`, polyglot, {
        'content-type': 'application/pdf',
      });
      expect(submitted.body.fileName).toBe('scan.pdf');
      await api('POST', `/api/creditors/${creditorId}/contracts`, { claimedBalance: 100_000 });

      const download = await fetch(`${url()}/api/attachments/${file.body.id}`);
      expect(download.headers.get('content-disposition')).toContain('filename="letter.pdf"');
      expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
      for (const path of [
        `/api/attachments/${file.body.id}`,
        `/api/cases/${caseId}/export`,
        `/api/cases/${caseId}/documents/creditor-list?format=xlsx`,
        `/api/cases/${caseId}/deadlines.ics`,
        `/api/cases/${caseId}`,
      ]) {
        const response = await fetch(`${url()}${path}`);
        await response.arrayBuffer();
        expect([path, response.status, response.headers.get('cache-control')]).toEqual([path, 200, 'no-store']);
      }
    });

    it('refuses an https:// page on a plain-http server, and takes its own http:// page', async () => {
      const body = { title: 'Origin', debtor: { name: '起源 三郎' } };
      const host = new URL(url()).host;
      const https = await api('POST', '/api/cases', body, { origin: `https://${host}` });
      expect([https.status, https.body.error?.message]).toEqual([403, '他のサイトからの操作は受け付けません']);
      expect((await api('POST', '/api/cases', body, { origin: `http://${host}` })).status).toBe(201);
    });
  });

  describe('office (logins)', () => {
    const { login, url } = officeServer(engine);

    it('refuses a password of spaces only or of one character repeated, naming the field', async () => {
      const a = await login('a@office.example');
      for (const [newPassword, message] of [
        [' '.repeat(12), 'パスワードが空白だけです。文字を含めてください'],
        ['あ'.repeat(12), 'パスワードが同じ文字の繰り返しです。別の文字を混ぜてください'],
        ['x x x x x x x ', 'パスワードが同じ文字の繰り返しです。別の文字を混ぜてください'],
      ]) {
        const refused = await a('PUT', '/api/account/password', { currentPassword: 'correct horse', newPassword });
        expect([refused.status, refused.body.error?.fields?.[0]]).toEqual([400, { path: ['newPassword'], message }]);
      }
      // The password is unchanged: the old one still logs in.
      expect((await client(url())('POST', '/api/session', { email: 'a@office.example', password: 'correct horse' })).status).toBe(200);
    });
  });
});
