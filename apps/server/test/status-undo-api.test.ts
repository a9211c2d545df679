// Issue 18 #9 over real HTTP on every engine: a debtor negotiating alone (代理人: いいえ) is offered
// and allowed only the steps that follow who acts (no 受任通知); a step recorded by mistake is taken
// back, and both the step and its undo stay in the history and the 変更履歴.
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { embeddedServer, todayInJapan } from './http-client.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

describe.each(testEngines())('status steps by who acts, and undone, on $name', (engine) => {
  const { api } = embeddedServer(engine, { demo: false });

  async function creditorOf(officeActs: boolean | null) {
    const created = (await api('POST', '/api/cases', { title: '取り消しテスト', debtor: { name: '本人 太郎' } })).body as Loose;
    await api('PATCH', `/api/cases/${created.id}`, { officeActs, version: created.version });
    const creditor = (await api('POST', `/api/cases/${created.id}/creditors`, { name: 'A社', kind: 'card' })).body as Loose;
    const file = async () => (await api('GET', `/api/creditors/${creditor.id}/negotiation`)).body as Loose;
    return { caseId: created.id as string, id: creditor.id as string, file };
  }

  it('offers a debtor negotiating alone no 受任通知, and refuses it by the API too', async () => {
    const alone = await creditorOf(false);
    const current = await alone.file();
    expect(current.view.next.map((n: Loose) => n.label)).toEqual(['取引履歴請求', '時効援用']);
    const refused = await api('POST', `/api/creditors/${alone.id}/status`, {
      to: 'notice-sent',
      date: todayInJapan(),
      version: current.creditor.version,
    });
    expect([refused.status, refused.body.error?.message]).toEqual([
      400,
      expect.stringContaining('受任通知は代理人(弁護士・司法書士)が送る通知です'),
    ]);
    // An office acting for the debtor is offered it as before.
    const office = await creditorOf(true);
    expect((await office.file()).view.next.map((n: Loose) => n.label)).toEqual(['受任通知送付', '取引履歴請求', '時効援用']);
  });

  it('takes the last step back, keeping it in the history as undone and the undo in the 変更履歴', async () => {
    const today = todayInJapan();
    const c = await creditorOf(true);
    const move = async (to: string) => {
      const moved = await api('POST', `/api/creditors/${c.id}/status`, { to, date: today, version: (await c.file()).creditor.version });
      expect([to, moved.status]).toEqual([to, 200]);
    };
    await move('notice-sent');
    await move('history-requested');
    const before = await c.file();
    const undone = await api('POST', `/api/creditors/${c.id}/status/undo`, { version: before.creditor.version });
    expect([undone.status, undone.body.status]).toEqual([200, 'notice-sent']);

    const after = await c.file();
    expect(after.view).toMatchObject({ status: 'notice-sent', label: '受任通知送付' });
    expect(after.view.timeline.map((step: Loose) => step.label)).toEqual(['受任通知送付']);
    expect(after.record.undone).toEqual([
      expect.objectContaining({
        status: 'history-requested',
        date: today,
        undoneOn: today,
        undoNote: `「取引履歴請求」(${today})を取り消し、「受任通知送付」に戻しました`,
      }),
    ]);
    const log = (await api('GET', `/api/cases/${c.caseId}/audit`)).body.entries as Loose[];
    expect(log.filter((e) => e.entityKind === 'status').map((e) => [e.action, e.changes])).toEqual([
      ['undo', [{ field: 'status', from: 'history-requested', to: 'notice-sent' }]],
      ['update', [{ field: 'status', from: 'notice-sent', to: 'history-requested' }]],
      ['update', [{ field: 'status', from: 'not-started', to: 'notice-sent' }]],
    ]);

    // Made against an older version: refused, nothing undone.
    const stale = await api('POST', `/api/creditors/${c.id}/status/undo`, { version: before.creditor.version });
    expect(stale.status).toBe(409);
    expect((await c.file()).view.status).toBe('notice-sent');
    // Once more: back to 未着手, both steps kept as undone; then nothing is left to undo.
    expect((await api('POST', `/api/creditors/${c.id}/status/undo`, { version: after.creditor.version })).status).toBe(200);
    const empty = await c.file();
    expect([empty.view.status, empty.record.changes, empty.record.undone.map((u: Loose) => u.status)]).toEqual([
      'not-started',
      [],
      ['notice-sent', 'history-requested'],
    ]);
    const nothing = await api('POST', `/api/creditors/${c.id}/status/undo`, { version: empty.creditor.version });
    expect([nothing.status, nothing.body.error?.message]).toEqual([400, expect.stringContaining('取り消せる段階がありません')]);
    // A step may be recorded again after its undo, dated as before.
    await move('notice-sent');
    expect((await c.file()).view.timeline.map((step: Loose) => step.label)).toEqual(['受任通知送付']);
  });

  it('carries undone steps in the case file and imports them back as they were; an older file without them still imports', async () => {
    const today = todayInJapan();
    const c = await creditorOf(true);
    for (const to of ['notice-sent', 'history-requested', 'history-received'])
      await api('POST', `/api/creditors/${c.id}/status`, { to, date: today, version: (await c.file()).creditor.version });
    // 取引履歴受領 and 取引履歴請求 taken back, in that order; 受任通知送付 stands.
    for (let i = 0; i < 2; i++)
      expect((await api('POST', `/api/creditors/${c.id}/status/undo`, { version: (await c.file()).creditor.version })).status).toBe(200);
    const original = await c.file();

    const exported = (await api('GET', `/api/cases/${c.caseId}/export`)).body as Loose;
    const negotiation = exported.case.creditors[0].negotiation;
    expect(negotiation.undone.map((u: Loose) => [u.status, u.undoneTo])).toEqual([
      ['history-requested', 'notice-sent'],
      ['history-received', 'history-requested'],
    ]);

    const imported = await api('POST', '/api/cases/import', exported);
    expect(imported.status).toBe(201);
    const again = (await api('GET', `/api/cases/${imported.body.id}/export`)).body as Loose;
    // Round trip: the second export's negotiation is the first's, field for field.
    expect(again.case.creditors[0].negotiation).toEqual(negotiation);
    const copyId = ((await api('GET', `/api/cases/${imported.body.id}`)).body as Loose).creditors[0].id as string;
    const copy = (await api('GET', `/api/creditors/${copyId}/negotiation`)).body as Loose;
    const withoutIds = (steps: Loose[]) => steps.map(({ id: _, ...step }) => step);
    expect([copy.view.status, withoutIds(copy.record.changes), withoutIds(copy.record.undone)]).toEqual([
      original.view.status,
      withoutIds(original.record.changes),
      withoutIds(original.record.undone),
    ]);
    // The undo goes on from the copy as from the original: 受任通知送付 is the one step left to take back.
    const undo = await api('POST', `/api/creditors/${copyId}/status/undo`, { version: copy.creditor.version });
    expect([undo.status, undo.body.status]).toEqual([200, 'not-started']);

    // A file written before undone steps were exported has no such list: it imports with none.
    const { undone: _, ...older } = negotiation;
    const old = structuredClone(exported);
    old.case.creditors[0].negotiation = older;
    const oldImport = await api('POST', '/api/cases/import', old);
    expect(oldImport.status).toBe(201);
    const oldId = ((await api('GET', `/api/cases/${oldImport.body.id}`)).body as Loose).creditors[0].id as string;
    const oldCopy = (await api('GET', `/api/creditors/${oldId}/negotiation`)).body as Loose;
    expect([oldCopy.view.status, oldCopy.record.changes.map((s: Loose) => s.status), oldCopy.record.undone]).toEqual([
      'notice-sent',
      ['notice-sent'],
      [],
    ]);
  });
});
