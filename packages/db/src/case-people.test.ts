// Who is on which cases, kept by triggers (migration 2026-12-06T0200-case-people): after every kind of
// change to cases and to who is assigned — a case made, deleted with its members, given to another
// owner (a member among them), a member added, moved, removed, a user deleted — each user's kept count
// is the number of cases the list shows them (the pager's total says so), every kept pair is a recount
// of every case, and the people on a user's cases are those the deadlines' scan of every case finds.
import { assetsSchema, budgetSchema, debtorSchema } from '@wakai/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteCase, insertCase, listCases } from './case.repository.js';
import { listCasesPage } from './case-list.repository.js';
import { addCaseMember, removeCaseMember } from './case-member.repository.js';
import { peopleOnCasesOf } from './case-people.repository.js';
import { testEngines } from './test-databases.js';
import { createUser } from './user.repository.js';

describe.each(testEngines())('who is on which cases, kept on $name', (engine) => {
  let opened: Awaited<ReturnType<typeof engine.open>>;
  const users: Record<'lawyer' | 'other' | 'staff' | 'clerk', string> = { lawyer: '', other: '', staff: '', clerk: '' };
  beforeAll(async () => {
    opened = await engine.open();
    for (const name of Object.keys(users) as (keyof typeof users)[])
      users[name] = (await createUser(opened.db, { email: `${name}@office.example`, displayName: name, passwordHash: 'x' })).id;
  });
  afterAll(() => opened?.drop());

  const newCase = async (ownerId: string, title: string) =>
    (
      await insertCase(opened.db, ownerId, {
        title,
        debtor: debtorSchema.parse({ name: `${title} 債務者` }),
        budget: budgetSchema.parse({}),
        assets: assetsSchema.parse({}),
      })
    ).id;

  /** Each user's kept count, the pager's total and the cases listed without a pager (counted by reading them). */
  async function counts() {
    const { rows: kept } = await sql<{ viewer_id: string; person_id: string; cases: number }>`
      select viewer_id, person_id, cases from case_people where cases <> 0 order by viewer_id, person_id`.execute(opened.db);
    const { rows: recounted } = await sql<{ viewer_id: string; person_id: string; cases: number }>`
      with seen as (select owner_id as u, id as c from cases union select user_id, case_id from case_members)
      select v.u as viewer_id, p.u as person_id, count(*)::integer as cases from seen v join seen p on p.c = v.c
      group by v.u, p.u order by v.u, p.u`.execute(opened.db);
    expect(kept).toEqual(recounted);
    const seen: Record<string, [kept: number, total: number, listed: number]> = {};
    for (const [name, id] of Object.entries(users)) {
      const own = kept.find((row) => row.viewer_id === id && row.person_id === id);
      const page = await listCasesPage(opened.db, id, { limit: 2 });
      seen[name] = [own?.cases ?? 0, page.total, (await listCases(opened.db, id)).length];
      expect(await peopleOnCasesOf(opened.db, id)).toEqual(await peopleByScan(id));
    }
    return seen;
  }

  /** The people on the cases a user sees, found by scanning every case (the query the kept rows replaced). */
  async function peopleByScan(userId: string) {
    const { rows } = await sql<{ id: string; displayName: string }>`
      select u.id, u.display_name as "displayName" from users u where u.id in (
        select c.owner_id from cases c where c.owner_id = ${userId}
        union select c.owner_id from case_members m join cases c on c.id = m.case_id where m.user_id = ${userId}
        union select m.user_id from case_members m join cases c on c.id = m.case_id
          where c.owner_id = ${userId} or exists (select 1 from case_members mine where mine.case_id = c.id and mine.user_id = ${userId}))
      order by u.display_name, u.id`.execute(opened.db);
    return rows;
  }

  it('counts each user’s cases through every change, each case once', async () => {
    const one = await newCase(users.lawyer, '一');
    const two = await newCase(users.lawyer, '二');
    const three = await newCase(users.other, '三');
    expect(await counts()).toEqual({ lawyer: [2, 2, 2], other: [1, 1, 1], staff: [0, 0, 0], clerk: [0, 0, 0] });

    await addCaseMember(opened.db, one, users.staff);
    await addCaseMember(opened.db, three, users.staff);
    await addCaseMember(opened.db, two, users.clerk);
    // The owner made a member of their own case too: still one case for them.
    await addCaseMember(opened.db, two, users.lawyer);
    expect(await counts()).toEqual({ lawyer: [2, 2, 2], other: [1, 1, 1], staff: [2, 2, 2], clerk: [1, 1, 1] });

    // Moved from one clerk to another, in one update.
    await sql`update case_members set user_id = ${users.staff} where case_id = ${two} and user_id = ${users.clerk}`.execute(opened.db);
    expect(await counts()).toEqual({ lawyer: [2, 2, 2], other: [1, 1, 1], staff: [3, 3, 3], clerk: [0, 0, 0] });

    // Given to a member (who keeps it once) and back from the owner who was also a member (who keeps it).
    await sql`update cases set owner_id = ${users.staff} where id = ${one}`.execute(opened.db);
    await sql`update cases set owner_id = ${users.other} where id = ${two}`.execute(opened.db);
    expect(await counts()).toEqual({ lawyer: [1, 1, 1], other: [2, 2, 2], staff: [3, 3, 3], clerk: [0, 0, 0] });

    await removeCaseMember(opened.db, two, users.lawyer);
    await removeCaseMember(opened.db, one, users.staff);
    expect(await counts()).toEqual({ lawyer: [0, 0, 0], other: [2, 2, 2], staff: [3, 3, 3], clerk: [0, 0, 0] });

    // Deleted with its members (the foreign key's cascade), and a user deleted with their memberships.
    await deleteCase(opened.db, two);
    expect(await counts()).toEqual({ lawyer: [0, 0, 0], other: [1, 1, 1], staff: [2, 2, 2], clerk: [0, 0, 0] });
    await addCaseMember(opened.db, three, users.clerk);
    await sql`delete from users where id = ${users.clerk}`.execute(opened.db);
    expect(await counts()).toEqual({ lawyer: [0, 0, 0], other: [1, 1, 1], staff: [2, 2, 2], clerk: [0, 0, 0] });
  });

  it('answers past the last page with the total and no case', async () => {
    const { total } = await listCasesPage(opened.db, users.other, { limit: 50 });
    expect(await listCasesPage(opened.db, users.other, { limit: 50, page: 3 })).toEqual({ items: [], total, page: 3, limit: 50 });
    expect(await listCasesPage(opened.db, users.other, { search: '三', page: 2, limit: 1 })).toEqual({
      items: [],
      total: 1,
      page: 2,
      limit: 1,
    });
  });
});
