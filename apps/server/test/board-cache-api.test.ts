// The negotiation board is computed once per case revision and then looked up (issue 19): a write to
// anything in the case is in the very next read of the board and of the deadlines, and the board read
// again unchanged is the same answer.
import { addDays } from '@wakai/core';
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { officeServer, todayInJapan } from './http-client.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

describe.each(testEngines())('the board cached per revision on $name', (engine) => {
  const office = officeServer(engine);

  it('has a contact recorded, a step taken and a rename in the next read of the board and the deadlines', async () => {
    const a = await office.login('a@office.example');
    const today = todayInJapan();
    const created = (await a('POST', '/api/cases', { title: '盤面の案件', debtor: { name: '盤面 太郎' } })).body;
    const creditor = (await a('POST', `/api/cases/${created.id}/creditors`, { name: 'D社', kind: 'card' })).body.id as string;
    await a('POST', `/api/creditors/${creditor}/contracts`, { claimedBalance: 480_000 });
    const board = async () => (await a('GET', `/api/cases/${created.id}/negotiation`)).body as Loose;
    const first = await board();
    expect(first.creditors[0].record.contacts).toEqual([]);
    // Read again unchanged: the same answer (now looked up).
    expect(await board()).toEqual(first);

    const contact = await a('POST', `/api/creditors/${creditor}/contacts`, {
      at: `${today}T10:00`,
      channel: 'phone',
      direction: 'incoming',
      summary: '分割の相談',
      nextAction: '案を送る',
      nextActionDue: addDays(today, 3),
    });
    expect(contact.status).toBe(201);
    const after = await board();
    expect(after.creditors[0].record.contacts.map((c: Loose) => c.summary)).toEqual(['分割の相談']);
    expect(after.creditors[0].deadlines.map((d: Loose) => [d.date, d.title])).toContainEqual([addDays(today, 3), '案を送る']);
    const window = (await a('GET', `/api/deadlines/window?range=week&caseId=${created.id}`)).body as Loose;
    expect(window.items.map((d: Loose) => d.title)).toEqual(['案を送る']);

    // A step taken: the board shows it at once.
    const moved = await a('POST', `/api/creditors/${creditor}/status`, {
      to: 'notice-sent',
      date: today,
      version: after.creditors[0].creditor.version,
    });
    expect(moved.status).toBe(200);
    expect((await board()).creditors[0].view.status).toBe('notice-sent');

    // The case's own fields are part of the board too.
    const renamed = await a('PATCH', `/api/cases/${created.id}`, { title: '盤面の案件(改)', version: (await board()).case.version });
    expect(renamed.status).toBe(200);
    expect((await board()).case.title).toBe('盤面の案件(改)');
  });
});
