// Idempotency-Key over real HTTP on every engine (issue 18 item 2): a double tap or a retry after a
// lost answer gets the first answer and creates nothing twice, on every creating route; the key is
// the user's own, refused for another request, released when the request was refused, kept 24 hours.
import { testEngines } from '@wakai/db/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { client, embeddedServer, officeServer, todayInJapan } from './http-client.js';

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe.each(testEngines())('Idempotency-Key on $name', (engine) => {
  describe('embedded (local owner)', () => {
    const { api, db } = embeddedServer(engine, { demo: false });
    const keyed = (key: string) => ({ 'idempotency-key': key });
    const count = async (table: 'cases' | 'creditors' | 'contracts' | 'contacts' | 'offers' | 'payments' | 'attachments') =>
      Number(
        (
          await db()
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('answers a repeated create with the first answer, on every creating route, and creates it once', async () => {
      const today = todayInJapan();
      const twice = async (path: string, body: unknown, key: string, headers: Record<string, string> = {}) => {
        // A double tap: both at once; then a retry after the answer was lost.
        const [first, second] = await Promise.all([
          api('POST', path, body, { ...headers, ...keyed(key) }),
          api('POST', path, body, { ...headers, ...keyed(key) }),
        ]);
        const third = await api('POST', path, body, { ...headers, ...keyed(key) });
        expect([path, first.status, second.status, third.status]).toEqual([path, 201, 201, 201]);
        expect(second.body).toEqual(first.body);
        expect(third.body).toEqual(first.body);
        expect(third.headers.get('idempotent-replayed')).toBe('true');
        return first.body.id as string;
      };
      const caseId = await twice('/api/cases', { title: '二度押し', debtor: { name: '二度 押子' } }, 'case-1');
      const creditor = await twice(`/api/cases/${caseId}/creditors`, { name: 'アコム', kind: 'consumer-finance' }, 'creditor-1');
      await twice(`/api/creditors/${creditor}/contracts`, { claimedBalance: 300_000 }, 'contract-1');
      const contact = await twice(
        `/api/creditors/${creditor}/contacts`,
        { at: `${today}T09:00`, channel: 'phone', direction: 'outgoing', summary: '受任の連絡' },
        'contact-1',
      );
      await twice(
        `/api/creditors/${creditor}/offers`,
        { from: 'creditor', madeOn: today, amount: 100_000, installments: 10, monthly: 10_000 },
        'offer-1',
      );
      await twice(`/api/creditors/${creditor}/payments`, { paidOn: today, amount: 10_000 }, 'payment-1');
      await twice(`/api/contacts/${contact}/attachments?name=a.pdf`, pdf, 'file-1', { 'content-type': 'application/pdf' });
      expect([await count('cases'), await count('creditors'), await count('contracts')]).toEqual([1, 1, 1]);
      expect([await count('contacts'), await count('offers'), await count('payments'), await count('attachments')]).toEqual([1, 1, 1, 1]);
      // Without a key, each request is its own.
      await api('POST', `/api/creditors/${creditor}/payments`, { paidOn: today, amount: 10_000 });
      expect(await count('payments')).toBe(2);
    });

    it('refuses the key for another request, releases it after a refusal, and forgets it after 24 hours', async () => {
      const first = await api('POST', '/api/cases', { title: 'A', debtor: { name: '甲野 一郎' } }, keyed('k-2'));
      expect(first.status).toBe(201);
      const other = await api('POST', '/api/cases', { title: 'B', debtor: { name: '乙野 二郎' } }, keyed('k-2'));
      expect([other.status, other.body.error?.fields?.[0]?.path]).toEqual([400, ['Idempotency-Key']]);
      expect(other.body.error?.message).toContain('別の内容の送信');

      // A refused create leaves the key free: the corrected request with the same key is created.
      const refused = await api('POST', '/api/cases', { title: 'C', debtor: { name: '' } }, keyed('k-3'));
      expect(refused.status).toBe(400);
      const corrected = await api('POST', '/api/cases', { title: 'C', debtor: { name: '丙野 三郎' } }, keyed('k-3'));
      expect(corrected.status).toBe(201);

      const badKey = await api('POST', '/api/cases', { title: 'D', debtor: { name: '丁野 四郎' } }, keyed('has space'));
      expect([badKey.status, badKey.body.error?.fields?.[0]?.path]).toEqual([400, ['Idempotency-Key']]);

      // 24 hours on (README), the key is forgotten: the same request creates again.
      await sql`update idempotency_keys set created_at = now() - interval '24 hours 1 minute' where key = 'k-2'`.execute(db());
      const later = await api('POST', '/api/cases', { title: 'A', debtor: { name: '甲野 一郎' } }, keyed('k-2'));
      expect(later.status).toBe(201);
      expect(later.body.id).not.toBe(first.body.id);
    });
  });

  describe('office (two users)', () => {
    const { login, url } = officeServer(engine);

    it('keeps each user’s keys their own', async () => {
      const a = await login('a@office.example');
      const b = await login('b@office.example');
      const body = { title: '同じキー', debtor: { name: '同鍵 太郎' } };
      const byA = await a('POST', '/api/cases', body, { 'idempotency-key': 'shared-key' });
      const byB = await b('POST', '/api/cases', body, { 'idempotency-key': 'shared-key' });
      expect([byA.status, byB.status]).toEqual([201, 201]);
      expect(byB.body.id).not.toBe(byA.body.id);
      expect((await b('GET', `/api/cases/${byA.body.id}`)).status).toBe(404);
      // Without a session the key is not even looked at.
      expect((await client(url())('POST', '/api/cases', body, { 'idempotency-key': 'shared-key' })).status).toBe(401);
    });
  });
});
