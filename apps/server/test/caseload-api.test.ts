// An office's caseload over real HTTP on every engine: the case list paged and searched in the
// database (each owner's cases only), and the deadlines across cases kept current as a case changes
// (they are stored per case and read in one query).
import { addDays } from '@wakai/core';
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { officeServer, todayInJapan } from './http-client.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

describe.each(testEngines())('the caseload on $name', (engine) => {
  const office = officeServer(engine);

  it('pages and searches the case list in the database, latest change first', async () => {
    const a = await office.login('a@office.example');
    const b = await office.login('b@office.example');
    for (let i = 1; i <= 60; i++)
      expect(
        (await a('POST', '/api/cases', { title: `案件${i}`, debtor: { name: `依頼者 ${i}号`, nameKana: `いらいしゃ ${i}` } })).status,
      ).toBe(201);
    await b('POST', '/api/cases', { title: '他の人の案件', debtor: { name: '依頼者 1号' } });

    const first = (await a('GET', '/api/cases?limit=25')).body as Loose;
    expect([first.total, first.page, first.limit, first.items.length]).toEqual([60, 1, 25, 25]);
    // Latest change first: the 60th case made is the first listed.
    expect(first.items[0]).toMatchObject({ title: '案件60', debtorName: '依頼者 60号', creditors: 0 });
    const third = (await a('GET', '/api/cases?limit=25&page=3')).body as Loose;
    expect(third.items.map((c: Loose) => c.title)).toEqual(Array.from({ length: 10 }, (_, i) => `案件${10 - i}`));
    const beyond = (await a('GET', '/api/cases?limit=25&page=4')).body as Loose;
    expect([beyond.total, beyond.items.length]).toEqual([60, 0]);
    // Every page together is every case, once.
    const seen = [...first.items, ...((await a('GET', '/api/cases?limit=25&page=2')).body as Loose).items, ...third.items];
    expect(new Set(seen.map((c: Loose) => c.id)).size).toBe(60);

    // 「1号」 matches 1号, 11号 … 51号; without a page the answer is the whole list as before.
    const found = (await a('GET', `/api/cases?limit=3&q=${encodeURIComponent('1号')}`)).body as Loose;
    expect([found.total, found.items.length]).toEqual([6, 3]);
    expect(((await a('GET', `/api/cases?q=${encodeURIComponent('いらいしゃ 42')}`)).body as Loose[]).map((c) => c.title)).toEqual([
      '案件42',
    ]);
    expect(((await a('GET', '/api/cases')).body as Loose[]).length).toBe(60);
    expect(((await b('GET', '/api/cases?limit=50')).body as Loose).total).toBe(1);

    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['page=0', 'page'],
      ['page=x', 'page'],
    ]) {
      const bad = await a('GET', `/api/cases?${query}`);
      expect(bad.status).toBe(400);
      expect(bad.body.error?.message).toContain(`(${field})`);
    }
  });

  it('keeps the deadlines across cases current as a case changes', async () => {
    const a = await office.login('a@office.example');
    const today = todayInJapan();
    const created = await a('POST', '/api/cases', { title: '期限の案件', debtor: { name: '期限 太郎' } });
    const caseId = created.body.id as string;
    const creditor = (await a('POST', `/api/cases/${caseId}/creditors`, { name: 'C社', kind: 'card' })).body.id as string;
    const nextActions = async () =>
      Object.values((await a('GET', '/api/deadlines?days=60')).body as Record<string, unknown>)
        .filter(Array.isArray)
        .flat()
        .filter((d: Loose) => d.caseId === caseId && d.kind === 'next-action')
        .map((d: Loose) => d.date);
    expect(await nextActions()).toEqual([]);

    // A contact promising a next action in 5 days: the stored (empty) deadlines are stale and recomputed.
    const contact = await a('POST', `/api/creditors/${creditor}/contacts`, {
      at: `${today}T10:00`,
      channel: 'phone',
      direction: 'outgoing',
      summary: '資料の送付を依頼',
      nextAction: '資料の到着を確認',
      nextActionDue: addDays(today, 5),
    });
    expect(contact.status).toBe(201);
    expect(await nextActions()).toEqual([addDays(today, 5)]);
    // Read again unchanged: the same (now from what is stored).
    expect(await nextActions()).toEqual([addDays(today, 5)]);

    // Moved to 9 days: the next read shows the new date, not the stored one.
    const moved = await a('PUT', `/api/contacts/${contact.body.id}`, {
      ...contact.body,
      nextActionDue: addDays(today, 9),
      version: contact.body.version,
    });
    expect(moved.status).toBe(200);
    expect(await nextActions()).toEqual([addDays(today, 9)]);

    // The case deleted: its deadlines are gone with it.
    expect((await a('DELETE', `/api/cases/${caseId}`)).status).toBe(200);
    expect(await nextActions()).toEqual([]);
  });
});
