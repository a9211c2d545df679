// Who is on the cases a user sees, read from the rows the triggers keep (migration
// 2026-12-06T0200-case-people): a few rows per user, however many cases they have.
import type { Db } from './db.js';

/**
 * The owners and members (assigned staff, invited debtors) of the cases the user sees, by name: the
 * people the deadlines can be filtered by. The same people as a scan of every case would find.
 */
export async function peopleOnCasesOf(db: Db, userId: string): Promise<{ id: string; displayName: string }[]> {
  const rows = await db
    .selectFrom('case_people')
    .innerJoin('users', 'users.id', 'case_people.person_id')
    .select(['users.id', 'users.display_name'])
    .where('case_people.viewer_id', '=', userId)
    .where('case_people.cases', '>', 0)
    .orderBy('users.display_name')
    .orderBy('users.id')
    .execute();
  return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
}
