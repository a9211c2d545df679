// Issue 13: who changed what (an append-only log written with the change) and a trash that keeps
// deleted records 30 days, restorable exactly as they were. Over real HTTP on every engine.
import { addDays } from '@wakai/core';
import type { TestEngine } from '@wakai/db/testing';
import { testEngines } from '@wakai/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../src/index.js';
import { client, officeServer, todayInJapan } from './http-client.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const DAY_MS = 24 * 60 * 60 * 1000;

/** An embedded server whose clock the test moves (days ahead of the real one). */
function serverWithClock(engine: TestEngine) {
  let opened: Awaited<ReturnType<TestEngine['open']>>;
  let server: RunningServer;
  const clock = { daysAhead: 0 };
  beforeAll(async () => {
    opened = await engine.open();
    server = await startServer({
      database: opened,
      port: 0,
      auth: 'local',
      demo: false,
      now: () => new Date(Date.now() + clock.daysAhead * DAY_MS),
    });
  });
  afterAll(async () => {
    await server.close();
    await opened.drop();
  });
  return { api: (...args: Parameters<ReturnType<typeof client>>) => client(server.url)(...args), db: () => opened.db, clock };
}

type Api = ReturnType<typeof serverWithClock>['api'];

/** A case with one of every record that can be deleted. */
async function seed(api: Api) {
  const today = todayInJapan();
  const created = (await api('POST', '/api/cases', { title: '任意整理', debtor: { name: '山田 花子' } })).body as Loose;
  const creditor = (await api('POST', `/api/cases/${created.id}/creditors`, { name: 'A社', kind: 'card' })).body as Loose;
  const other = (await api('POST', `/api/cases/${created.id}/creditors`, { name: 'B銀行', kind: 'bank' })).body as Loose;
  const contract = (await api('POST', `/api/creditors/${creditor.id}/contracts`, { label: 'カードローン', claimedBalance: 500_000 }))
    .body as Loose;
  await api('PUT', `/api/contracts/${contract.id}/transactions`, {
    version: 0,
    transactions: [
      { date: '2010-01-05', borrow: 500_000, repay: 0 },
      { date: '2010-02-05', borrow: 0, repay: 20_000 },
    ],
  });
  const contact = (
    await api('POST', `/api/creditors/${creditor.id}/contacts`, {
      at: `${addDays(today, -3)}T10:30`,
      channel: 'phone',
      direction: 'incoming',
      summary: '和解案の提示',
    })
  ).body as Loose;
  const file = (
    await api('POST', `/api/contacts/${contact.id}/attachments?name=${encodeURIComponent('和解案.pdf')}`, pdf, {
      'content-type': 'application/pdf',
    })
  ).body as Loose;
  const offer = (
    await api('POST', `/api/creditors/${creditor.id}/offers`, {
      from: 'creditor',
      madeOn: addDays(today, -3),
      amount: 480_000,
      installments: 48,
      monthly: 10_000,
      contactId: contact.id,
    })
  ).body as Loose;
  const payment = (await api('POST', `/api/creditors/${other.id}/payments`, { paidOn: addDays(today, -1), amount: 10_000 })).body as Loose;
  return { caseId: created.id as string, version: created.version as number, creditor, other, contract, contact, file, offer, payment };
}

