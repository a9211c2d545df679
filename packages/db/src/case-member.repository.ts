// Who besides its owner may open a case: staff the owner assigned, the debtor who accepted the
// case's invitation. The role of each comes from the user.
import type { Db } from './db.js';
import { type User, userFromRow } from './user.repository.js';

export async function isCaseMember(db: Db, caseId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('case_members')
    .select('user_id')
    .where('case_id', '=', caseId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function addCaseMember(db: Db, caseId: string, userId: string): Promise<void> {
  await db
    .insertInto('case_members')
    .values({ case_id: caseId, user_id: userId })
    .onConflict((oc) => oc.columns(['case_id', 'user_id']).doNothing())
    .execute();
}

export async function removeCaseMember(db: Db, caseId: string, userId: string): Promise<boolean> {
  const result = await db.deleteFrom('case_members').where('case_id', '=', caseId).where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The case's members (enabled accounts), staff first, then by e-mail. */
export async function listCaseMembers(db: Db, caseId: string): Promise<(User & { addedAt: string })[]> {
  const rows = await db
    .selectFrom('case_members')
    .innerJoin('users', 'users.id', 'case_members.user_id')
    .select(['users.id', 'users.email', 'users.display_name', 'users.is_local', 'users.role', 'case_members.added_at'])
    .where('case_members.case_id', '=', caseId)
    .where('users.disabled_at', 'is', null)
    .orderBy('users.role', 'desc')
    .orderBy('users.email')
    .execute();
  return rows.map((row) => ({ ...userFromRow(row), addedAt: new Date(row.added_at).toISOString() }));
}
