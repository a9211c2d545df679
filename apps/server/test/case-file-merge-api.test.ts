// Issue 13: the debtor's own case file imported into the office's existing case shows what differs,
// and is applied only when the user confirms, whole, and only if the case is still as previewed.
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { embeddedServer, officeServer } from './http-client.js';

// biome-ignore lint/suspicious/noExplicitAny: the tests read the API's JSON field by field, as a client does
type Loose = any;

const row = (date: string, borrow: number, repay: number) => ({ date, borrow, repay, rate: null, note: '', estimated: false });

describe.each(testEngines())('case file into an existing case on $name', (engine) => {
  const { api } = embeddedServer(engine, { demo: false });

  async function seed() {
    const created = (await api('POST', '/api/cases', { title: '任意整理', debtor: { name: '山田 花子' } })).body as Loose;
    const a = (await api('POST', `/api/cases/${created.id}/creditors`, { name: 'A社', kind: 'card' })).body as Loose;
    const b = (await api('POST', `/api/cases/${created.id}/creditors`, { name: 'B銀行', kind: 'bank' })).body as Loose;
    const contract = (await api('POST', `/api/creditors/${a.id}/contracts`, { label: 'カードローン', claimedBalance: 300_000 }))
      .body as Loose;
    await api('POST', `/api/creditors/${b.id}/contracts`, { label: '銀行カードローン' });
    await api('PUT', `/api/contracts/${contract.id}/transactions`, {
      version: 0,
      transactions: [row('2010-01-05', 300_000, 0), row('2010-02-05', 0, 10_000), row('2010-03-05', 0, 10_000)],
    });
    return { caseId: created.id as string, a, b, contract };
  }

  it('previews rows added, removed and changed, then applies them whole once confirmed', async () => {
    const s = await seed();
    // The debtor's file: a raise, one row corrected, one added, one gone; B銀行 paid off; a new C社.
    const file = (await api('GET', `/api/cases/${s.caseId}/export`)).body as Loose;
    file.case.budget.monthly.income.salaryApplicant = 230_000;
    file.case.debtor.occupation = '会社員';
    const history = file.case.creditors[0].contracts[0].transactions;
    history[1].repay = 12_000;
    history.splice(2, 1);
    history.push(row('2010-04-05', 0, 15_000));
    file.case.creditors.splice(1, 1);
    file.case.creditors.push({
      name: 'C社',
      kind: 'consumer-finance',
      contracts: [{ label: 'キャッシング', transactions: [row('2015-06-01', 100_000, 0)] }],
    });
    // Meanwhile the office logs a call with A社: the office's records stay as they are.
    await api('POST', `/api/creditors/${s.a.id}/contacts`, {
      at: '2026-11-01T10:00',
      channel: 'phone',
      direction: 'outgoing',
      summary: '受任通知の到着確認',
    });

    const preview = await api('POST', `/api/cases/${s.caseId}/import/preview`, file);
    expect(preview.status).toBe(200);
    const diff = preview.body.diff as Loose;
    expect(diff.same).toBe(false);
    expect(diff.parts).toEqual([
      { part: 'debtor', changes: [{ field: 'occupation', from: '', to: '会社員' }] },
      { part: 'budget', changes: [{ field: 'monthly.income.salaryApplicant', from: null, to: 230_000 }] },
    ]);
    expect(diff.creditors.map((c: Loose) => [c.name, c.change])).toEqual([
      ['A社', 'changed'],
      ['B銀行', 'removed'],
      ['C社', 'added'],
    ]);
    expect(diff.creditors[0].contracts[0].transactions).toEqual({
      added: [row('2010-04-05', 0, 15_000)],
      removed: [row('2010-03-05', 0, 10_000)],
      changed: [{ before: row('2010-02-05', 0, 10_000), after: row('2010-02-05', 0, 12_000) }],
    });
    expect(diff.creditors[2].contracts).toMatchObject([{ label: 'キャッシング', change: 'added', transactionCount: 1 }]);

    // An edit after the preview: the apply is refused (409) and nothing of the file is written.
    const before = (await api('GET', `/api/cases/${s.caseId}/export`)).body.case;
    await api('PUT', `/api/creditors/${s.b.id}`, { note: '完済予定', version: s.b.version });
    const stale = await api('POST', `/api/cases/${s.caseId}/import/apply`, {
      file,
      version: preview.body.version,
      baseline: preview.body.baseline,
    });
    expect(stale.status).toBe(409);
    const untouched = (await api('GET', `/api/cases/${s.caseId}/export`)).body.case;
    expect(untouched.budget).toEqual(before.budget);
    expect(untouched.creditors.map((c: Loose) => c.name)).toEqual(['A社', 'B銀行']);

    const again = (await api('POST', `/api/cases/${s.caseId}/import/preview`, file)).body as Loose;
    const applied = await api('POST', `/api/cases/${s.caseId}/import/apply`, { file, version: again.version, baseline: again.baseline });
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ applied: true, version: again.version + 1 });
    const after = (await api('GET', `/api/cases/${s.caseId}/export`)).body.case;
    expect(after.budget).toEqual(file.case.budget);
    expect(after.debtor).toEqual(file.case.debtor);
    expect(after.creditors.map((c: Loose) => c.name)).toEqual(['A社', 'C社']);
    expect(after.creditors[0].contracts[0].transactions).toEqual(history);
    expect(after.creditors[1].contracts[0].transactions).toEqual([row('2015-06-01', 100_000, 0)]);
    expect(after.creditors[0].negotiation.contacts.map((c: Loose) => c.summary)).toEqual(['受任通知の到着確認']);
    // B銀行 is in the trash, restorable; the log names the import.
    const trash = (await api('GET', `/api/cases/${s.caseId}/trash`)).body.items as Loose[];
    expect(trash.map((t) => [t.kind, t.label])).toEqual([['creditor', 'B銀行']]);
    const log = (await api('GET', `/api/cases/${s.caseId}/audit`)).body.entries as Loose[];
    expect(log[0]).toMatchObject({ action: 'import', entityKind: 'case', label: '案件ファイルからの更新' });
    expect(log[0].changes).toContainEqual({ field: 'creditors.removed', to: 1 });
    expect(log.find((e) => e.entityKind === 'history')?.changes).toEqual([
      { field: 'transactions.added', to: 1 },
      { field: 'transactions.removed', to: 1 },
      { field: 'transactions.changed', to: 1 },
    ]);

    // The same file again changes nothing.
    const same = (await api('POST', `/api/cases/${s.caseId}/import/preview`, file)).body as Loose;
    expect(same.diff.same).toBe(true);
  });

  it('refuses a bad file before anything is shown or written', async () => {
    const s = await seed();
    const file = (await api('GET', `/api/cases/${s.caseId}/export`)).body as Loose;
    file.case.creditors[0].contracts[0].transactions[1].date = '2010-02-30';
    const bad = await api('POST', `/api/cases/${s.caseId}/import/preview`, file);
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toContain('取引日');
    const missing = await api('POST', `/api/cases/${s.caseId}/import/apply`, { file, version: 1 });
    expect(missing.status).toBe(400);
  });
});

describe.each(testEngines())('case file into an existing case: who may on $name', (engine) => {
  const { login } = officeServer(engine);

  it("refuses another user's case", async () => {
    const a = await login('a@office.example');
    const b = await login('b@office.example');
    const caseId = (await a('POST', '/api/cases', { debtor: { name: '佐藤 一郎' } })).body.id as string;
    const file = (await a('GET', `/api/cases/${caseId}/export`)).body;
    expect((await b('POST', `/api/cases/${caseId}/import/preview`, file)).status).toBe(404);
    expect((await b('POST', `/api/cases/${caseId}/import/apply`, { file, version: 1, baseline: 'x' })).status).toBe(404);
  });
});
