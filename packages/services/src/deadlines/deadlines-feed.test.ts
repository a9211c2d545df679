// The streamed .ics feed against the file built whole: byte for byte the same for the same deadlines
// (read over several pages), a file a calendar parser reads event by event, and a refusal before the
// first byte.
import { addDays, type CaseContent, type CivilDate, caseContentSchema } from '@wakai/core';
import { createUser, type User } from '@wakai/db';
import { testEngines } from '@wakai/db/testing';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../app-error.js';
import { insertCaseContent } from '../case-files/case-file-store.js';
import { createServiceContext, type ServiceContext } from '../context.js';
import { deadlinesIcs, deadlinesOf } from './deadlines.js';
import { deadlinesIcsStream } from './deadlines-feed.js';

/** Case `i`: creditors with next actions around today, in words that need escaping and folding. */
function caseAround(today: CivilDate, i: number): CaseContent {
  return caseContentSchema.parse({
    // Titles that tie on the date and differ only past the first characters: the order's second key.
    title: `案件${i % 3}、長い名前の案件です;カンマ,セミコロン`,
    debtor: { name: `債務者 ${i}` },
    creditors: Array.from({ length: 3 }, (_, c) => ({
      name: `債権者${c + 1}(株式会社とても長い名前のカード会社・信販会社)`,
      kind: 'card',
      contracts: [{ claimedBalance: 300_000, transactions: [{ date: '2020-01-27', borrow: 400_000 }] }],
      negotiation: {
        status: 'proposal-sent',
        changes: [{ status: 'proposal-sent', date: addDays(today, -10) }],
        contacts: Array.from({ length: 4 }, (_, k) => ({
          at: `${addDays(today, -20 + k)}T10:00`,
          channel: 'phone',
          direction: 'outgoing',
          summary: `連絡${k}`,
          nextAction: `確認${k}:取引履歴の開示を求める。回答がなければ電話で催促する\n二行目`,
          nextActionDue: addDays(today, ((i * 7 + c * 3 + k) % 9) - 4),
          nextActionDone: false,
        })),
      },
    })),
  });
}

const read = async (file: ReadableStream<Uint8Array>) => new Response(file).text();

describe.each(testEngines())('the streamed .ics feed on $name', (engine) => {
  let opened: Awaited<ReturnType<typeof engine.open>>;
  let ctx: ServiceContext;
  let owner: User;
  let other: User;
  const caseIds: string[] = [];

  beforeAll(async () => {
    opened = await engine.open();
    const stamp = new Date('2026-12-05T09:30:00Z');
    ctx = createServiceContext({ db: opened.db, now: () => stamp });
    owner = await createUser(opened.db, { email: 'owner@office.example', displayName: '弁護士', passwordHash: 'x' });
    other = await createUser(opened.db, { email: 'other@office.example', displayName: '他の弁護士', passwordHash: 'x' });
    for (let i = 0; i < 6; i++) caseIds.push((await insertCaseContent(opened.db, owner.id, caseAround(ctx.today(), i))).id);
    caseIds.push((await insertCaseContent(opened.db, other.id, caseAround(ctx.today(), 6))).id);
  });
  afterAll(async () => {
    await opened.drop();
  });

  it('writes, page by page, the very bytes of the file built whole', async () => {
    const deadlines = await deadlinesOf(ctx, { user: owner });
    // The next actions, and more (a step overdue): many pages of 7.
    expect(deadlines.length).toBeGreaterThanOrEqual(6 * 3 * 4);
    const whole = deadlinesIcs(ctx, deadlines);
    // Pages of 7: every page boundary falls somewhere else in the list, ties on the date included.
    for (const pageSize of [7, 500]) expect(await read(await deadlinesIcsStream(ctx, { user: owner, pageSize }))).toBe(whole);
  });

  it('is a calendar with every deadline once, in date order, its words as written', async () => {
    const deadlines = await deadlinesOf(ctx, { user: owner });
    const calendar = new ICAL.Component(ICAL.parse(await read(await deadlinesIcsStream(ctx, { user: owner, pageSize: 5 }))));
    const events = calendar.getAllSubcomponents('vevent').map((event) => new ICAL.Event(event));
    expect(events.map((event) => event.uid)).toEqual(deadlines.map((deadline) => `${deadline.uid}@wakai`));
    expect(events.map((event) => event.startDate.toString())).toEqual(deadlines.map((deadline) => deadline.date));
    expect(events[0]?.description).toContain('\n二行目');
    expect(events[0]?.description).toContain('長い名前の案件です;カンマ,セミコロン');
  });

  it('writes one case as the file of that case, and refuses a case not the user’s before any byte', async () => {
    const [first] = caseIds as [string];
    const own = await deadlinesOf(ctx, { user: owner, caseId: first });
    expect(await read(await deadlinesIcsStream(ctx, { user: owner, caseId: first }))).toBe(deadlinesIcs(ctx, own));
    await expect(deadlinesIcsStream(ctx, { user: owner, caseId: caseIds[6] as string })).rejects.toBeInstanceOf(AppError);
  });
});
