// A case's head: what an access check and a cache key need (its owner, whether the user is assigned
// or invited to it, its revision and version, the owner's profession) in one query, without reading
// the case's debtor, creditors or histories.
import { sql } from 'kysely';
import type { Db } from './db.js';

export interface CaseHead {
  id: string;
  ownerId: string;
  revision: number;
  version: number;
  /** Whether the user is one of the case's members (assigned staff, the invited debtor). */
  member: boolean;
  /** The owner's profession from their letterhead; null when not stated. */
  profession: string | null;
}

export async function caseHead(db: Db, caseId: string, userId: string): Promise<CaseHead | undefined> {
  const row = await db
    .selectFrom('cases')
    .select((eb) => [
      'cases.id',
      'cases.owner_id',
      'cases.revision',
      'cases.version',
      eb
        .exists(
          eb
            .selectFrom('case_members')
            .select('case_members.user_id')
            .whereRef('case_members.case_id', '=', 'cases.id')
            .where('case_members.user_id', '=', userId),
        )
        .as('member'),
      eb
        .selectFrom('letterheads')
        .select(sql<string | null>`letterheads.letterhead->>'profession'`.as('profession'))
        .whereRef('letterheads.owner_id', '=', 'cases.owner_id')
        .as('profession'),
    ])
    .where('cases.id', '=', caseId)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      ownerId: row.owner_id,
      revision: row.revision,
      version: row.version,
      member: row.member === true,
      profession: row.profession ?? null,
    }
  );
}
