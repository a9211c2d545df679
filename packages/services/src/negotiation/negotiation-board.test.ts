// The negotiation board stored in the database (issue 19): two server processes (two database
// handles, each with its own service context, on one PostgreSQL database; on PGlite two contexts on
// its one handle) never serve a board computed before a write, whichever of them wrote; what is
// looked up is what a computation from scratch gives; the debtor never reads the office's board;
// the office's profession is part of the key; the scheduled refresh stores the morning's board, and
// boards of days gone are forgotten.
import { addDays, caseContentSchema, letterheadSchema } from '@wakai/core';
import { addCaseMember, createUser, saveLetterhead, type User } from '@wakai/db';
import { openSecondProcess, testEngines } from '@wakai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertCaseContent } from '../case-files/case-file-store.js';
import { createServiceContext, type ServiceContext } from '../context.js';
import { refreshDeadlineLists } from '../deadlines/deadlines.js';
import { caseNegotiationBoard, type NegotiationBoard } from './negotiation-board.js';
import { recordContact } from './negotiation-records.js';

describe.each(testEngines())('the stored negotiation board on $name', (engine) => {
  let opened: Awaited<ReturnType<typeof engine.open>>;
  /** The second process's handle, closed at the end. */
  let close = async () => {};
  let first: ServiceContext;
  let second: ServiceContext;
  let owner: User;
  let debtor: User;
  let caseId: string;
  let creditorId: string;

  beforeAll(async () => {
    opened = await engine.open();
    first = createServiceContext({ db: opened.db });
    const other = await openSecondProcess(opened);
    close = other.close;
    second = createServiceContext({ db: other.db });
    owner = await createUser(opened.db, { email: 'owner@office.example', displayName: '弁護士', passwordHash: 'x' });
    debtor = await createUser(opened.db, { email: 'debtor@example.jp', displayName: '本人', passwordHash: 'x', role: 'debtor' });
    const stored = await insertCaseContent(
      opened.db,
      owner.id,
      caseContentSchema.parse({
        title: '保存盤面の案件',
        debtor: { name: '保存 太郎' },
        budget: { monthly: { income: { salaryApplicant: 260_000 }, spending: { rent: 60_000 } } },
        creditors: [{ name: 'E社', kind: 'card', contracts: [{ claimedBalance: 1_500_000 }] }],
      }),
    );
    caseId = stored.id;
    await addCaseMember(opened.db, caseId, debtor.id);
    const row = await opened.db.selectFrom('creditors').select('id').where('case_id', '=', caseId).executeTakeFirstOrThrow();
    creditorId = row.id;
  });
  afterAll(async () => {
    await close();
    await opened.drop();
  });

  const board = async (ctx: ServiceContext, user: User = owner) =>
    JSON.parse(await caseNegotiationBoard(ctx, { user, caseId })) as NegotiationBoard;
  /** The creditor's contacts as the board lists them, in any order (newest first; these share a time). */
  const summaries = (read: NegotiationBoard) => read.creditors[0]?.record.contacts.map((c) => c.summary).sort();
  const contact = (ctx: ServiceContext, summary: string, officeOnly = false) =>
    recordContact(ctx, {
      user: owner,
      creditorId,
      input: { at: `${ctx.today()}T10:00`, channel: 'phone', direction: 'incoming', summary, officeOnly },
    });

  it('has a contact recorded by either process in the next read of the other', async () => {
    // Both read (and keep) the board before the writes.
    expect(summaries(await board(first))).toEqual([]);
    expect(summaries(await board(second))).toEqual([]);

    await contact(first, '一回目の電話');
    expect(summaries(await board(second))).toEqual(['一回目の電話']);
    expect(summaries(await board(first))).toEqual(['一回目の電話']);

    await contact(second, '二回目の電話');
    expect(summaries(await board(first))).toEqual(['一回目の電話', '二回目の電話']);
    expect(summaries(await board(second))).toEqual(['一回目の電話', '二回目の電話']);
  });

  it('looks up what a computation from scratch gives, as the same text in both processes', async () => {
    const kept = await caseNegotiationBoard(first, { user: owner, caseId });
    expect(await caseNegotiationBoard(second, { user: owner, caseId })).toBe(kept);
    // A third process with nothing stored computes the board again: the same board.
    await opened.db.deleteFrom('negotiation_boards').execute();
    const fresh = createServiceContext({ db: opened.db });
    expect(JSON.parse(await caseNegotiationBoard(fresh, { user: owner, caseId }))).toEqual(JSON.parse(kept));
  });

  it("never gives the debtor the office's board: an office-only contact stays the office's", async () => {
    await contact(first, '事務所内の検討', true);
    expect(summaries(await board(first))).toContain('事務所内の検討');
    const theirs = await board(second, debtor);
    expect(summaries(theirs)).toEqual(['一回目の電話', '二回目の電話']);
    // And the office's board read after the debtor's is still the office's.
    expect(summaries(await board(second))).toContain('事務所内の検討');
  });

  it('reads the 140万 limit again when the owner states being a 認定司法書士 (the letterhead is not the case)', async () => {
    expect((await board(first)).creditors[0]?.position.scrivenerLimit).toBeNull();
    const letterhead = letterheadSchema.parse({
      office: '保存司法書士事務所',
      profession: 'scrivener',
      agent: '司法 一郎',
      registrationNumber: '第1号',
      address: '東京都千代田区1-1',
      tel: '03-0000-0000',
    });
    expect(await saveLetterhead(opened.db, owner.id, letterhead, null)).toBeDefined();
    expect((await board(second)).creditors[0]?.position.scrivenerLimit).toMatchObject({ value: 1_500_000, exceeded: true });
    expect((await board(first)).creditors[0]?.position.scrivenerLimit).toMatchObject({ value: 1_500_000, exceeded: true });
  });

  it("stores the owner's board for today and tomorrow in the scheduled refresh", async () => {
    await contact(first, '朝の電話');
    await refreshDeadlineLists(first);
    const { revision } = await opened.db.selectFrom('cases').select('revision').where('id', '=', caseId).executeTakeFirstOrThrow();
    const rows = await opened.db
      .selectFrom('negotiation_boards')
      .select(['day', 'revision', 'board'])
      .where('case_id', '=', caseId)
      .where('reader', '=', 'owner')
      .where('profession', '=', 'scrivener')
      .orderBy('day')
      .execute();
    const today = first.today();
    expect(rows.map((row) => [String(row.day).slice(0, 10), row.revision])).toEqual([
      [today, revision],
      [addDays(today, 1), revision],
    ]);
    // The morning's board is the stored one: the other process reads it as it is.
    const stored = rows.find((row) => String(row.day).startsWith(today))?.board;
    expect(await caseNegotiationBoard(second, { user: owner, caseId })).toBe(stored);
    expect(summaries(JSON.parse(stored ?? '{}'))).toContain('朝の電話');
  });

  it("forgets a case's boards of days gone when its board is stored for a later day", async () => {
    const later = createServiceContext({ db: opened.db, now: () => new Date(Date.now() + 3 * 86_400_000) });
    await caseNegotiationBoard(later, { user: owner, caseId });
    const days = await opened.db.selectFrom('negotiation_boards').select('day').distinct().where('case_id', '=', caseId).execute();
    expect(days.map((row) => String(row.day).slice(0, 10))).toEqual([later.today()]);
  });
});