describe.each(testEngines())('audit log and trash on $name', (engine) => {
  const { api, db, clock } = serverWithClock(engine);
  const caseFile = async (caseId: string) => (await api('GET', `/api/cases/${caseId}/export`)).body.case;
  const audit = async (caseId: string, query = '') => (await api('GET', `/api/cases/${caseId}/audit${query}`)).body as Loose;

  it('logs every write with who, what, which fields (old → new), newest first, page by page', async () => {
    const s = await seed(api);
    const renamed = await api('PATCH', `/api/cases/${s.caseId}`, { title: '任意整理(再相談)', version: s.version });
    await api('PATCH', `/api/cases/${s.caseId}`, {
      budget: { monthly: { income: { salaryApplicant: 210_000 } } },
      version: renamed.body.version,
    });
    await api('PUT', `/api/creditors/${s.creditor.id}`, { name: 'A社(旧C社)', note: '平日のみ', version: s.creditor.version });
    // A stale edit is refused and leaves no entry: the entry is written in the change's transaction.
    const stale = await api('PATCH', `/api/cases/${s.caseId}`, { title: '古い画面から', version: s.version });
    expect(stale.status).toBe(409);

    const log = await audit(s.caseId);
    expect(log.entries.map((e: Loose) => [e.action, e.entityKind])).toEqual([
      ['update', 'creditor'],
      ['update', 'case'],
      ['update', 'case'],
      ['create', 'payment'],
      ['create', 'offer'],
      ['create', 'attachment'],
      ['create', 'contact'],
      ['update', 'history'],
      ['create', 'contract'],
      ['create', 'creditor'],
      ['create', 'creditor'],
      ['create', 'case'],
    ]);
    const [creditorEdit, budgetEdit, titleEdit] = log.entries;
    expect(creditorEdit).toMatchObject({ actorName: 'この端末の利用者', entityId: s.creditor.id, label: 'A社(旧C社)' });
    expect(creditorEdit.changes).toEqual([
      { field: 'name', from: 'A社', to: 'A社(旧C社)' },
      { field: 'note', from: '', to: '平日のみ' },
    ]);
    expect(budgetEdit.changes).toContainEqual({ field: 'budget.monthly.income.salaryApplicant', from: null, to: 210_000 });
    expect(titleEdit.changes).toEqual([{ field: 'title', from: '任意整理', to: '任意整理(再相談)' }]);
    // The history is counted, never copied.
    expect(log.entries[7].changes).toEqual([{ field: 'transactions', from: 0, to: 2 }]);
    expect(Date.parse(log.entries[0].at)).toBeGreaterThanOrEqual(Date.parse(log.entries[11].at));

    const first = await audit(s.caseId, '?limit=5');
    expect(first.entries).toHaveLength(5);
    const second = await audit(s.caseId, `?limit=5&before=${first.next}`);
    const third = await audit(s.caseId, `?limit=5&before=${second.next}`);
    expect([...first.entries, ...second.entries, ...third.entries].map((e: Loose) => e.id)).toEqual(log.entries.map((e: Loose) => e.id));
    expect(third.next).toBeNull();
    expect((await api('GET', `/api/cases/${s.caseId}/audit?limit=abc`)).body.error?.message).toContain('limit');
  });

  it('logs the negotiation and history writes too, each with what changed', async () => {
    const s = await seed(api);
    const today = todayInJapan();
    await api('PUT', `/api/contracts/${s.contract.id}`, { claimedBalance: 450_000, version: s.contract.version });
    const csv = new TextEncoder().encode('日付,借入,返済\n2010-01-05,500000,0\n2010-02-05,0,20000\n2010-03-05,0,20000\n');
    const history = (await api('GET', `/api/contracts/${s.contract.id}/transactions`)).body as Loose;
    expect((await api('POST', `/api/contracts/${s.contract.id}/import?commit=1&version=${history.version}`, csv)).status).toBe(200);
    await api('PUT', `/api/contacts/${s.contact.id}`, { person: '山本', version: s.contact.version });
    await api('PUT', `/api/offers/${s.offer.id}`, { ...s.offer, installments: 60, monthly: 8_000, version: s.offer.version });
    await api('POST', `/api/creditors/${s.creditor.id}/status`, {
      to: 'notice-sent',
      date: addDays(today, -2),
      version: s.creditor.version,
    });
    // The history last paid in 2010 may be time-barred: the agreement is recorded only as confirmed (民法152条1項).
    const agreement = await api('PUT', `/api/creditors/${s.creditor.id}/agreement`, {
      confirmedBalance: 480_000,
      version: null,
      confirmTimeBarred: true,
    });
    expect(agreement.status).toBe(200);
    const log = (await audit(s.caseId)).entries as Loose[];
    expect(log.slice(0, 6).map((e) => [e.action, e.entityKind, e.changes])).toEqual([
      ['create', 'agreement', expect.arrayContaining([{ field: 'confirmedBalance', from: null, to: 480_000 }])],
      ['update', 'status', [{ field: 'status', from: 'not-started', to: 'notice-sent' }]],
      [
        'update',
        'offer',
        [
          { field: 'installments', from: 48, to: 60 },
          { field: 'monthly', from: 10_000, to: 8_000 },
        ],
      ],
      ['update', 'contact', [{ field: 'person', from: '', to: '山本' }]],
      ['import', 'history', [{ field: 'transactions', from: 2, to: 3 }]],
      ['update', 'contract', [{ field: 'claimedBalance', from: 500_000, to: 450_000 }]],
    ]);
  });

  it('refuses to rewrite the log, even to someone with SQL', async () => {
    const s = await seed(api);
    await expect(sql`update audit_entries set actor_name = 'someone else' where case_id = ${s.caseId}`.execute(db())).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_entries where case_id = ${s.caseId}`.execute(db())).rejects.toThrow(/append-only/);
    expect((await audit(s.caseId)).entries.every((e: Loose) => e.actorName === 'この端末の利用者')).toBe(true);
  });

  it('every delete goes to the trash, out of sight, and comes back exactly as it was', async () => {
    const s = await seed(api);
    const before = await caseFile(s.caseId);
    const deletes: [string, string, string][] = [
      ['payment', `/api/payments/${s.payment.id}`, 'B銀行'],
      ['offer', `/api/offers/${s.offer.id}`, 'A社 和解案'],
      ['attachment', `/api/attachments/${s.file.id}`, '和解案.pdf'],
      ['contact', `/api/contacts/${s.contact.id}`, 'A社'],
      ['contract', `/api/contracts/${s.contract.id}`, 'A社 カードローン'],
      ['creditor', `/api/creditors/${s.creditor.id}`, 'A社'],
    ];
    for (const [kind, path, label] of deletes) {
      const deleted = await api('DELETE', path);
      expect([kind, deleted.status]).toEqual([kind, 200]);
      const trash = (await api('GET', `/api/cases/${s.caseId}/trash`)).body as Loose;
      expect(trash.items[0]).toMatchObject({ kind, caseId: s.caseId, deletedBy: 'この端末の利用者' });
      expect(trash.items[0].label).toContain(label);
      expect(Date.parse(trash.items[0].keptUntil) - Date.parse(trash.items[0].deletedAt)).toBe(30 * DAY_MS);
    }
    const emptied = await caseFile(s.caseId);
    expect(emptied.creditors.map((c: Loose) => c.name)).toEqual(['B銀行']);
    expect(emptied.creditors[0].negotiation.payments).toEqual([]);
    expect((await api('GET', `/api/contracts/${s.contract.id}`)).status).toBe(404);

    // Restored in the opposite order, parents first: the case file is back, byte for byte.
    const trash = (await api('GET', `/api/cases/${s.caseId}/trash`)).body.items as Loose[];
    for (const item of trash) expect((await api('POST', `/api/trash/${item.id}/restore`)).status).toBe(200);
    expect(await caseFile(s.caseId)).toEqual(before);
    expect((await api('GET', `/api/cases/${s.caseId}/trash`)).body.items).toEqual([]);
    // The offer points at its contact again (the contact's delete had emptied that link).
    const offers = (await api('GET', `/api/creditors/${s.creditor.id}/negotiation`)).body.record.offers as Loose[];
    expect(offers[0].contactId).toBe(s.contact.id);
    const log = await audit(s.caseId);
    expect(log.entries.slice(0, 6).map((e: Loose) => [e.action, e.entityKind])).toEqual(
      [...trash].reverse().map((item) => ['restore', item.kind]),
    );
  });

  it('a record whose parent is still in the trash waits for it, saying which', async () => {
    const s = await seed(api);
    await api('DELETE', `/api/attachments/${s.file.id}`);
    await api('DELETE', `/api/contacts/${s.contact.id}`);
    const [contact, file] = (await api('GET', `/api/cases/${s.caseId}/trash`)).body.items as Loose[];
    const early = await api('POST', `/api/trash/${file.id}/restore`);
    expect(early.status).toBe(409);
    expect(early.body.error?.message).toBe('元の連絡記録が削除されているため戻せません。先にごみ箱から連絡記録を戻してください');
    expect((await api('POST', `/api/trash/${contact.id}/restore`)).status).toBe(200);
    expect((await api('POST', `/api/trash/${file.id}/restore`)).status).toBe(200);
    expect((await api('POST', `/api/trash/${file.id}/restore`)).status).toBe(404);
    const contacts = (await api('GET', `/api/creditors/${s.creditor.id}/negotiation`)).body.record.contacts as Loose[];
    expect(contacts[0].attachments.map((a: Loose) => a.fileName)).toEqual(['和解案.pdf']);
  });

  it('a deleted case leaves the list, is listed in the trash, and comes back whole', async () => {
    const s = await seed(api);
    const before = await caseFile(s.caseId);
    expect((await api('DELETE', `/api/cases/${s.caseId}`)).status).toBe(200);
    expect((await api('GET', `/api/cases/${s.caseId}`)).status).toBe(404);
    expect(((await api('GET', '/api/cases')).body as Loose[]).some((c) => c.id === s.caseId)).toBe(false);
    const trashed = (await api('GET', '/api/trash/cases')).body.items as Loose[];
    const item = trashed.find((t) => t.entityId === s.caseId);
    expect(item).toMatchObject({ kind: 'case', label: '山田 花子(任意整理)' });
    expect((await api('POST', `/api/trash/${item.id}/restore`)).status).toBe(200);
    expect(await caseFile(s.caseId)).toEqual(before);
    // The log outlived the delete and records both.
    expect((await audit(s.caseId)).entries.slice(0, 2).map((e: Loose) => e.action)).toEqual(['restore', 'delete']);
  });

  it('purges what has been in the trash for more than 30 days', async () => {
    const s = await seed(api);
    await api('DELETE', `/api/payments/${s.payment.id}`);
    const [item] = (await api('GET', `/api/cases/${s.caseId}/trash`)).body.items as Loose[];
    clock.daysAhead = 29;
    expect((await api('GET', `/api/cases/${s.caseId}/trash`)).body.items.map((i: Loose) => i.id)).toContain(item.id);
    clock.daysAhead = 31;
    try {
      expect((await api('GET', `/api/cases/${s.caseId}/trash`)).body.items).toEqual([]);
      expect((await api('POST', `/api/trash/${item.id}/restore`)).status).toBe(404);
    } finally {
      clock.daysAhead = 0;
    }
  });
});

describe.each(testEngines())('audit log and trash: who may see them on $name', (engine) => {
  const { login } = officeServer(engine);

  it("shows a case's log and trash only to those who may read the case", async () => {
    const a = await login('a@office.example');
    const b = await login('b@office.example');
    const caseId = (await a('POST', '/api/cases', { debtor: { name: '佐藤 一郎' } })).body.id as string;
    const creditor = (await a('POST', `/api/cases/${caseId}/creditors`, { name: 'A社', kind: 'card' })).body.id as string;
    await a('DELETE', `/api/creditors/${creditor}`);
    const [item] = (await a('GET', `/api/cases/${caseId}/trash`)).body.items as Loose[];
    expect((await a('GET', `/api/cases/${caseId}/audit`)).body.entries[0]).toMatchObject({ actorName: 'A', action: 'delete' });
    for (const [method, path] of [
      ['GET', `/api/cases/${caseId}/audit`],
      ['GET', `/api/cases/${caseId}/trash`],
      ['POST', `/api/trash/${item.id}/restore`],
    ] as const) {
      expect([method, path, (await b(method, path)).status]).toEqual([method, path, 404]);
    }
    await a('DELETE', `/api/cases/${caseId}`);
    expect((await b('GET', '/api/trash/cases')).body.items).toEqual([]);
    const [trashedCase] = (await a('GET', '/api/trash/cases')).body.items as Loose[];
    expect((await b('POST', `/api/trash/${trashedCase.id}/restore`)).status).toBe(404);
  });
});
