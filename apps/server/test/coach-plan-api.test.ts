// The negotiation coach over real HTTP on every engine: a creditor's preparation sheet and the
// board's offers together only for the case's owner; each office's creditor notes its own, saved at
// the version read (409 on a stale save), bad input refused in Japanese with nothing saved.
import { testEngines } from '@wakai/db/testing';
import { describe, expect, it } from 'vitest';
import { officeServer } from './http-client.js';

describe.each(testEngines())('coach API on $name', (engine) => {
  const { login } = officeServer(engine);

  it('shows the sheet and the board to the owner only, and keeps each office its own notes', async () => {
    const a = await login('a@office.example');
    const b = await login('b@office.example');
    const created = await a('POST', '/api/cases', { title: '準備', debtor: { name: '準備 花子' } });
    const caseId = created.body.id as string;
    // 230,000 − 200,000: 30,000 a month; one creditor owed 300,000 → its share is all of it.
    await a('PATCH', `/api/cases/${caseId}`, {
      budget: { monthly: { income: { salaryApplicant: 230_000 }, spending: { rent: 100_000, food: 100_000 } } },
      version: created.body.version,
    });
    const creditor = await a('POST', `/api/cases/${caseId}/creditors`, { name: 'さくら債権回収', kind: 'servicer' });
    // Paid until two months ago: its limitation is running, so the sheet may offer terms.
    await a('POST', `/api/creditors/${creditor.body.id}/contracts`, { claimedBalance: 300_000, lastPaymentDate: '2026-10-01' });

    const sheet = await a('GET', `/api/creditors/${creditor.body.id}/preparation`);
    expect(sheet.status).toBe(200);
    // 300,000 ÷ 36 = 8,333.3 → 8,334 a month, within the 30,000 share.
    expect(sheet.body.sheet.opening).toMatchObject({ amount: 300_000, installments: 36, monthly: 8_334 });
    // A live debt: no 時効 block, and the script keeps to the share.
    expect(sheet.body.sheet.timeBarred).toBeNull();
    expect(sheet.body.sheet.script.avoid.join()).toContain('毎月 30,000円');
    expect((await b('GET', `/api/creditors/${creditor.body.id}/preparation`)).status).toBe(404);
    const board = await a('GET', `/api/cases/${caseId}/negotiation`);
    expect(board.body.combined).toMatchObject({ budget: 30_000, total: 300_000, firstShort: null });
    expect((await b('GET', `/api/cases/${caseId}/negotiation`)).status).toBe(404);

    // Notes: empty at first, saved once, a stale save refused, another office sees none of them.
    expect((await a('GET', '/api/creditor-notes')).body).toEqual({ notes: [], version: null });
    const note = { scope: 'name', subject: 'さくら債権回収', note: '書面での回答を求めると早い' };
    const saved = await a('PUT', '/api/creditor-notes', { notes: [note], version: null });
    expect(saved.status).toBe(200);
    expect((await a('PUT', '/api/creditor-notes', { notes: [], version: null })).status).toBe(409);
    const stale = await a('PUT', '/api/creditor-notes', { notes: [], version: saved.body.version + 5 });
    expect(stale.status).toBe(409);
    const bad = await a('PUT', '/api/creditor-notes', { notes: [{ scope: 'name', subject: '', note: 'x' }], version: saved.body.version });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('対象(債権者の種類または名前)');
    expect((await a('GET', '/api/creditor-notes')).body.notes).toEqual([note]);
    expect((await b('GET', '/api/creditor-notes')).body.notes).toEqual([]);
    const withNote = await a('GET', `/api/creditors/${creditor.body.id}/preparation`);
    expect(withNote.body.sheet.talkingPoints).toContain('事務所のメモ: 書面での回答を求めると早い');
  });
});
