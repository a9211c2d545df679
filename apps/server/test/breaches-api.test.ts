// Issue 22 over real HTTP on every engine: a breach of the agreement recorded (400 naming the field,
// 409 on a stale edit, 404 for another office user), its demand deadline among the deadlines, the
// 履行請求書 produced; a contract in a child's name or under 名義盗用 kept with the contract and
// left out of the plan with the reason; both carried by the case file.
import { addDays } from '@wakai/core';
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { embeddedServer, officeServer, todayInJapan } from './http-client.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

describe.each(testEngines())('breaches and contract holders on $name', (engine) => {
  describe('embedded (local owner)', () => {
    const { api, url } = embeddedServer(engine, { demo: false });

    it('records a breach, lists its deadline, edits it at its version and writes the demand', async () => {
      const today = todayInJapan();
      const created = await api('POST', '/api/cases', { title: '不履行', debtor: { name: '不履行 花子', address: '東京都千代田区1-1' } });
      const caseId = created.body.id as string;
      const creditor = await api('POST', `/api/cases/${caseId}/creditors`, {
        name: 'ひまわり',
        kind: 'consumer-finance',
        contact: { address: '東京都港区2-2' },
      });
      const creditorId = creditor.body.id as string;

      const bad = await api('POST', `/api/creditors/${creditorId}/breaches`, {
        kind: 'wrong-amount',
        occurredOn: today,
        agreed: '月2万円',
      });
      expect(bad.status).toBe(400);
      expect((bad.body.error?.fields ?? []).map((f: { path: unknown[] }) => f.path.join('.'))).toEqual(['happened']);
      const future = await api('POST', `/api/creditors/${creditorId}/breaches`, {
        kind: 'collection-continues',
        occurredOn: addDays(today, 1),
        agreed: '月2万円×36回',
        happened: '一括請求の電話',
      });
      expect(future.body.error?.fields?.[0]?.message).toBe('起きた日は今日以前にしてください');

      const deadline = addDays(today, 14);
      const added = await api('POST', `/api/creditors/${creditorId}/breaches`, {
        kind: 'wrong-amount',
        occurredOn: today,
        agreed: '月20,000円を毎月27日に支払う',
        happened: '25,000円の請求書が届いた',
        agreedAmount: 20_000,
        actualAmount: 25_000,
        demandDeadline: deadline,
      });
      expect(added.status).toBe(201);
      const file = (await api('GET', `/api/creditors/${creditorId}/negotiation`)).body as Loose;
      expect(file.record.breaches).toEqual([expect.objectContaining({ kind: 'wrong-amount', agreedAmount: 20_000, actualAmount: 25_000 })]);
      expect(file.deadlines).toEqual([
        expect.objectContaining({ date: deadline, kind: 'breach-demand', title: '履行請求の期限(合意と違う金額を請求された)' }),
      ]);

      const demand = await fetch(`${url()}/api/cases/${caseId}/documents/performance-demand?creditor=${creditorId}&sender=debtor`);
      expect([demand.status, demand.headers.get('content-type')]).toEqual([200, 'application/pdf']);

      const edited = await api('PUT', `/api/breaches/${added.body.id}`, { version: added.body.version, resolvedOn: today });
      expect(edited.status).toBe(200);
      const stale = await api('PUT', `/api/breaches/${added.body.id}`, { version: added.body.version, note: '古い版' });
      expect(stale.status).toBe(409);
      expect((await api('GET', `/api/creditors/${creditorId}/negotiation`)).body.deadlines).toEqual([]);

      const exported = (await api('GET', `/api/cases/${caseId}/export`)).body as Loose;
      expect(exported.case.creditors[0].negotiation.breaches).toEqual([
        expect.objectContaining({ kind: 'wrong-amount', resolvedOn: today }),
      ]);
      expect((await api('DELETE', `/api/breaches/${added.body.id}`)).status).toBe(200);
      expect((await api('GET', `/api/creditors/${creditorId}/negotiation`)).body.record.breaches).toEqual([]);
      // The delete went to the trash and comes back exactly as it was.
      const trash = (await api('GET', `/api/cases/${caseId}/trash`)).body as Loose;
      const item = trash.items.find((t: Loose) => t.kind === 'breach');
      expect(item?.label).toContain('合意と違う金額を請求された');
      expect((await api('POST', `/api/trash/${item.id}/restore`)).status).toBe(200);
      expect((await api('GET', `/api/creditors/${creditorId}/negotiation`)).body.record.breaches).toEqual([
        expect.objectContaining({ kind: 'wrong-amount', resolvedOn: today }),
      ]);
    });

    it('keeps a contract’s holder and leaves a child’s unguaranteed debt and a 名義盗用 out of the plan', async () => {
      const created = await api('POST', '/api/cases', { title: '名義', debtor: { name: '名義 一郎' } });
      const caseId = created.body.id as string;
      await api('PATCH', `/api/cases/${caseId}`, {
        budget: { monthly: { income: { salaryApplicant: 250_000 }, spending: { rent: 80_000, food: 70_000 } } },
        version: created.body.version,
      });
      const contracts: Record<string, Loose> = {};
      for (const [name, claimedBalance, extra] of [
        ['A社', 360_000, {}],
        ['B社', 500_000, { identityTheft: true }],
        ['C社', 300_000, { holder: { relation: 'child', name: '名義 健', debtorGuarantees: false } }],
      ] as const) {
        const creditor = await api('POST', `/api/cases/${caseId}/creditors`, { name, kind: 'consumer-finance' });
        const contract = await api('POST', `/api/creditors/${creditor.body.id}/contracts`, { claimedBalance, ...extra });
        expect(contract.status).toBe(201);
        contracts[name] = contract.body;
      }
      const stored = (await api('GET', `/api/contracts/${contracts.C社.id}`)).body as Loose;
      expect(JSON.stringify(stored)).toContain('"relation":"child"');
      const bad = await api('POST', `/api/creditors/${contracts.A社.creditorId}/contracts`, { holder: { relation: 'cousin' } });
      expect(bad.body.error?.fields?.[0]?.message).toBe('契約者(名義人)を選んでください');

      const diagnosis = (await api('GET', `/api/cases/${caseId}/diagnosis`)).body as Loose;
      expect(diagnosis.result.plan.creditors.map((c: { name: string }) => c.name)).toEqual(['A社']);
      expect(diagnosis.result.plan.debt).toBe(360_000);
      expect(diagnosis.result.leftOut.map((l: { name: string; reason: string }) => [l.name, l.reason])).toEqual([
        ['B社', 'identity-theft'],
        ['C社', 'other-holder'],
      ]);
      const exported = (await api('GET', `/api/cases/${caseId}/export`)).body as Loose;
      expect(exported.case.creditors[1].contracts[0].identityTheft).toBe(true);
      const imported = await api('POST', '/api/cases/import', exported);
      expect(imported.status).toBe(201);
      const again = (await api('GET', `/api/cases/${imported.body.id}/diagnosis`)).body as Loose;
      expect(again.result.leftOut).toHaveLength(2);
    });
  });

  describe('office (logins)', () => {
    const office = officeServer(engine);

    it('another user’s breach does not exist for them', async () => {
      const a = await office.login('a@office.example');
      const b = await office.login('b@office.example');
      const created = await a('POST', '/api/cases', { title: 'A', debtor: { name: 'A' } });
      const creditor = await a('POST', `/api/cases/${created.body.id}/creditors`, { name: 'X', kind: 'bank' });
      const breach = {
        kind: 'agreement-not-returned',
        occurredOn: todayInJapan(),
        agreed: '和解書を返送する',
        happened: '返送がない',
      };
      const added = await a('POST', `/api/creditors/${creditor.body.id}/breaches`, breach);
      expect(added.status).toBe(201);
      expect((await b('POST', `/api/creditors/${creditor.body.id}/breaches`, breach)).status).toBe(404);
      expect((await b('PUT', `/api/breaches/${added.body.id}`, { version: 1, note: 'x' })).status).toBe(404);
      expect((await b('DELETE', `/api/breaches/${added.body.id}`)).status).toBe(404);
    });
  });
});
